import Testing
import PropertyBased
@testable import SkillpathCore

/// The Lagrangian bound of ``BranchAndBound`` (``LagrangianBound``) never cuts off an optimum: with
/// a budget and an hours limit on every random case, branch and bound agrees with brute force, and
/// the tuned root bound is at most the optimum.
@Suite struct LagrangianBoundTests {
    /// A random case of ``PlannerPropertyTests`` with both limits set, from loose to tight.
    static func limitedCase(seed: Int) -> (Catalog, Profile) {
        let (catalog, random) = PlannerPropertyTests.randomCase(seed: seed)
        var profile = random
        profile.budget = Double(seed % 9 * 25)
        profile.maxHours = Double(seed / 9 % 9 * 10)
        return (catalog, profile)
    }

    @Test func branchAndBoundUnderBothLimitsMatchesBruteForce() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...1_000_000_000)) { seed in
            let (catalog, profile) = Self.limitedCase(seed: seed)
            let goals = catalog.roles[0].requires + profile.require.map { Condition.credential($0) }
            let problem = PlanningProblem(catalog: catalog, goals: goals, profile: profile, exclude: [],
                                          today: PlannerPropertyTests.start)
            var search = BranchAndBound(problem: problem)
            search.run(until: .never)
            let expected = PlannerPropertyTests.bruteForce(catalog, profile)
            #expect((search.best != nil) == (expected != nil), "seed \(seed)")
            if let order = search.best?.order, let expected {
                let got = PlannerPropertyTests.measure(order.map { catalog.credentials[$0] }, profile)
                #expect(abs(got.0 - expected.0) < 1e-6 && abs(got.1 - expected.1) < 1e-6,
                        "seed \(seed): \(got), brute force \(expected)")
            }
        }
    }

    @Test func tunedRootBoundIsAtMostTheOptimum() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...1_000_000_000)) { seed in
            let (catalog, profile) = Self.limitedCase(seed: seed)
            let goals = catalog.roles[0].requires + profile.require.map { Condition.credential($0) }
            let problem = PlanningProblem(catalog: catalog, goals: goals, profile: profile, exclude: [],
                                          today: PlannerPropertyTests.start)
            guard !problem.limits.isEmpty else { return }
            var exact = LandmarkSearch(problem: problem)
            exact.run(until: .never)
            guard let optimum = exact.best else { return }
            let weights = problem.weights
            let task = RelaxedTask(problem: problem)
            var landmarks = LandmarkCut(task: task)
            let cost = task.credential.map { c in c != RelaxedTask.auxiliary ? weights.scalar(problem.cost[Int(c)]) : 0 }
            let lagrangian = LagrangianBound.tune(problem: problem, landmarks: &landmarks, objectiveCost: cost, until: .never)
            let raised = lagrangian.raised(cost, task: task, chosen: [Bool](repeating: false, count: problem.cost.count))
            guard let estimate = landmarks.estimate(actionCost: raised, goals: task.goals) else {
                Issue.record("seed \(seed): the raised task is unreachable though a plan exists")
                return
            }
            let root = estimate.value - lagrangian.slack(spent: [Int64](repeating: 0, count: problem.limits.count))
            #expect(root <= weights.scalar(optimum.cost), "seed \(seed): root bound \(root) over the optimum")
        }
    }
}
