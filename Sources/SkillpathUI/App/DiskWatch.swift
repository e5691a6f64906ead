import SkillpathCore

/// Notices when the stored profile or the open plan's file changes (another writer: the command
/// line, another window) and turns the new content into actions, so ``update(_:_:)`` stays pure.
///
/// The runner asks on every turn of its loop (at least every tenth of a second); a check is two
/// `stat` calls, and a file is read only when its stamp changed. This window's own saves change
/// the stamps too; reading them back finds nothing new and changes nothing.
public struct DiskWatch {
    let storage: any PlanStorage
    private var last: StorageStamps?
    private var lastPlan: String?

    public init(storage: any PlanStorage) { self.storage = storage }

    /// The actions for what changed since the last call: `.profileReloaded`, `.planReloaded`.
    /// The first call only records the stamps. Reloading what is already known changes nothing
    /// (``AppState/adoptStoredPlan(_:)`` and ``AppState/adoptStoredProfile(_:_:)`` are idempotent).
    public mutating func changes(openPlan name: String?) -> [Action] {
        let now = storage.stamps(plan: name)
        defer { last = now; lastPlan = name }
        guard let last else { return [] }
        var actions: [Action] = []
        if now.profile != last.profile, now.profile != nil, let profile = try? storage.loadProfile() {
            actions.append(.profileReloaded(profile))
        }
        // A plan that has just become the open one (opened, or saved under a name) is read once more:
        // another writer may have changed it between that and this first look at its stamp.
        if let name, name != lastPlan || now.plan != last.plan, now.plan != nil,
           let document = try? storage.loadPlan(named: name) {
            actions.append(.planReloaded(document))
        }
        return actions
    }
}
