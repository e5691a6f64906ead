import Foundation
import Testing
import PropertyBased
@testable import SkillpathCore

/// On small random catalogs with random progress on an optimal plan, re-planning never drops a
/// step with progress, gives a valid plan, and is optimal for the remaining goal (checked against
/// ``PlannerPropertyTests/bruteForce(_:_:)``).
@Suite struct ReplanPropertyTests {
    static let day = CalendarDate(year: 2026, month: 12, day: 1)

    @Test func replanKeepsProgressAndIsOptimalForWhatRemains() async {
        await propertyCheck(count: 250, input: Gen.int(in: 0...1_000_000_000)) { seed in
            var (catalog, profile) = PlannerPropertyTests.randomCase(seed: seed)
            profile.startDate = Self.day
            guard let plan = try? Planner(catalog: catalog).plan(PlanRequest(role: "r", profile: profile, today: Self.day)),
                  plan.feasible else { return }
            var saved = SavedPlan(name: "p", plan: plan, profile: profile, includeRecommended: false, catalog: catalog,
                                  now: Date(timeIntervalSince1970: 0))
            var random = PlannerPropertyTests.Random(state: UInt64(seed) &+ 7)
            for i in saved.progress.indices {
                saved.progress[i].mark(StepStatus.allCases[random.int(0...3)], on: Self.day.adding(days: random.int(0...30)))
            }
            // The profile moves on too: sometimes a step's credential is also marked earned there.
            var current = profile
            if !saved.progress.isEmpty, random.int(0...2) == 0 {
                current.earned.append(saved.progress[random.int(0...(saved.progress.count - 1))].credential)
            }
            if random.int(0...3) == 0 { current.hoursPerWeek = 12 }
            guard let result = try? saved.replanned(current: current, catalog: catalog, today: Self.day) else {
                Issue.record("seed \(seed): re-plan threw"); return
            }
            for entry in saved.progress where entry.hasProgress {
                #expect(result.progress.contains(entry), "seed \(seed): \(entry.credential) (\(entry.status)) was dropped")
            }
            #expect(result.progress.map(\.credential) == result.plan.steps.map(\.credential), "seed \(seed)")
            #expect(Set(result.progress.map(\.credential)).count == result.progress.count, "seed \(seed): a step twice")

            let remaining = saved.replanProfile(current: current)
            let expected = PlannerPropertyTests.bruteForce(catalog, remaining)
            #expect(result.plan.feasible == (expected != nil), "seed \(seed)")
            guard let expected, result.plan.feasible else { return }
            #expect(abs(result.plan.value - expected.0) < 1e-6 && abs(result.plan.tiebreak - expected.1) < 1e-6,
                    "seed \(seed): re-plan \(result.plan.value)/\(result.plan.tiebreak), brute force \(expected.0)/\(expected.1)")
            // Valid: from the remaining profile, each newly planned step can be taken when it comes, and the role is met.
            var held = Set(remaining.earned)
            func level(_ s: String) -> Int {
                held.reduce(remaining.skills[s] ?? 0) { max($0, catalog.credential($1)?.grantedLevel(s) ?? 0) }
            }
            for (step, entry) in zip(result.plan.steps, result.progress) where !held.contains(step.credential) && entry.status != .skipped {
                let c = catalog.credential(step.credential)!
                #expect(!remaining.avoid.contains(c.id), "seed \(seed): \(c.id) is avoided")
                #expect(c.requires.allSatisfy { $0.holds(hasCredential: { held.contains($0) }, level: level) }
                        && (c.stack.map { s in s.of.filter { held.contains($0) }.count >= s.count } ?? true),
                        "seed \(seed): \(c.id) is not ready when it comes")
                held.insert(c.id)
            }
            #expect(catalog.roles[0].requires.allSatisfy { $0.holds(hasCredential: { held.contains($0) }, level: level) },
                    "seed \(seed): the role is not met")
            #expect(remaining.require.allSatisfy(held.contains), "seed \(seed): a pinned step is missing")
        }
    }
}
