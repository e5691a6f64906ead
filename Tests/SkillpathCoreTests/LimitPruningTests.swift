import Testing
@testable import SkillpathCore

/// ``PlanningProblem/prunedByLimits()``: a credential that no plan within a limit can take (by its
/// own amount plus what its prerequisites need) is dropped, and nothing else is.
@Suite struct LimitPruningTests {
    /// python ≥ 3 from `advanced` (12 h, needs `intro`, 8 h) or `quick` (15 h, no prerequisite).
    static let catalog = PlannerTests.catalog([
        Credential(id: "intro", title: "Intro", provider: "p", type: .course, hours: 8, price: 20,
                   skills: [SkillLevel(skill: "python", level: 1)]),
        Credential(id: "advanced", title: "Advanced", provider: "p", type: .course, hours: 12, price: 30,
                   skills: [SkillLevel(skill: "python", level: 3)], requires: [.credential("intro")]),
        Credential(id: "quick", title: "Quick", provider: "p", type: .course, hours: 15, price: 90,
                   skills: [SkillLevel(skill: "python", level: 3)]),
    ], roles: [Role(id: "r", title: "R", requires: [.skill("python", level: 3)])])

    static func usable(_ profile: Profile) -> [String] {
        let problem = PlanningProblem(catalog: catalog, goals: catalog.role("r")!.requires, profile: profile,
                                      exclude: [], today: PlannerTests.start).prunedByLimits()
        return catalog.credentials.indices.filter { problem.usable[$0] }.map { catalog.credentials[$0].id }
    }

    @Test func aChainOverTheLimitIsDroppedAndTheRestKept() throws {
        #expect(Self.usable(Profile(startDate: PlannerTests.start)) == ["intro", "advanced", "quick"])
        // advanced needs intro first: 20 h in all, over 19 h; quick alone fits.
        #expect(Self.usable(Profile(startDate: PlannerTests.start, maxHours: 19)) == ["intro", "quick"])
        #expect(Self.usable(Profile(startDate: PlannerTests.start, maxHours: 20)) == ["intro", "advanced", "quick"])
        // The budget prunes on price: quick alone costs 90.
        #expect(Self.usable(Profile(startDate: PlannerTests.start, budget: 89)) == ["intro", "advanced"])
    }

    @Test func thePlanIsTheSameOptimum() throws {
        let planner = Planner(catalog: Self.catalog)
        let plan = try planner.plan(PlanRequest(role: "r", profile: Profile(startDate: PlannerTests.start, maxHours: 19),
                                                today: PlannerTests.start))
        #expect(plan.feasible && plan.optimal && plan.steps.map(\.credential) == ["quick"] && plan.value == 90)
    }
}
