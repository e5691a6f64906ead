import SkillpathCore

/// Human readings of conditions with names from the catalog, and whether a profile meets them.
struct ConditionText {
    let catalog: Catalog
    let profile: Profile

    /// `SQL ≥ 2 (working)`, `AWS Certified Cloud Practitioner`, `any of (…)`.
    func describe(_ condition: Condition) -> String {
        switch condition {
        case .credential(let id): return catalog.credential(id)?.title ?? id
        case .skill(let id, let level): return "\(catalog.skill(id)?.name ?? id) ≥ \(level)"
        case .anyOf(let parts): return "any of (" + parts.map(describe).joined(separator: "; ") + ")"
        case .allOf(let parts): return "all of (" + parts.map(describe).joined(separator: "; ") + ")"
        }
    }

    /// Unmet role conditions as lines, conditions that share a reason together:
    /// `SQL ≥ 3, Python ≥ 2: over budget: …`.
    func describe(_ unmet: [Plan.Unmet]) -> [String] {
        var reasons: [String] = []
        var conditions: [String: [String]] = [:]
        for u in unmet {
            if conditions[u.reason] == nil { reasons.append(u.reason) }
            conditions[u.reason, default: []].append(describe(u.condition))
        }
        return reasons.map { conditions[$0]!.joined(separator: ", ") + ": " + $0 }
    }

    /// The short name in a have/need table: the skill's name for a skill condition.
    func label(_ condition: Condition) -> String {
        if case .skill(let id, _) = condition { return catalog.skill(id)?.name ?? id }
        return describe(condition)
    }

    func met(_ condition: Condition) -> Bool { profile.satisfies(condition, in: catalog) }

    /// `✓` or `✗`.
    func mark(_ condition: Condition) -> String { met(condition) ? "✓" : "✗" }

    /// For a role requirement: have and need levels of a skill condition, or held/not held.
    func haveNeed(_ condition: Condition) -> (have: String, need: String) {
        switch condition {
        case .skill(let id, let level): return (String(profile.level(of: id, in: catalog)), String(level))
        case .credential(let id): return (profile.earned.contains(id) ? "held" : "—", "held")
        case .anyOf, .allOf: return (met(condition) ? "yes" : "no", "yes")
        }
    }
}
