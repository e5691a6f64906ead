import Testing
import SkillpathCore

/// `RoleRanking`: every role planned from one profile, cheapest first, infeasible last, each entry
/// the plan the planner gives for that role alone.
@Suite struct RoleRankingTests {
    static let start = CalendarDate(year: 2027, month: 1, day: 4)

    /// Four roles: two tied at $20 (ordered by id), one at $10, one no credential can meet.
    static func catalog() -> Catalog {
        PlannerTests.catalog([
            Credential(id: "sql-1", title: "SQL 1", provider: "p", type: .course, hours: 30, price: 10, skills: [SkillLevel(skill: "sql", level: 1)]),
            Credential(id: "sql-2", title: "SQL 2", provider: "p", type: .course, hours: 5, price: 10,
                       skills: [SkillLevel(skill: "sql", level: 2)], requires: [.credential("sql-1")]),
            Credential(id: "py-2", title: "Python 2", provider: "q", type: .course, hours: 8, price: 20, skills: [SkillLevel(skill: "python", level: 2)]),
        ], roles: [
            Role(id: "zeta-analyst", title: "Zeta", requires: [.skill("sql", level: 2)]),
            Role(id: "alpha-dev", title: "Alpha", requires: [.skill("python", level: 2)]),
            Role(id: "beta-sql", title: "Beta", requires: [.skill("sql", level: 1)]),
            Role(id: "cloud", title: "Cloud", requires: [.skill("cloud", level: 3)]),
            Role(id: "architect", title: "Architect", requires: [.skill("cloud", level: 1), .skill("stats", level: 4)]),
        ])
    }

    @Test func cheapestFirstThenRoleIdThenInfeasible() throws {
        let ranking = try RoleRanking(catalog: Self.catalog(), profile: Profile(startDate: Self.start))
        #expect(ranking.entries.map(\.role) == ["beta-sql", "alpha-dev", "zeta-analyst", "architect", "cloud"])
        #expect(ranking.entries.map(\.plan.value) == [10, 20, 20, 0, 0])
        #expect(ranking.feasible.map(\.role) == ["beta-sql", "alpha-dev", "zeta-analyst"])
        #expect(ranking.infeasible.map(\.role) == ["architect", "cloud"])
        #expect(ranking.entries.map(\.title) == ["Beta", "Alpha", "Zeta", "Architect", "Cloud"])
        #expect(ranking.infeasible.allSatisfy { !$0.reasons.isEmpty })
    }

    @Test func theObjectiveDecidesTheOrder() throws {
        var profile = Profile(startDate: Self.start)
        profile.objective = .time
        let ranking = try RoleRanking(catalog: Self.catalog(), profile: profile)
        // By hours: alpha-dev 8, beta-sql 30, zeta-analyst 35.
        #expect(ranking.feasible.map(\.role) == ["alpha-dev", "beta-sql", "zeta-analyst"])
        #expect(ranking.feasible.map(\.plan.value) == [8, 30, 35])
    }

    @Test func aBudgetMovesRolesToTheEnd() throws {
        var profile = Profile(startDate: Self.start)
        profile.budget = 15
        let ranking = try RoleRanking(catalog: Self.catalog(), profile: profile)
        #expect(ranking.entries.map(\.role) == ["beta-sql", "alpha-dev", "architect", "cloud", "zeta-analyst"])
        #expect(ranking.entries.map(\.plan.feasible) == [true, false, false, false, false])
    }

    @Test func reasonsAreListedOnceEach() {
        let plan = Plan(role: "r", objective: .cost, feasible: false, value: 0, tiebreak: 0,
                        totals: .init(price: 0, hours: 0, weeks: 0, credentials: 0), steps: [],
                        unmet: [.init(condition: .skill("a", level: 1), reason: "over budget"),
                                .init(condition: .skill("b", level: 1), reason: "no credential grants b"),
                                .init(condition: .skill("c", level: 1), reason: "over budget")],
                        startDate: Self.start, hoursPerWeek: 10)
        #expect(RoleRanking.Entry(role: "r", title: "R", plan: plan).reasons == ["over budget", "no credential grants b"])
    }

    @Test func anUnknownIdInTheProfileIsAnError() {
        var profile = Profile(startDate: Self.start)
        profile.earned = ["nope"]
        #expect(throws: PlanningError.self) { try RoleRanking(catalog: Self.catalog(), profile: profile) }
    }

    /// On the shipped catalog each entry is the plan of that role alone, whichever thread planned
    /// it. (No budget here: the over-budget reasons of an infeasible plan come from searches with
    /// a wall-clock limit, so their numbers can differ between runs on a busy machine; the small
    /// catalog above covers infeasible roles.)
    @Test func shippedCatalogEqualsPlanningEachRoleAlone() throws {
        let catalog = try ShippedCatalogTests.catalog()
        var profile = Profile(hoursPerWeek: 10, startDate: Self.start)
        profile.skills = ["sql": 2]
        profile.objective = .time
        let ranking = try RoleRanking(catalog: catalog, profile: profile, today: Self.start, timeLimit: ShippedCatalogTests.timeLimit)
        #expect(ranking.entries.count == catalog.roles.count)
        #expect(Set(ranking.entries.map(\.role)) == Set(catalog.roles.map(\.id)))
        #expect(ranking.feasible.count > catalog.roles.count / 2)
        let planner = Planner(catalog: catalog)
        for entry in ranking.entries {
            let alone = try planner.plan(PlanRequest(role: entry.role, profile: profile, today: Self.start,
                                                     timeLimit: ShippedCatalogTests.timeLimit))
            if alone.feasible {
                #expect(entry.plan == alone, "\(entry.role)")
            } else {
                #expect(!entry.plan.feasible && entry.plan.unmet.map(\.condition) == alone.unmet.map(\.condition), "\(entry.role)")
            }
        }
        #expect(RoleRanking.ordered(ranking.entries.shuffled()) == ranking.entries)
        for (a, b) in zip(ranking.feasible, ranking.feasible.dropFirst()) {
            #expect(a.plan.value < b.plan.value || (a.plan.value == b.plan.value && a.role < b.role))
        }
    }
}
