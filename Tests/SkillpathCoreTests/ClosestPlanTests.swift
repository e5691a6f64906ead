import Testing
@testable import SkillpathCore

/// The closest plan (PLANNING.md, "The closest plan") and the grouped, deterministic reasons.
@Suite struct ClosestPlanTests {
    /// Skills a and b come together in `ab` (€749, 10 h); c from `c1` (€100, 5 h) or `c2` (€200, 1 h).
    /// The role needs a, b and c at level 1.
    static let catalog: Catalog = {
        let skills = ["a", "b", "c"].map { Skill(id: $0, name: $0.uppercased(), category: "C") }
        func credential(_ id: String, _ price: Double, _ hours: Double, _ skills: [String]) -> Credential {
            Credential(id: id, title: id.uppercased(), provider: "p", type: .course, hours: hours, price: price,
                       skills: skills.map { SkillLevel(skill: $0, level: 1) }, requires: [], stack: nil, accredited: true)
        }
        return Catalog(info: .init(name: "closest", version: "1", currency: "EUR"), skills: skills,
                       providers: [Provider(id: "p", name: "P", kind: .platform)],
                       roles: [Role(id: "r", title: "R", requires: [.skill("a", level: 1), .skill("b", level: 1), .skill("c", level: 1)])],
                       credentials: [credential("ab", 749, 10, ["a", "b"]), credential("c1", 100, 5, ["c"]), credential("c2", 200, 1, ["c"])])
    }()

    static func plan(_ profile: Profile) throws -> Plan {
        var profile = profile
        profile.startDate = PlannerTests.start
        return try Planner(catalog: catalog).plan(PlanRequest(role: "r", profile: profile, today: PlannerTests.start))
    }

    @Test func closestMeetsTheMostConditionsAndIsCheapestAtThatCount() throws {
        let plan = try Self.plan(Profile(budget: 300))
        let closest = try #require(plan.closest)
        #expect(!plan.feasible && closest.meets == 1 && closest.of == 3)
        #expect(closest.steps.map(\.credential) == ["c1"] && closest.value == 100 && closest.optimal)
        #expect(closest.unmet.map(\.condition) == [0, 1])
        #expect(closest.steps.allSatisfy { !$0.why.isEmpty })
    }

    @Test func aConditionLeftOutWithTheOthersSaysSo() throws {
        let plan = try Self.plan(Profile(budget: 800))
        let closest = try #require(plan.closest)
        #expect(closest.meets == 2 && closest.steps.map(\.credential) == ["ab"])
        #expect(closest.unmet == [ClosestPlan.Unmet(condition: 2, reason:
            "over budget: meeting it as well as the 2 conditions met costs at least €849, more than the budget of €800")])
        #expect(plan.unmet.map(\.reason) == closest.unmet.map(\.reason))
    }

    @Test func closestIsNullWhenARequiredCredentialCannotBeTaken() throws {
        var profile = Profile(budget: 300)
        profile.require = ["ab"]
        let plan = try Self.plan(profile)
        #expect(!plan.feasible && plan.closest == nil)
        #expect(PlanJSON.output(plan).rendered(pretty: false).contains("\"closest\":null"))
        #expect(plan.unmet.map(\.reason) == ["over budget: meeting it costs at least €749, more than the budget of €300"])
    }

    @Test func reasonsAreGroupedOnceWithTheCurrency() throws {
        let plan = try Self.plan(Profile(budget: 300))
        let reason = "over budget: meeting it costs at least €749, more than the budget of €300"
        #expect(plan.unmet.map(\.reason) == [reason, reason])
        #expect(plan.groupedUnmet.count == 1 && plan.groupedUnmet[0].conditions.count == 2)
        let text = PlanText(plan: plan, catalog: Self.catalog).render()
        #expect(text.components(separatedBy: reason).count == 2, "\(text)")
        #expect(text.contains("The closest plan you can make meets 1 of the 3 requirements:"))
        #expect(text.contains("C1") && text.contains("€100"))
        let markdown = PlanMarkdown(plan: plan, catalog: Self.catalog).render()
        #expect(markdown.components(separatedBy: reason).count == 2, "\(markdown)")
        #expect(markdown.contains("## The closest plan") && markdown.contains("meets 1 of the 3 requirements") && markdown.contains("`c1`"))
    }

    @Test func reasonsAreTheSameOnEveryRunAndNeverLackAnAmount() throws {
        for budget in [0.0, 50, 300, 800] {
            let first = try Self.plan(Profile(budget: budget))
            for _ in 0..<5 {
                let again = try Self.plan(Profile(budget: budget))
                #expect(again.unmet == first.unmet && again.closest == first.closest)
            }
            for reason in first.unmet.map(\.reason) + (first.closest?.unmet.map(\.reason) ?? []) {
                #expect(!reason.isEmpty)
                if let range = reason.range(of: "at least ") {
                    #expect(reason[range.upperBound...].first.map { $0.isNumber || $0 == "€" } == true, "\(reason)")
                }
            }
        }
    }

    @Test func closestJSONHasTheContractShape() throws {
        let plan = try Self.plan(Profile(budget: 300))
        let json = PlanJSON.output(plan).rendered(pretty: false)
        #expect(json.contains(#""closest":{"meets":1,"of":3,"objective":{"kind":"cost","value":100.0},"totals":{"price":100.0,"hours":5.0,"#))
        #expect(json.contains(#""unmet":[{"condition":0,"reason":"over budget: meeting it costs at least €749, more than the budget of €300"}"#))
        let feasible = try Self.plan(Profile())
        #expect(!PlanJSON.output(feasible).rendered(pretty: false).contains("closest"))
    }

    /// The one search with stand-ins and the levels of condition sets (two independent exact
    /// methods) find the same number of conditions met and the same optimum, on random cases with
    /// limits, pins, filters and unreachable conditions. Fails if either prunes a set it should not.
    @Test func standInsAndLevelsAgree() throws {
        var compared = 0
        for seed in 1...400 {
            let (catalog, profile) = PlannerPropertyTests.randomCase(seed: seed)
            let request = PlanRequest(role: "r", profile: profile, today: PlannerPropertyTests.start)
            let planner = Planner(catalog: catalog)
            guard let plan = try? planner.plan(request), !plan.feasible else { continue }
            let role = catalog.roles[0]
            let fixed = Planner.requiredGoals(request, role: role)
            let problem = PlanningProblem(catalog: catalog, goals: role.requires + fixed, profile: profile, exclude: [],
                                          today: request.today)
            let relaxed = try #require(problem.withStandIns(for: role.requires, fixed: fixed))
            let found = Planner.search(relaxed, seconds: 10)
            let levels = planner.closestOrderByLevels(conditions: role.requires, fixed: fixed, problem: problem,
                                                      request: request, until: .never)
            #expect(found.proven && levels?.proven != false, "seed \(seed)")
            #expect((found.order == nil) == (levels == nil) && (plan.closest == nil) == (levels == nil), "seed \(seed)")
            guard let order = found.order?.filter({ $0 < relaxed.standInStart }), let levels else { continue }
            func summary(_ order: [Int]) -> (meets: Int, cost: Cost) {
                let state = problem.closureState(of: order)
                let meets = role.requires.filter { Requirement($0, in: catalog).holds(held: state.held, levels: state.levels) }.count
                return (meets, order.reduce(Cost.zero) { $0 + problem.cost[$1] })
            }
            let (a, b) = (summary(order), summary(levels.order))
            #expect(a.meets == b.meets && a.cost == b.cost, "seed \(seed): stand-ins \(a), levels \(b)")
            #expect(plan.closest?.meets == a.meets, "seed \(seed)")
            compared += 1
        }
        #expect(compared > 20, "too few infeasible cases (\(compared)) to compare the two methods")
    }

    /// The levels only try a set whose every subset one smaller is feasible.
    @Test func nextLevelJoinsOnlySetsWhoseSubsetsAreFeasible() {
        #expect(Planner.nextLevel([[0], [1], [2]]) == [[0, 1], [0, 2], [1, 2]])
        #expect(Planner.nextLevel([[0, 1], [0, 2], [1, 2], [1, 3]]) == [[0, 1, 2]])
        #expect(Planner.nextLevel([[0], [2]]) == [[0, 2]])
    }
}
