import Testing
import PropertyBased
@testable import SkillpathCore

/// The relaxed task reused for fewer goals (``RelaxedTask/with(goals:)``), as the closest plan
/// without limits reuses the proof's.
@Suite struct RelaxedTaskTests {
    /// Every other goal of a random case, searched with the whole task's actions and with its own
    /// task: the same optimum (or the same "no plan").
    static func checkReusedTaskFindsTheSameOptimum(seed: Int) {
        let (catalog, profile) = PlannerPropertyTests.randomCase(seed: seed)
        var problem = LandmarkSearchTests.problem(catalog, profile)
        problem.limits = []
        let task = RelaxedTask(problem: problem)
        var fewer = problem
        fewer.goals = problem.goals.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        guard let reused = task.with(goals: fewer.goals) else {
            Issue.record("seed \(seed): a goal of the task was not found")
            return
        }
        let shared = Planner.search(fewer, seconds: 10, task: reused)
        let own = Planner.search(fewer, seconds: 10)
        func cost(_ order: [Int]?) -> Cost? { order.map { $0.reduce(Cost.zero) { $0 + fewer.cost[$1] } } }
        #expect(shared.proven && own.proven, "seed \(seed)")
        #expect(cost(shared.order) == cost(own.order), "seed \(seed)")
    }

    @Test func aTaskReusedForFewerGoalsFindsTheSameOptimum() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...1_000_000_000)) { seed in
            Self.checkReusedTaskFindsTheSameOptimum(seed: seed)
        }
    }

    @Test func aGoalTheTaskWasNotCompiledForIsRefused() {
        let catalog = LandmarkCutTests.stackCatalog(parts: 3, count: 2)
        let problem = PlanningProblem(catalog: catalog, goals: catalog.roles[0].requires, profile: Profile(), exclude: [])
        let task = RelaxedTask(problem: problem)
        #expect(task.with(goals: problem.goals) != nil)
        #expect(task.with(goals: [.skill(0, level: 5)]) == nil)
    }
}
