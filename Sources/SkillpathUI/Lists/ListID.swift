/// The lists of the interface, each a ``ListView`` moved, filtered, sorted and clicked the same way.
enum ListID: Sendable, Equatable {
    case catalog, roles, profile, steps, plans
    /// The open picker (providers, types, categories, skills, alternatives).
    case picker

    /// The list of a screen.
    init(_ screen: Screen) {
        switch screen {
        case .catalog: self = .catalog
        case .roles: self = .roles
        case .profile: self = .profile
        case .plan: self = .steps
        case .plans: self = .plans
        }
    }

    /// Whether `/` filters the list (the steps keep the plan's order and every step; the
    /// profile's rows are settings; a picker filters as soon as one types).
    var filterable: Bool {
        switch self {
        case .catalog, .roles, .plans, .picker: return true
        case .profile, .steps: return false
        }
    }
}
