import SkillpathCore

/// Taking in what the store holds after a save or another writer's change, without losing this
/// window's unsaved changes.
extension AppState {
    /// Makes `stored` the saved profile, keeping on top of it the keys this window changed and has
    /// not saved yet. Returns whether the profile on screen changed (its estimates restart then).
    @discardableResult
    mutating func adoptStoredProfile(_ stored: Profile, _ fx: inout [Effect]) -> Bool {
        let unsaved = ProfileEdit(from: savedProfile, to: profile)
        savedProfile = stored
        let next = unsaved.applied(to: stored)
        guard next != profile else { return false }
        profile = next
        profileCursor.clamp(count: profileRows.count, visible: Layout(self).profileList.height)
        restartEstimates(&fx)
        return true
    }

    /// Takes a saved plan's file content into the open plan of that name: each step this window has
    /// not changed since it last read or wrote the file takes the stored status; its own changes stay.
    /// A plan whose steps differ (re-planned elsewhere) replaces the open one unless that has unsaved changes.
    mutating func adoptStoredPlan(_ stored: OpenPlan) {
        guard var s = session, var document = s.document, document.name != nil, document.name == stored.name else { return }
        let before = document.progress
        if document.plan.steps.map(\.credential) == stored.plan.steps.map(\.credential) {
            let base = document.saved ?? [:]
            for (i, step) in document.plan.steps.enumerated() where base[step.credential] == document.progress[i] {
                document.document.progress[i] = stored.document.progress[i]
            }
            document.saved = stored.saved
            s.dirty = document.progress != stored.progress
        } else if !s.dirty {
            document = stored
        } else {
            document.saved = nil
            status = "“\(stored.name ?? "")” was changed outside this window; S saves your version over it."
        }
        s.document = document
        session = s
        if document.progress != before && status == nil {
            status = "“\(stored.name ?? "")” was changed outside this window; its steps are updated."
        }
    }
}
