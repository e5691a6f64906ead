/// A prerequisite or role requirement: a held credential, a skill level, or a combination.
public indirect enum Condition: Sendable, Hashable {
    /// Holds when that credential is held.
    case credential(String)
    /// Holds when the learner's level in the skill is at least `level`.
    case skill(String, level: Int)
    /// Holds when at least one of the conditions holds.
    case anyOf([Condition])
    /// Holds when every one of the conditions holds.
    case allOf([Condition])
}

extension Condition {
    /// Evaluates the condition against what a learner holds.
    ///
    /// - Parameters:
    ///   - hasCredential: whether a credential id is held.
    ///   - level: the learner's level in a skill id (0 when none).
    public func holds(hasCredential: (String) -> Bool, level: (String) -> Int) -> Bool {
        switch self {
        case .credential(let id): return hasCredential(id)
        case .skill(let id, let needed): return level(id) >= needed
        case .anyOf(let parts): return parts.contains { $0.holds(hasCredential: hasCredential, level: level) }
        case .allOf(let parts): return parts.allSatisfy { $0.holds(hasCredential: hasCredential, level: level) }
        }
    }

    /// Every credential id the condition names, depth first.
    public var credentialIDs: [String] {
        switch self {
        case .credential(let id): return [id]
        case .skill: return []
        case .anyOf(let parts), .allOf(let parts): return parts.flatMap(\.credentialIDs)
        }
    }

    /// Every skill level the condition names, depth first.
    public var skillLevels: [SkillLevel] {
        switch self {
        case .credential: return []
        case .skill(let id, let level): return [SkillLevel(skill: id, level: level)]
        case .anyOf(let parts), .allOf(let parts): return parts.flatMap(\.skillLevels)
        }
    }
}
