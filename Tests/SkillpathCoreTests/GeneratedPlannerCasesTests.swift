import Foundation
import Testing
@testable import SkillpathCore
import CatalogGenerator

/// Planner cases with the version 2 keys (`onlyProviders`, `require`, `avoid`, `maxHours`,
/// `deadline`, and retired credentials in the catalog), made by the generator on small catalogs,
/// proven by the brute force of ``PlannerPropertyTests``, written as `cases.json`, read back, and
/// met by the planner.
@Suite struct GeneratedPlannerCasesTests {
    static let start = CalendarDate(year: 2026, month: 12, day: 1)

    /// A generated catalog of `credentials` credentials, with every fourth retiring around the
    /// start (some before it), half of those naming the next credential as successor.
    static func catalog(seed: UInt64, credentials: Int) -> Catalog {
        CatalogGenerator(seed: seed, credentials: credentials).catalog().retiring(around: start)
    }

    @Test(arguments: [UInt64(7), 11, 23])
    func generatedCasesAreProvenByBruteForceAndMet(seed: UInt64) throws {
        let catalog = Self.catalog(seed: seed, credentials: 12)
        var cases = PlannerCase.generate(for: catalog, count: 30, seed: seed, start: Self.start)
        for i in cases.indices {
            let role = try #require(catalog.role(cases[i].role))
            let optimum = PlannerPropertyTests.bruteForce(catalog, cases[i].profile, role: role)
            cases[i].hasExpectation = true
            cases[i].feasible = optimum != nil
            cases[i].value = optimum?.0
            cases[i].tiebreak = optimum?.1
        }
        // The keys under test appear, and the proven set has both outcomes.
        #expect(cases.contains { !$0.profile.onlyProviders.isEmpty } && cases.contains { $0.profile.maxHours != nil }
                && cases.contains { $0.profile.deadline != nil } && cases.contains { !$0.profile.require.isEmpty })
        #expect(cases.contains(where: \.feasible) && cases.contains { !$0.feasible },
                "seed \(seed): \(cases.filter(\.feasible).count) of \(cases.count) feasible")

        let file = NSTemporaryDirectory() + "skillpath-cases-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try PlannerCase.render(cases).write(toFile: file, atomically: true, encoding: .utf8)
        let loaded = try PlannerCase.load(path: file)
        #expect(loaded.map(\.profile) == cases.map(\.profile))
        let planner = Planner(catalog: catalog)
        for item in loaded {
            let plan = try planner.plan(PlanRequest(role: item.role, profile: item.profile, today: Self.start))
            #expect(item.isMet(by: plan) && plan.optimal,
                    "seed \(seed) case \(item.number): planner \(plan.feasible) \(plan.value)/\(plan.tiebreak), brute force \(item.feasible) \(item.value ?? -1)/\(item.tiebreak ?? -1)")
        }
    }
}
