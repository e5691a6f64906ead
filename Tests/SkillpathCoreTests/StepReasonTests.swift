import Testing
@testable import SkillpathCore

/// Each kind of ``StepReason`` on small hand-made catalogs, the words for them, and their JSON.
@Suite struct StepReasonTests {
    static let start = CalendarDate(year: 2026, month: 12, day: 1)

    static func catalog(_ credentials: [Credential], roles: [Role]) -> Catalog {
        let skills = ["sql", "python", "stats", "cloud"].map { Skill(id: $0, name: $0.capitalized, category: "Data") }
        return Catalog(info: .init(name: "test", version: "1", currency: "USD"), skills: skills,
                       providers: [Provider(id: "p", name: "P", kind: .platform)], roles: roles, credentials: credentials)
    }

    static func course(_ id: String, _ title: String? = nil, price: Double = 10, grants: [String: Int] = [:],
                       requires: [Condition] = []) -> Credential {
        Credential(id: id, title: title ?? id.capitalized, provider: "p", type: .course, hours: 10, price: price,
                   skills: grants.sorted { $0.key < $1.key }.map { SkillLevel(skill: $0.key, level: $0.value) }, requires: requires)
    }

    /// A plan of the given credentials in that order, as the planner would lay it out (for reasons the planner would not plan).
    static func plan(_ ids: [String], role: String, in catalog: Catalog) -> Plan {
        let steps = ids.map { id in
            let c = catalog.credential(id)!
            return Plan.Step(credential: id, title: c.title, price: c.price, hours: c.hours, startWeek: 0, endWeek: 0,
                             startDate: start, endDate: start, covers: [], milestone: false)
        }
        return Plan(role: role, objective: .cost, feasible: true, value: 0, tiebreak: 0,
                    totals: .init(price: 0, hours: 0, weeks: 0, credentials: ids.count), steps: steps, unmet: [],
                    startDate: start, hoursPerWeek: 5)
    }

    /// The reported bug: a course that only a later step needs is its prerequisite, not a role reason.
    @Test func aSkillOnlyALaterStepNeedsMakesAPrerequisiteNotARoleReason() throws {
        let catalog = Self.catalog([
            Self.course("python-1", "Python Essentials 1", grants: ["python": 2]),
            Self.course("power-stats", "The Power of Statistics", grants: ["stats": 2], requires: [.skill("python", level: 2)]),
        ], roles: [Role(id: "analyst", title: "Analyst", requires: [.skill("stats", level: 2)])])
        let plan = try Planner(catalog: catalog).plan(PlanRequest(role: "analyst", profile: Profile(startDate: Self.start)))
        #expect(plan.steps.map(\.credential) == ["python-1", "power-stats"])
        #expect(plan.steps[0].why == [.prerequisite(of: "power-stats")])
        #expect(plan.steps[1].why == [.role(condition: 0)])
        let text = PlanText(plan: plan, catalog: catalog).render()
        #expect(text.contains("why: prerequisite of The Power of Statistics"))
        #expect(text.contains("why: for Stats ≥ 2, which the role needs"))
    }

    /// Recommendations are role conditions only when they were planned, numbered after `requires`.
    @Test func recommendationsCountOnlyWhenIncluded() throws {
        let catalog = Self.catalog([
            Self.course("sql-py", grants: ["sql": 2, "python": 2]),
            Self.course("kaggle-sql", "Kaggle SQL", grants: ["sql": 3]),
        ], roles: [Role(id: "r", title: "R", requires: [.skill("python", level: 2)], recommends: [.skill("sql", level: 3)])])
        let planner = Planner(catalog: catalog)
        let plain = try planner.plan(PlanRequest(role: "r", profile: Profile(startDate: Self.start)))
        #expect(plain.steps.map(\.credential) == ["sql-py"])
        #expect(plain.steps[0].why == [.role(condition: 0)])
        let recommended = try planner.plan(PlanRequest(role: "r", profile: Profile(startDate: Self.start), includeRecommended: true))
        #expect(Set(recommended.steps.map(\.credential)) == ["sql-py", "kaggle-sql"])
        let k = try #require(recommended.steps.firstIndex { $0.credential == "kaggle-sql" })
        #expect(recommended.steps[k].why == [.role(condition: 1)])
        #expect(recommended.steps[1 - k].why == [.role(condition: 0)])
        #expect(recommended.steps[k].why[0].words(for: recommended.steps[k], in: recommended, catalog: catalog)
                == "for Sql ≥ 3, which the role recommends")
        // The same step, in a plan made without recommendations, has no role reason.
        let reasons = StepReason.reasons(for: recommended, catalog: catalog, role: catalog.role("r")!,
                                         profile: Profile(), includeRecommended: false)
        #expect(reasons[k] == [] && reasons[1 - k] == [.role(condition: 0)])
    }

    /// A test that already held at the start is no reason, wherever it sits in anyOf/allOf.
    @Test func nestedTestsCountOnlyWhenTheyDidNotHoldAtTheStart() {
        let role = Role(id: "r", title: "R", requires: [
            .allOf([.skill("cloud", level: 1), .anyOf([.credential("badge"), .skill("sql", level: 3)])]),
            .anyOf([.skill("python", level: 2), .skill("stats", level: 4)]),
        ])
        let catalog = Self.catalog([
            Self.course("badge"), Self.course("sql-3", grants: ["sql": 3]), Self.course("py", grants: ["python": 2]),
            Self.course("cloud-1", grants: ["cloud": 1]), Self.course("stats-3", grants: ["stats": 3]),
        ], roles: [role])
        let plan = Self.plan(["badge", "sql-3", "py", "cloud-1", "stats-3"], role: "r", in: catalog)
        let reasons = StepReason.reasons(for: plan, catalog: catalog, role: role, profile: Profile(skills: ["python": 2]),
                                         includeRecommended: false)
        // python ≥ 2 held at the start; stats 3 is below the 4 asked for.
        #expect(reasons == [[.role(condition: 0)], [.role(condition: 0)], [], [.role(condition: 0)], []])
        // A level granted by an earned credential counts as held too.
        let earned = StepReason.reasons(for: plan, catalog: catalog, role: role, profile: Profile(earned: ["cloud-1"]),
                                        includeRecommended: false)
        #expect(earned[3] == [])
        #expect(earned[2] == [.role(condition: 1)])
    }

    /// A prerequisite is a later step's condition naming this credential or asking a level it grants; never an earlier step's.
    @Test func prerequisitesLookOnlyAtLaterSteps() {
        let catalog = Self.catalog([
            Self.course("a", grants: ["sql": 1]),
            Self.course("b", grants: ["sql": 2], requires: [.anyOf([.credential("a"), .skill("python", level: 1)])]),
            Self.course("c", requires: [.skill("sql", level: 2)]),
            Self.course("d", requires: [.credential("a"), .skill("sql", level: 1)]),
        ], roles: [Role(id: "r", title: "R", requires: [.credential("c"), .credential("d")])])
        let plan = Self.plan(["a", "b", "c", "d"], role: "r", in: catalog)
        let reasons = StepReason.reasons(for: plan, catalog: catalog, role: catalog.role("r")!, profile: Profile(),
                                         includeRecommended: false)
        #expect(reasons[0] == [.prerequisite(of: "b"), .prerequisite(of: "d")])
        #expect(reasons[1] == [.prerequisite(of: "c"), .prerequisite(of: "d")])
        #expect(reasons[2] == [.role(condition: 0)])
        #expect(reasons[3] == [.role(condition: 1)])
        #expect(reasons[2][0].words(for: plan.steps[2], in: plan, catalog: catalog) == "the role needs it")
        // With SQL 1 at the start, d's SQL test held already: only its naming of a remains.
        let skilled = StepReason.reasons(for: plan, catalog: catalog, role: catalog.role("r")!, profile: Profile(skills: ["sql": 1]),
                                         includeRecommended: false)
        #expect(skilled[0] == [.prerequisite(of: "b"), .prerequisite(of: "d")])
        #expect(skilled[1] == [.prerequisite(of: "c")])
    }

    /// Parts of a later stack count towards it; the milestone itself may have no reason.
    @Test func stackPartsCountTowardsTheProgramme() throws {
        let catalog = Self.catalog([
            Self.course("a", grants: ["sql": 2]), Self.course("b", grants: ["python": 2]),
            Credential(id: "cert", title: "Google Data Analytics Certificate", provider: "p", type: .program, hours: 0, price: 0,
                       stack: .init(of: ["a", "b"])),
        ], roles: [Role(id: "r", title: "R", requires: [.skill("sql", level: 2), .skill("python", level: 2)])])
        let plan = try Planner(catalog: catalog).plan(PlanRequest(role: "r", profile: Profile(startDate: Self.start)))
        #expect(plan.steps.map(\.credential) == ["a", "b", "cert"])
        #expect(plan.steps.map(\.why) == [[.role(condition: 0), .stack(of: "cert")], [.role(condition: 1), .stack(of: "cert")], []])
        #expect(StepReason.sentence(for: plan.steps[0], in: plan, catalog: catalog)
                == "for Sql ≥ 2, which the role needs; counts towards the Google Data Analytics Certificate")
        #expect(StepReason.sentence(for: plan.steps[2], in: plan, catalog: catalog) == nil)
        let markdown = PlanMarkdown(plan: plan, catalog: catalog).render()
        #expect(markdown.contains("- **B** — why: for Python ≥ 2, which the role needs; counts towards the Google Data Analytics Certificate"))
    }

    /// A credential the learner asked for is required, and that reason comes last.
    @Test func aRequiredCredentialSaysSo() throws {
        let catalog = Self.catalog([
            Self.course("cheap", price: 5, grants: ["sql": 2]), Self.course("chosen", price: 50, grants: ["sql": 2]),
        ], roles: [Role(id: "r", title: "R", requires: [.skill("sql", level: 2)])])
        let plan = try Planner(catalog: catalog).plan(PlanRequest(role: "r", profile: Profile(startDate: Self.start), mustInclude: ["chosen"]))
        #expect(plan.steps.map(\.credential) == ["chosen"])
        #expect(plan.steps[0].why == [.role(condition: 0), .required])
        #expect(StepReason.sentence(for: plan.steps[0], in: plan, catalog: catalog)
                == "for Sql ≥ 2, which the role needs; you asked for it (require)")
        let direct = StepReason.reasons(for: Self.plan(["cheap"], role: "r", in: catalog), catalog: catalog, role: catalog.role("r")!,
                                        profile: Profile(skills: ["sql": 2]), includeRecommended: false, required: ["cheap"])
        #expect(direct == [[.required]])
    }

    @Test func conditionsReadAsPhrases() {
        let catalog = Self.catalog([Self.course("badge", "Cloud Badge")], roles: [])
        let condition = Condition.allOf([.skill("sql", level: 2), .anyOf([.credential("badge"), .skill("cloud", level: 1), .credential("x")])])
        #expect(CatalogNames.phrase(condition, in: catalog) == "Sql ≥ 2 and (one of Cloud Badge, Cloud ≥ 1 or x)")
        #expect(CatalogNames.phrase(.anyOf([.skill("sql", level: 1)]), in: nil) == "sql ≥ 1")
    }

    /// Reasons survive a save; a step saved before reasons existed reads with none; a bad kind is named with its path.
    @Test func reasonsRoundTripAndOldStepsStillDecode() throws {
        func decode(_ text: String) -> (Plan.Step?, [Diagnostic]) {
            let reader = JSONReader(source: JSONSource(name: "plan.json", bytes: Array(text.utf8)))
            guard let value = reader.parse() else { return (nil, reader.diagnostics) }
            return (PlanJSON.decodeStep(reader, value, path: "steps[0]"), reader.diagnostics)
        }
        var step = Self.plan(["a"], role: "r", in: Self.catalog([Self.course("a")], roles: [])).steps[0]
        step.why = [.role(condition: 2), .prerequisite(of: "b"), .stack(of: "c"), .required]
        let (back, problems) = decode(PlanJSON.output(step).rendered())
        #expect(back == step && problems.isEmpty)

        let old = #"{"credential": "a", "title": "A", "price": 1, "hours": 2, "startWeek": 0, "endWeek": 1, "startDate": "2026-12-01", "endDate": "2026-12-08", "covers": [], "milestone": false}"#
        let (oldStep, oldProblems) = decode(old)
        #expect(oldStep?.why == [] && oldProblems.isEmpty)

        let bad = old.replacingOccurrences(of: #""milestone": false"#, with: #""milestone": false, "why": [{"kind": "because"}]"#)
        let (_, badProblems) = decode(bad)
        #expect(badProblems.contains { $0.message.contains("unknown reason \"because\"") && $0.message.contains("role, prerequisite, stack, required")
            && $0.path == "steps[0].why[0].kind" })
    }
}
