/// What a key does; the key table maps keys to commands, and ``update(_:_:)`` carries them out.
public enum Command: Hashable, Sendable {
    // Everywhere
    case nextScreen, previousScreen, show(Screen), help, quit, toggleMouse, redraw
    case up, down, pageUp, pageDown, top, bottom, cancel
    // Catalog
    case search, cycleSort, filterProvider, filterType, filterCategory, toggleAccredited
    case maxPrice, maxHours, clearFilters, toggleEarned, showDetails
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
}
