/// The five screens, in tab order; the raw value is the digit that opens each.
public enum Screen: Int, CaseIterable, Sendable {
    case catalog = 1, roles, profile, plan, plans

    public var title: String {
        switch self {
        case .catalog: return "Catalog"
        case .roles: return "Roles"
        case .profile: return "Profile"
        case .plan: return "Plan"
        case .plans: return "Plans"
        }
    }
}
