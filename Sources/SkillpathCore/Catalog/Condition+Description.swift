extension Condition: CustomStringConvertible {
    /// A compact reading of the condition: `sql ≥ 3`, `aws-ccp`, `any of (a, b)`.
    public var description: String {
        switch self {
        case .credential(let id): return id
        case .skill(let id, let level): return "\(id) ≥ \(level)"
        case .anyOf(let parts): return "any of (\(parts.map(\.description).joined(separator: ", ")))"
        case .allOf(let parts): return "all of (\(parts.map(\.description).joined(separator: ", ")))"
        }
    }
}
