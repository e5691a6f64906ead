import SkillpathCore

/// Session memory: what is remembered at quit, and reopening there.
extension AppState {
    /// Where the session is: the screen, the saved plan open on the Plan screen, the list cursors.
    public var sessionMemory: SessionMemory {
        var cursors = ["catalog": catalogView.cursor.selection, "roles": roles.cursor.selection,
                       "profile": profileCursor.selection, "plans": plans.cursor.selection]
        if let session { cursors["plan"] = session.cursor.selection }
        return SessionMemory(screen: screen.rawValue, plan: session?.document?.name, cursors: cursors)
    }

    /// Reopens where `memory` was: the cursors (clamped to the lists as they are now), the screen,
    /// and the saved plan, whose loading is returned as an effect.
    public mutating func restore(_ memory: SessionMemory) -> [Effect] {
        var fx: [Effect] = []
        let layout = Layout(self)
        func row(_ list: String) -> Int { memory.cursors[list] ?? 0 }
        catalogView.cursor = ListCursor(selection: row("catalog"))
        catalogView.cursor.clamp(count: catalogView.results.count, visible: layout.catalog.list.height)
        roles.cursor = ListCursor(selection: row("roles"))
        roles.cursor.clamp(count: catalog.roles.count, visible: layout.roles.list.height)
        profileCursor = ListCursor(selection: memory.cursors["profile"] ?? profileCursor.selection)
        profileCursor.clamp(count: profileRows.count, visible: layout.profileList.height)
        if !(selectedProfileRow?.selectable ?? false) { moveProfileCursor(by: 1) }
        plans.cursor = ListCursor(selection: row("plans"))
        let target = Screen(rawValue: memory.screen) ?? .catalog
        if let name = memory.plan {
            screen = target
            restoring = memory
            fx.append(.loadPlan(name: name))
        } else {
            show(target, &fx)
        }
        return fx
    }

    /// Applies the rest of a session being restored to the plan it named, now loaded: its cursor,
    /// and the screen that was open (the Plans screen stays the Plans screen).
    mutating func finishRestoring(_ s: inout PlanSession) {
        guard let memory = restoring else { return }
        restoring = nil
        screen = Screen(rawValue: memory.screen) ?? .plan
        s.cursor = ListCursor(selection: memory.cursors["plan"] ?? 0)
        s.cursor.clamp(count: s.document?.plan.steps.count ?? 0, visible: Layout(self).plan.steps.height)
        status = "Reopened “\(s.document?.name ?? "")” where you left it."
    }
}
