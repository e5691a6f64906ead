/// What the planner minimises, lexicographically (see docs/PLANNING.md).
public enum Objective: String, Sendable, Hashable, Codable, CaseIterable {
    /// Total price, then total hours, then the number of credentials.
    case cost
    /// Total hours, then total price, then the number of credentials.
    case time
    /// Price plus hourValue × hours, then the number of credentials.
    case balanced
}
