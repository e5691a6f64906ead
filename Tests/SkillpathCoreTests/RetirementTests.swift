import Foundation
import Testing
@testable import SkillpathCore

/// Retirement (PLANNING.md version 2): `retires` and `successor` in the catalog, a credential
/// retired by the start date is not usable, a step ending after its credential retires is warned
/// about in every output, and `catalog check` warns about one retired without a successor.
@Suite struct RetirementTests {
    static let start = PlannerTests.start

    /// sql ≥ 2 from `old` ($10, 10 h, retires `retires`, successor `new`) or `new` ($40, 10 h).
    static func catalog(retires: CalendarDate, successor: String? = "new") -> Catalog {
        PlannerTests.catalog([
            Credential(id: "old", title: "Old SQL", provider: "p", type: .certification, hours: 10, price: 10,
                       skills: [SkillLevel(skill: "sql", level: 2)], retires: retires, successor: successor),
            Credential(id: "new", title: "New SQL", provider: "p", type: .certification, hours: 10, price: 40,
                       skills: [SkillLevel(skill: "sql", level: 2)]),
        ], roles: [Role(id: "r", title: "R", requires: [.skill("sql", level: 2)])])
    }

    static func plan(_ catalog: Catalog, profile: Profile = Profile(hoursPerWeek: 5, startDate: start)) throws -> Plan {
        try Planner(catalog: catalog).plan(PlanRequest(role: "r", profile: profile, today: start))
    }

    @Test func retiredOnOrBeforeTheStartIsNotUsable() throws {
        #expect(try Self.plan(Self.catalog(retires: Self.start)).steps.map(\.credential) == ["new"])
        #expect(try Self.plan(Self.catalog(retires: Self.start.adding(days: 30))).steps.map(\.credential) == ["old"])
        // Without a start date, today decides.
        let today = try Planner(catalog: Self.catalog(retires: Self.start)).plan(PlanRequest(role: "r", profile: Profile(), today: Self.start.adding(days: -1)))
        #expect(today.steps.map(\.credential) == ["old"])
    }

    @Test func theReasonNamesTheDayAndTheSuccessor() throws {
        let plan = try Self.plan(Self.catalog(retires: Self.start), profile: Profile(startDate: Self.start, avoid: ["new"]))
        #expect(!plan.feasible)
        #expect(plan.unmet.first?.reason.contains("old: retired on 2026-12-01; its successor is new") == true, "\(plan.unmet)")
    }

    @Test func aStepEndingAfterItsRetirementIsWarnedAboutInEveryOutput() throws {
        // 10 h at 5 h a week end on 2026-12-15, after 2026-12-10.
        let catalog = Self.catalog(retires: Self.start.adding(days: 9))
        let plan = try Self.plan(catalog)
        let words = "old retires on 2026-12-10, before this step ends on 2026-12-15; its successor is new"
        #expect(plan.steps.map(\.warnings) == [[words]])
        let json = try #require(JSONSerialization.jsonObject(with: Data(PlanJSON.render(plan).utf8)) as? [String: Any])
        let steps = try #require(json["steps"] as? [[String: Any]])
        #expect(steps.first?["warnings"] as? [String] == [words])
        #expect(PlanText(plan: plan, catalog: catalog).render().contains("warning: old retires on 2026-12-10"))
        #expect(PlanMarkdown(plan: plan, catalog: catalog).render().contains("- **Old SQL** — \(words)"))
        // Ending on the day it retires is in time.
        let inTime = try Self.plan(Self.catalog(retires: Self.start.adding(days: 14)))
        #expect(inTime.steps.map(\.warnings) == [[]])
        #expect(!PlanJSON.render(inTime).contains("warnings"))
    }

    @Test func warningsSurviveASavedPlan() throws {
        let plan = try Self.plan(Self.catalog(retires: Self.start.adding(days: 9)))
        let reader = JSONReader(source: JSONSource(name: "plan.json", bytes: Array(PlanJSON.render(plan).utf8)))
        let value = try #require(reader.parse())
        let steps = try #require(value["steps"].flatMap { reader.array($0, path: "steps", what: "steps") })
        let step = PlanJSON.decodeStep(reader, steps[0], path: "steps[0]")
        #expect(step?.warnings == plan.steps[0].warnings)
    }

    static let credentials = #"""
    [{"id": "old", "title": "Old", "provider": "coursera", "type": "certification", "hours": 10, "price": 49,
      "skills": [{"skill": "sql", "level": 2}], "retires": "2026-06-30", "successor": "neww"},
     {"id": "new", "title": "New", "provider": "coursera", "type": "certification", "hours": 10, "price": 49,
      "skills": [{"skill": "sql", "level": 2}]},
     {"id": "gone", "title": "Gone", "provider": "coursera", "type": "course", "hours": 1, "price": 0,
      "skills": [{"skill": "python", "level": 1}], "retires": "2026-06-30"},
     {"id": "later", "title": "Later", "provider": "coursera", "type": "course", "hours": 1, "price": 0,
      "skills": [{"skill": "python", "level": 1}], "retires": "2030-01-01"}]
    """#

    @Test func theLoaderReadsRetiresAndChecksTheSuccessor() throws {
        let bad = try CatalogLoaderTests.makeCatalog(credentials: Self.credentials)
        #expect(CatalogLoaderTests.errors(bad).contains { $0.hasPrefix("credentials/a.json:2:") && $0.hasSuffix("[0].successor: unknown credential \"neww\" (did you mean \"new\"?)") },
                "\(CatalogLoaderTests.errors(bad))")
        let good = try CatalogLoaderTests.makeCatalog(credentials: Self.credentials.replacingOccurrences(of: "neww", with: "new"))
        let catalog = try CatalogLoader.load(directory: good)
        #expect(catalog.credential("old")?.retires == CalendarDate(year: 2026, month: 6, day: 30))
        #expect(catalog.credential("old")?.successor == "new")
        let dated = try CatalogLoaderTests.makeCatalog(credentials: Self.credentials.replacingOccurrences(of: "2026-06-30", with: "2026-02-30"))
        #expect(CatalogLoaderTests.errors(dated).contains { $0.contains("[0].retires") }, "\(CatalogLoaderTests.errors(dated))")
    }

    @Test func catalogCheckWarnsAboutARetiredCredentialWithoutASuccessor() throws {
        let directory = try CatalogLoaderTests.makeCatalog(credentials: Self.credentials.replacingOccurrences(of: "neww", with: "new"))
        let warnings = CatalogLoader.check(directory: directory, today: Self.start).warnings.map(\.description)
        #expect(warnings.count == 1, "\(warnings)")
        #expect(warnings.first?.hasPrefix("credentials/a.json:5:") == true && warnings.first?.contains("[2].retires: retired on 2026-06-30 with no successor") == true,
                "\(warnings)")
        // Before it retires, nothing to warn about.
        #expect(CatalogLoader.check(directory: directory, today: CalendarDate(year: 2026, month: 6, day: 29)).warnings.isEmpty)
    }
}
