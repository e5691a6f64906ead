import SkillpathCore

/// The hard shape's extra prerequisites, laid over a finished catalog (see ``CatalogShape/hard``).
extension CredentialBuilder {
    /// Adds `count` long chains: each a run of 6–10 credentials (not programmes) of one category,
    /// from lower to higher level of their main skill, each requiring the previous one with
    /// probability 0.7.
    mutating func addChains(count: Int, _ random: inout SplitMix64) {
        let categoryCount = CatalogGenerator.categories.count
        var byCategory = Array(repeating: [Int](), count: categoryCount)
        for (i, c) in credentials.enumerated() where c.stack == nil {
            guard let main = mainSkill(of: c) else { continue }
            byCategory[main.skill % categoryCount].append(i)
        }
        let categories = byCategory.indices.filter { byCategory[$0].count >= 10 }
        guard !categories.isEmpty else { return }
        for _ in 0..<count {
            let pool = byCategory[random.pick(categories)]
            let length = random.int(in: 6...10)
            var run: [Int] = []
            while run.count < length {
                let candidate = random.pick(pool)
                if !run.contains(candidate) { run.append(candidate) }
            }
            run.sort { (mainSkill(of: credentials[$0])!.level, $0) < (mainSkill(of: credentials[$1])!.level, $1) }
            for (previous, next) in zip(run, run.dropFirst()) where random.chance(0.7) {
                let link = Condition.credential(credentials[previous].id)
                if !credentials[next].requires.contains(link) { credentials[next].requires.append(link) }
            }
        }
    }

    /// Makes cycles: about one credential in `oneIn` (not programmes) also requires a credential
    /// granting its main skill at a higher level, which usually needs this one's level in turn.
    mutating func addCycles(oneIn: Int, _ random: inout SplitMix64) {
        for i in credentials.indices where credentials[i].stack == nil && random.int(in: 1...oneIn) == 1 {
            guard let main = mainSkill(of: credentials[i]), main.level < 5 else { continue }
            let higher = ((main.level + 1)...5).flatMap { grantors[main.skill][$0] }.filter { $0 != i }
            guard !higher.isEmpty else { continue }
            let link = Condition.credential(credentials[random.pick(higher)].id)
            if !credentials[i].requires.contains(link) { credentials[i].requires.append(link) }
        }
    }

    /// The skill index and level of a credential's first granted skill.
    private func mainSkill(of credential: Credential) -> (skill: Int, level: Int)? {
        guard let first = credential.skills.first, let s = Self.skillNumber(first.skill) else { return nil }
        return (s, first.level)
    }
}
