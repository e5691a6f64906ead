import SkillpathCore

/// Roles: each centred on one category, needing four to eight conditions the catalog can meet.
extension CatalogGenerator {
    /// The roles, after the credentials: titles by category and seniority, conditions drawn mostly from
    /// the role's own category at about its seniority level, never above what some credential grants.
    func makeRoles(_ random: inout SplitMix64, skills: [Skill], builder: CredentialBuilder) -> [Role] {
        let categories = Self.categories
        let bySkillCategory = (0..<categories.count).map { c in
            Array(stride(from: c, to: skills.count, by: categories.count)).filter { builder.maxLevel[$0] > 0 }
        }
        let certifications = builder.credentials.filter { $0.type == .certification }.map(\.id)
        return (0..<roleCount).map { i in
            let category = i % categories.count
            let seniority = Self.seniorities[(i / categories.count) % Self.seniorities.count]
            let round = i / (categories.count * Self.seniorities.count)
            var title = (seniority.isEmpty ? "" : seniority + " ") + Self.roleTitles[category]
            if round > 0 { title += " (\(Self.qualifiers[(round - 1) % Self.qualifiers.count]))" }
            let target = 2 + min(2, (i / categories.count) % Self.seniorities.count / 2)

            /// A skill condition at about the role's level, no higher than the catalog grants.
            func skillCondition(from pool: [Int]) -> Condition? {
                guard !pool.isEmpty else { return nil }
                let s = random.pick(pool)
                let level = max(1, min(target + random.int(in: -1...1), builder.maxLevel[s]))
                return .skill(skills[s].id, level: level)
            }

            var requires: [Condition] = []
            var named: Set<String> = []
            let count = random.int(in: 4...8)
            var attempts = 0
            while requires.count < count && attempts < 40 {
                attempts += 1
                let home = random.chance(0.7) ? bySkillCategory[category] : random.pick(bySkillCategory)
                let condition: Condition?
                switch random.unit() {
                case ..<0.78: condition = skillCondition(from: home)
                case ..<0.90:
                    if let a = skillCondition(from: home), let b = skillCondition(from: home), a != b {
                        condition = .anyOf([a, b])
                    } else { condition = nil }
                case ..<0.95:
                    if let a = skillCondition(from: home), let b = skillCondition(from: home), a != b {
                        condition = .allOf([a, b])
                    } else { condition = nil }
                default: condition = certifications.isEmpty ? nil : .credential(random.pick(certifications))
                }
                guard let condition, !named.contains("\(condition)") else { continue }
                named.insert("\(condition)")
                requires.append(condition)
            }
            let recommends = (0..<random.int(in: 0...2)).compactMap { _ in skillCondition(from: bySkillCategory[category]) }
            let id = "\(slug(title))-\(i)"
            return Role(id: id, title: title, onet: nil, summary: "Synthetic role in \(categories[category].name).",
                        requires: requires, recommends: recommends)
        }
    }
}
