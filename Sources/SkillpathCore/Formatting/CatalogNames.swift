/// Human names for catalog ids, falling back to the ids when there is no catalog or no match.
public enum CatalogNames {
    /// A condition with titles and skill names: `SQL ≥ 3`, `any of (AWS Cloud Practitioner (aws-ccp), AWS ≥ 2)`.
    public static func condition(_ condition: Condition, in catalog: Catalog?) -> String {
        switch condition {
        case .credential(let id): return catalog?.credential(id).map { "\($0.title) (\(id))" } ?? id
        case .skill(let id, let level): return "\(catalog?.skill(id)?.name ?? id) ≥ \(level)"
        case .anyOf(let parts): return "any of (\(parts.map { self.condition($0, in: catalog) }.joined(separator: ", ")))"
        case .allOf(let parts): return "all of (\(parts.map { self.condition($0, in: catalog) }.joined(separator: ", ")))"
        }
    }

    /// `SQL (level 2)` with the catalog's skill name, `sql (level 2)` without.
    public static func skill(_ level: SkillLevel, in catalog: Catalog?) -> String {
        "\(catalog?.skill(level.skill)?.name ?? level.skill) (level \(level.level))"
    }

    /// A condition as a phrase, with titles and skill names and no ids: `Python ≥ 3`,
    /// `one of SQL ≥ 2 or Google Data Analytics`, `AWS ≥ 2 and (Linux ≥ 1 or Bash ≥ 1)`.
    public static func phrase(_ condition: Condition, in catalog: Catalog?) -> String {
        func part(_ c: Condition) -> String {
            switch c {
            case .anyOf(let parts) where parts.count > 1, .allOf(let parts) where parts.count > 1: return "(\(phrase(c, in: catalog)))"
            default: return phrase(c, in: catalog)
            }
        }
        func list(_ parts: [Condition], _ conjunction: String) -> String {
            let words = parts.map(part)
            guard words.count > 1 else { return words.first ?? "nothing" }
            return words.dropLast().joined(separator: ", ") + " \(conjunction) " + words.last!
        }
        switch condition {
        case .credential(let id): return catalog?.credential(id)?.title ?? id
        case .skill(let id, let level): return "\(catalog?.skill(id)?.name ?? id) ≥ \(level)"
        case .anyOf(let parts): return parts.count > 1 ? "one of " + list(parts, "or") : list(parts, "or")
        case .allOf(let parts): return list(parts, "and")
        }
    }
}
