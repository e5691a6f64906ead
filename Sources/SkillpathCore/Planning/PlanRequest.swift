/// What to plan: a role, the learner's profile, and optional constraints on the choice.
public struct PlanRequest: Sendable, Hashable {
    public var role: String
    public var profile: Profile
    /// Plan the role's `recommends` conditions as well as its `requires`.
    public var includeRecommended: Bool
    /// Credentials the plan must include (an alternative the learner swapped in).
    public var mustInclude: [String]
    /// Credentials the plan must not use (beyond the profile's filters).
    public var exclude: [String]
    /// The start date used when the profile has none.
    public var today: CalendarDate
    /// Seconds the search may take before it settles for the best plan found (then not proven optimal).
    public var timeLimit: Double
    /// Whether a request with no valid plan also gets its closest plan (PLANNING.md); the
    /// benchmark turns it off to time the proof alone against the whole answer.
    public var findClosest = true

    public init(role: String, profile: Profile, includeRecommended: Bool = false,
                mustInclude: [String] = [], exclude: [String] = [], today: CalendarDate = .today(),
                timeLimit: Double = 10) {
        self.timeLimit = timeLimit
        self.role = role; self.profile = profile; self.includeRecommended = includeRecommended
        self.mustInclude = mustInclude; self.exclude = exclude; self.today = today
    }
}

/// A request that names something the catalog does not have.
public enum PlanningError: Error, Sendable, Hashable, CustomStringConvertible {
    case unknownRole(String, suggestion: String?)
    case unknownCredential(String, suggestion: String?)
    case unknownSkill(String, suggestion: String?)
    case unknownProvider(String, suggestion: String?)
    case invalidValue(String)

    public var description: String {
        func hint(_ s: String?) -> String { s.map { " (did you mean \"\($0)\"?)" } ?? "" }
        switch self {
        case .unknownRole(let id, let s): return "unknown role \"\(id)\"\(hint(s)); `skillpath roles` lists them"
        case .unknownCredential(let id, let s): return "unknown credential \"\(id)\"\(hint(s)); `skillpath catalog search TEXT` finds ids"
        case .unknownSkill(let id, let s): return "unknown skill \"\(id)\"\(hint(s))"
        case .unknownProvider(let id, let s): return "unknown provider \"\(id)\"\(hint(s))"
        case .invalidValue(let message): return message
        }
    }
}
