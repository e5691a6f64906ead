import Testing
import SkillpathCore

/// Planner behaviour on small hand-made catalogs: order, schedule, milestones, filters, reasons.
@Suite struct PlannerTests {
    static func catalog(_ credentials: [Credential], roles: [Role]) -> Catalog {
        let skills = ["sql", "python", "stats", "cloud"].map { Skill(id: $0, name: $0.capitalized, category: "Data") }
        return Catalog(info: .init(name: "test", version: "1", currency: "USD"), skills: skills,
                       providers: [Provider(id: "p", name: "P", kind: .platform), Provider(id: "q", name: "Q", kind: .university)],
                       roles: roles, credentials: credentials)
    }

    static let start = CalendarDate(year: 2026, month: 12, day: 1)

    @Test func stepsFollowPrerequisitesAndTheSchedule() throws {
        let catalog = Self.catalog([
            Credential(id: "advanced", title: "Advanced SQL", provider: "p", type: .course, hours: 20, price: 50,
                       skills: [SkillLevel(skill: "sql", level: 3)], requires: [.credential("intro")]),
            Credential(id: "intro", title: "Intro SQL", provider: "p", type: .course, hours: 160, price: 244,
                       skills: [SkillLevel(skill: "sql", level: 2)]),
        ], roles: [Role(id: "analyst", title: "Analyst", requires: [.skill("sql", level: 3)])])
        var profile = Profile(hoursPerWeek: 8, startDate: Self.start)
        profile.objective = .cost
        let plan = try Planner(catalog: catalog).plan(PlanRequest(role: "analyst", profile: profile))
        #expect(plan.feasible && plan.optimal)
        #expect(plan.steps.map(\.credential) == ["intro", "advanced"])
        #expect(plan.value == 294 && plan.tiebreak == 180)
        #expect(plan.totals.weeks == 22.5)
        // 180 hours at 8 a week from 2026-12-01 ends on 2027-05-08, as in PLANNING.md.
        #expect(plan.steps[1].endDate == CalendarDate(year: 2027, month: 5, day: 8))
        #expect(plan.steps[1].startDate == plan.steps[0].endDate)
        #expect(plan.steps[1].covers == [SkillLevel(skill: "sql", level: 3)])
    }

    @Test func zeroCostStackAppearsAsMilestone() throws {
        let catalog = Self.catalog([
            Credential(id: "a", title: "A", provider: "p", type: .course, hours: 10, price: 10, skills: [SkillLevel(skill: "sql", level: 2)]),
            Credential(id: "b", title: "B", provider: "p", type: .course, hours: 10, price: 10, skills: [SkillLevel(skill: "python", level: 2)]),
            Credential(id: "cert", title: "Certificate", provider: "p", type: .program, hours: 0, price: 0,
                       skills: [SkillLevel(skill: "stats", level: 1)], stack: .init(of: ["a", "b"])),
        ], roles: [Role(id: "r", title: "R", requires: [.skill("sql", level: 2), .skill("python", level: 2)])])
        let plan = try Planner(catalog: catalog).plan(PlanRequest(role: "r", profile: Profile(startDate: Self.start)))
        #expect(plan.steps.map(\.credential) == ["a", "b", "cert"])
        #expect(plan.steps.map(\.milestone) == [false, false, true])
        #expect(plan.totals.credentials == 2 && plan.value == 20)
    }

    @Test func cycleIsReportedAndEarningOneBreaksIt() throws {
        let catalog = Self.catalog([
            Credential(id: "x", title: "X", provider: "p", type: .course, hours: 5, price: 5,
                       skills: [SkillLevel(skill: "cloud", level: 3)], requires: [.credential("y")]),
            Credential(id: "y", title: "Y", provider: "p", type: .course, hours: 5, price: 5,
                       skills: [SkillLevel(skill: "cloud", level: 1)], requires: [.credential("x")]),
        ], roles: [Role(id: "r", title: "R", requires: [.skill("cloud", level: 3)])])
        let planner = Planner(catalog: catalog)
        let stuck = try planner.plan(PlanRequest(role: "r", profile: Profile()))
        #expect(!stuck.feasible && stuck.optimal)
        #expect(stuck.unmet.count == 1)
        #expect(stuck.unmet[0].reason.contains("cycle"))
        let freed = try planner.plan(PlanRequest(role: "r", profile: Profile(earned: ["y"])))
        #expect(freed.feasible && freed.steps.map(\.credential) == ["x"])
    }

    @Test func theCycleNamedRunsThroughTheBlockedCredentialsInCatalogOrder() throws {
        // c → a → b → c, with credentials that can start (free1, free2) between them in the catalog.
        func course(_ id: String, requires: [Condition], level: Int) -> Credential {
            Credential(id: id, title: id, provider: "p", type: .course, hours: 5, price: 5,
                       skills: [SkillLevel(skill: "cloud", level: level)], requires: requires)
        }
        let catalog = Self.catalog([
            course("free1", requires: [], level: 1),
            course("a", requires: [.credential("c"), .credential("free1")], level: 3),
            course("free2", requires: [.credential("free1")], level: 1),
            course("b", requires: [.credential("a")], level: 1),
            course("c", requires: [.credential("b")], level: 2),
        ], roles: [Role(id: "r", title: "R", requires: [.skill("cloud", level: 3)])])
        let plan = try Planner(catalog: catalog).plan(PlanRequest(role: "r", profile: Profile()))
        #expect(!plan.feasible && plan.unmet.count == 1)
        #expect(plan.unmet[0].reason == "cloud ≥ 3 is only reachable through a prerequisite cycle (a → c → b → a)",
                "\(plan.unmet[0].reason)")
    }

    @Test func filtersAndBudgetExplainThemselves() throws {
        let catalog = Self.catalog([
            Credential(id: "cheap", title: "Cheap", provider: "q", type: .course, hours: 40, price: 100, skills: [SkillLevel(skill: "stats", level: 3)]),
            Credential(id: "dear", title: "Dear", provider: "p", type: .certificate, hours: 10, price: 900,
                       skills: [SkillLevel(skill: "stats", level: 3)], accredited: true),
        ], roles: [Role(id: "r", title: "R", requires: [.skill("stats", level: 3)])])
        let planner = Planner(catalog: catalog)
        #expect(try planner.plan(PlanRequest(role: "r", profile: Profile())).steps.map(\.credential) == ["cheap"])
        #expect(try planner.plan(PlanRequest(role: "r", profile: Profile(objective: .time))).steps.map(\.credential) == ["dear"])
        let accredited = try planner.plan(PlanRequest(role: "r", profile: Profile(budget: 500, accreditedOnly: true)))
        #expect(!accredited.feasible)
        #expect(accredited.unmet.first?.reason.contains("over budget") == true)
        let excluded = try planner.plan(PlanRequest(role: "r", profile: Profile(excludeProviders: ["p", "q"])))
        #expect(excluded.unmet.first?.reason.contains("excluded") == true)
        let missing = Self.catalog([], roles: [Role(id: "r", title: "R", requires: [.skill("stats", level: 5)])])
        let none = try Planner(catalog: missing).plan(PlanRequest(role: "r", profile: Profile()))
        #expect(none.unmet.first?.reason.contains("no credential in the catalog grants stats at level 5") == true)
    }

    @Test func unknownIdsAreRejectedWithSuggestions() {
        let catalog = Self.catalog([], roles: [Role(id: "analyst", title: "A", requires: [])])
        #expect(throws: PlanningError.unknownRole("analist", suggestion: "analyst")) {
            try Planner(catalog: catalog).plan(PlanRequest(role: "analist", profile: Profile()))
        }
        #expect(throws: PlanningError.unknownSkill("sqll", suggestion: "sql")) {
            try Planner(catalog: catalog).plan(PlanRequest(role: "analyst", profile: Profile(skills: ["sqll": 2])))
        }
    }

    @Test func calendarDatesRoundTrip() {
        for days in stride(from: -600_000, through: 800_000, by: 997) {
            let date = CalendarDate(daysSinceEpoch: days)
            #expect(date.daysSinceEpoch == days)
            #expect(CalendarDate(date.description) == date)
        }
        #expect(CalendarDate("2027-02-29") == nil)
        #expect(CalendarDate("2028-02-29") != nil)
        #expect(CalendarDate(year: 2026, month: 12, day: 1).adding(days: 158).description == "2027-05-08")
    }
}
