import Testing
import PropertyBased
@testable import SkillpathCore

/// The landmark search's parts on small random catalogs: every valid plan meets the prerequisite
/// clauses the hitting set adds, a shrunk landmark is a landmark and minimal, and the search with
/// both limits set agrees with brute force.
@Suite struct LandmarkSearchTests {
    static func problem(_ catalog: Catalog, _ profile: Profile) -> PlanningProblem {
        let goals = catalog.roles[0].requires + profile.require.map { Condition.credential($0) }
        return PlanningProblem(catalog: catalog, goals: goals, profile: profile, exclude: [], today: PlannerPropertyTests.start)
    }

    @Test func everyValidPlanMeetsThePrerequisiteClauses() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...1_000_000_000)) { seed in
            let (catalog, profile) = PlannerPropertyTests.randomCase(seed: seed)
            let problem = Self.problem(catalog, profile)
            let clauses = problem.cost.indices.map { problem.prerequisiteClauses(of: $0) }
            PlannerPropertyTests.forEachValidSet(catalog, profile) { chosen, _ in
                let held = Set(chosen.compactMap { catalog.credentialIndex[$0.id] })
                for c in held {
                    for clause in clauses[c] {
                        #expect(clause.contains(where: held.contains), "seed \(seed): \(catalog.credentials[c].id) misses a clause \(clause)")
                    }
                }
            }
        }
    }

    @Test func shrunkLandmarksAreMinimalLandmarks() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...1_000_000_000)) { seed in
            let (catalog, profile) = PlannerPropertyTests.randomCase(seed: seed)
            let problem = Self.problem(catalog, profile)
            let candidates = problem.usable.indices.filter { problem.usable[$0] }
            // A stuck set: the usable credentials whose bit is set in the seed.
            let set = candidates.filter { seed >> ($0 % 30) & 1 == 1 }
            let reached = problem.closureState(of: set)
            func reachesGoals(_ allowed: [Int]) -> Bool {
                let state = problem.closureState(of: allowed)
                return problem.goals.allSatisfy { $0.holds(held: state.held, levels: state.levels) }
            }
            guard !reachesGoals(set) else { return }
            let frontier = candidates.filter { c in
                !reached.held[c] && !set.contains(c) && problem.prerequisites.holds(c, held: reached.held, levels: reached.levels)
            }
            guard !frontier.isEmpty else { return }
            var allowed = problem.usable
            for c in frontier { allowed[c] = false }
            var shrinker = LandmarkShrinker(problem: problem, allowed: allowed, held: reached.held, levels: reached.levels)
            let landmark = shrinker.shrink(frontier.reversed(), until: .never)
            let rest = candidates.filter { !landmark.contains($0) }
            #expect(!reachesGoals(rest), "seed \(seed): \(landmark) is not a landmark")
            for c in landmark {
                #expect(reachesGoals(rest + [c]), "seed \(seed): \(landmark) is not minimal at \(c)")
            }
        }
    }

    @Test func searchUnderBothLimitsMatchesBruteForce() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...1_000_000_000)) { seed in
            let (catalog, profile) = LagrangianBoundTests.limitedCase(seed: seed)
            var search = LandmarkSearch(problem: Self.problem(catalog, profile))
            search.run(until: .never)
            let expected = PlannerPropertyTests.bruteForce(catalog, profile)
            #expect((search.best != nil) == (expected != nil), "seed \(seed)")
            if let order = search.best?.order, let expected {
                let got = PlannerPropertyTests.measure(order.map { catalog.credentials[$0] }, profile)
                #expect(abs(got.0 - expected.0) < 1e-6 && abs(got.1 - expected.1) < 1e-6, "seed \(seed): \(got), brute force \(expected)")
            }
        }
    }
}
