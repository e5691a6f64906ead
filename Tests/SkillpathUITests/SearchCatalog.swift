import SkillpathCore

/// A seeded catalog for search tests: titles in mixed case and scripts (accents, ß, dotted İ, final
/// sigma, CJK, combining marks, emoji), repeated titles, equal prices and hours, an issuer other
/// than the provider, skills in several categories and one skill the catalog does not define.
enum SearchCatalog {
    static func make(credentials count: Int, seed: UInt64) -> Catalog {
        var random = SplitMix(seed: seed)
        let skills = [
            Skill(id: "sql", name: "SQL", category: "Data"),
            Skill(id: "python", name: "Python", category: "Programming"),
            Skill(id: "stats", name: "Statistik Straße", category: "Data"),
            Skill(id: "ecole", name: "École Ωmega", category: "Ünïcode"),
            Skill(id: "tokei", name: "統計学", category: "Ünïcode"),
        ]
        let providers = (0..<5).map { Provider(id: "p\($0)", name: ["Coursera", "ÉCOLE Polytechnique", "İstanbul Ünï", "ΟΔΟΣ Academy", "東京大学"][$0], kind: .university) }
        let words = ["Data", "SQL", "Python", "Analytics", "École", "STRASSE", "Straße", "İleri", "ΟΔΟΣ", "Σοφία", "統計学",
                     "入門", "Cloud", "e\u{301}tude", "Cert", "😀 Fun", "DATA", "data", "Py", "Zeta"]
        let credentials = (0..<count).map { i -> Credential in
            let title = i % 17 == 0 ? "Data Basics"
                : (0..<(1 + random.next(upTo: 3))).map { _ in words[random.next(upTo: words.count)] }.joined(separator: " ")
            let granted = (0..<random.next(upTo: 3)).map { _ in
                SkillLevel(skill: random.next(upTo: 12) == 0 ? "undefined" : skills[random.next(upTo: skills.count)].id, level: 1 + random.next(upTo: 3))
            }
            let provider = random.next(upTo: 12) == 0 ? "unknown-provider" : "p\(random.next(upTo: providers.count))"
            return Credential(id: "c\(i)", title: title, provider: provider, issuer: random.next(upTo: 6) == 0 ? "p0" : nil,
                              type: Credential.Kind.allCases[random.next(upTo: Credential.Kind.allCases.count)],
                              hours: Double(10 * random.next(upTo: 8)), price: Double(50 * random.next(upTo: 6)),
                              skills: granted, accredited: random.next(upTo: 3) == 0)
        }
        return Catalog(info: .init(name: "search", version: "1", currency: "USD"), skills: skills, providers: providers,
                       roles: [], credentials: credentials)
    }
}
