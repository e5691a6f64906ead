/// What a key does; the key table maps keys to commands, and ``update(_:_:)`` carries them out.
public enum Command: Hashable, Sendable {
    // Everywhere
    case nextScreen, previousScreen, show(Screen), help, quit, toggleMouse, redraw
    case up, down, pageUp, pageDown, top, bottom, cancel
    // Every list that filters and sorts
    case search, cycleSort, reverseSort, clearFilters
    // Catalog
    case filterProvider, filterType, filterCategory, toggleAccredited
    case maxPrice, maxHours, toggleEarned, showDetails
    // A credential's link (Catalog, Plan)
    case openLink, copyLink
    // Roles
    case planRole
    // Profile
    case edit, raise, lower, remove, addSkill, setup
    // Plan
    case cycleStep, skipStep, alternatives, releasePin, replan, savePlan
    // Plans
    case openPlan, renamePlan, deletePlan, exportPlan
}

/// Where a key binding applies.
public enum BindingScope: Hashable, Sendable {
    case global
    case screen(Screen)

    var title: String {
        switch self {
        case .global: return "Everywhere"
        case .screen(let screen): return "\(screen.rawValue) \(screen.title)"
        }
    }
}

/// One row of the key table: keys, what they do, where, and the help text.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var command: Command
    public var scope: BindingScope
    public var help: String
    /// The few words the status line shows for it, or nil when it is only in the help.
    public var hint: String?
}
