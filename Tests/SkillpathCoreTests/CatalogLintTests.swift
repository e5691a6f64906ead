import Foundation
import Testing
@testable import SkillpathCore

/// `CatalogLint`: each rule fires at its threshold and not below it, stacks are judged by their
/// totals, and findings are placed at the credential's file, line and column.
@Suite struct CatalogLintTests {
    static func course(_ id: String, hours: Double, type: Credential.Kind = .course, levels: [String: Int],
                       stack: Credential.Stack? = nil, url: String? = nil) -> Credential {
        Credential(id: id, title: id, provider: "p", type: type, hours: hours, price: 10,
                   skills: levels.sorted { $0.key < $1.key }.map { SkillLevel(skill: $0.key, level: $0.value) },
                   stack: stack, url: url)
    }

    static func catalog(_ credentials: [Credential], subscription: Subscription? = nil) -> Catalog {
        Catalog(info: .init(name: "t", version: "1", currency: "USD"), skills: [],
                providers: [Provider(id: "p", name: "P", kind: .platform, subscription: subscription)], roles: [], credentials: credentials)
    }

    static func rules(_ credentials: [Credential]) -> [String: [CatalogLint.Rule]] {
        var rules: [String: [CatalogLint.Rule]] = [:]
        for finding in CatalogLint.findings(in: catalog(credentials)) { rules[finding.credential, default: []].append(finding.rule) }
        return rules
    }

    @Test func levelTwoNeedsFiveHours() {
        let found = Self.rules([Self.course("short", hours: 4.5, levels: ["seo": 2]),
                                Self.course("enough", hours: 5, levels: ["seo": 2]),
                                Self.course("awareness", hours: 1, levels: ["seo": 1])])
        #expect(found == ["short": [.foundationalLevelTooShort]])
    }

    @Test func levelFourNeedsFifteenHours() {
        let found = Self.rules([Self.course("capstone", hours: 10, levels: ["data-analysis": 4]),
                                Self.course("course", hours: 15, levels: ["data-analysis": 4]),
                                Self.course("three", hours: 10, levels: ["data-analysis": 3])])
        #expect(found == ["capstone": [.advancedLevelTooShort]])
        let message = CatalogLint.findings(in: Self.catalog([Self.course("capstone", hours: 10, levels: ["data-analysis": 4])]))[0].message
        #expect(message.contains("data-analysis level 4") && message.contains("10 h") && message.contains("lower the level"))
    }

    @Test func levelFiveNeedsAnExam() {
        let found = Self.rules([Self.course("bootcamp", hours: 300, levels: ["scrum": 5]),
                                Self.course("exam", hours: 300, type: .certification, levels: ["scrum": 5])])
        #expect(found == ["bootcamp": [.expertLevelWithoutExam]])
    }

    /// A programme has no hours of its own: its parts' hours count, and an exam among its parts backs level 5.
    @Test func stacksAreJudgedByTheirTotals() {
        let parts = [Self.course("a", hours: 10, levels: ["sql": 2]), Self.course("b", hours: 10, type: .certification, levels: ["sql": 3])]
        let program = Self.course("prog", hours: 0, type: .program, levels: ["sql": 5], stack: .init(of: ["a", "b"]))
        #expect(Self.rules(parts + [program]).isEmpty)
        let thin = Self.course("thin", hours: 0, type: .program, levels: ["sql": 4], stack: .init(of: ["a", "a2"]))
        let found = Self.rules([parts[0], Self.course("a2", hours: 2, levels: ["sql": 1]), thin])
        #expect(found == ["thin": [.advancedLevelTooShort]])
    }

    /// Every started month of a subscription counts; stacks and free credentials are exempt.
    @Test func subscriptionPricesFollowTheMonths() {
        let coursera = Subscription(monthlyFee: 49, hoursPerMonth: 30)
        #expect(coursera.months(forHours: 0.5) == 1)
        #expect(coursera.months(forHours: 30) == 1)
        #expect(coursera.months(forHours: 31) == 2)
        #expect(Subscription(monthlyFee: 39.99, hoursPerMonth: 30).price(forHours: 35) == 79.98)
        func priced(_ id: String, hours: Double, price: Double, stack: Credential.Stack? = nil) -> Credential {
            Credential(id: id, title: id, provider: "p", type: stack == nil ? .course : .program, hours: hours, price: price,
                       skills: [SkillLevel(skill: "sql", level: 1)], stack: stack, url: "https://e.org/" + id)
        }
        let credentials = [priced("one", hours: 30, price: 49), priced("two", hours: 33, price: 49),
                           priced("free", hours: 33, price: 0), priced("prog", hours: 0, price: 0, stack: .init(of: ["one", "two"]))]
        let findings = CatalogLint.findings(in: Self.catalog(credentials, subscription: coursera))
        #expect(findings.map(\.credential) == ["two"])
        #expect(findings.first?.message == "costs $49 but 33 h at 30 hours a month is 2 months of $49: set price to 98, or correct the hours")
        #expect(CatalogLint.findings(in: Self.catalog(credentials)).isEmpty, "no subscription, no rule")
    }

    @Test func threeCredentialsSharingAURLAreReported() {
        let two = [Self.course("x", hours: 20, levels: [:], url: "https://e.org/p"),
                   Self.course("y", hours: 20, levels: [:], url: "https://e.org/p/")]
        #expect(Self.rules(two).isEmpty)
        let three = two + [Self.course("z", hours: 20, levels: [:], url: "https://e.org/p")]
        #expect(Self.rules(three) == ["x": [.sharedURL], "y": [.sharedURL], "z": [.sharedURL]])
    }

    /// The findings of a catalog directory name the credential's file, line and column.
    @Test func diagnosticsArePlacedAtTheCredential() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("credentials"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        func write(_ name: String, _ text: String) throws { try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        try write("catalog.json", #"{"name": "t", "version": "1", "currency": "USD"}"#)
        try write("skills.json", #"[{"id": "seo", "name": "SEO", "category": "Marketing"}]"#)
        try write("providers.json", #"[{"id": "p", "name": "P", "kind": "platform"}]"#)
        try write("roles.json", "[]")
        try write("credentials/a.json", """
        [
         {"id": "fine", "title": "Fine", "provider": "p", "type": "course", "hours": 20, "price": 0, "skills": [{"skill": "seo", "level": 2}]},
         {"id": "short", "title": "Short", "provider": "p", "type": "course", "hours": 3, "price": 0, "skills": [{"skill": "seo", "level": 2}]}
        ]
        """)
        let report = CatalogLint.check(directory: directory.path)
        #expect(report.load.errors.isEmpty)
        #expect(report.diagnostics.map(\.description) == [
            "credentials/a.json:3:2: warning: short: grants seo level 2 in 3 h; under 5 hours grants level 1: lower the level or correct the hours [level-2-under-5h]"
        ])
    }
}
