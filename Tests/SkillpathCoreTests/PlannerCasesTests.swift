import Foundation
import Testing
import SkillpathCore
import CatalogGenerator

/// The planner reaches every proven optimum of the planner-case sets kept in the repository
/// (`Tests/Fixtures/planner-cases`: small and medium), plus any set of `../shared/planner-cases`
/// the repository lacks when `SKILLPATH_SHARED_CASES=1` asks for it (the large set runs in `make bench`).
@Suite struct PlannerCasesTests {
    /// The repository's root (three levels above this file).
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    /// The sets kept in the repository; a missing one fails the run.
    static let fixtures = repositoryRoot + "/Tests/Fixtures/planner-cases"
    static let inRepository = ["small", "medium"]

    /// Each set's directory: the repository's, then (only when asked) the extra ones beside the checkout.
    static let sets: [String] = {
        var sets = inRepository.map { fixtures + "/" + $0 }
        guard ProcessInfo.processInfo.environment["SKILLPATH_SHARED_CASES"] == "1" else { return sets }
        let shared = URL(fileURLWithPath: repositoryRoot + "/../shared/planner-cases").standardized.path
        let extra = (try? FileManager.default.contentsOfDirectory(atPath: shared)) ?? []
        sets += extra.filter { !inRepository.contains($0) }.sorted().map { shared + "/" + $0 }
        return sets
    }()

    @Test(arguments: sets)
    func everyExpectationIsMet(directory: String) throws {
        let set = (directory as NSString).lastPathComponent
        guard FileManager.default.fileExists(atPath: directory + "/cases.json") else {
            Issue.record("no planner cases at \(directory); restore Tests/Fixtures/planner-cases from git")
            return
        }
        let catalog = try CatalogLoader.load(directory: directory + "/catalog")
        let cases = try PlannerCase.load(path: directory + "/cases.json")
        #expect(!cases.isEmpty)
        let planner = Planner(catalog: catalog)
        for item in cases {
            let request = PlanRequest(role: item.role, profile: item.profile,
                                      today: CalendarDate(year: 2026, month: 12, day: 1), timeLimit: 120)
            let plan = try planner.plan(request)
            #expect(plan.optimal, "\(set) case \(item.number): not proven optimal")
            #expect(item.isMet(by: plan),
                    "\(set) case \(item.number): got feasible=\(plan.feasible) value=\(plan.value) tiebreak=\(plan.tiebreak), want feasible=\(item.feasible) value=\(item.value ?? .nan) tiebreak=\(item.tiebreak ?? .nan)")
            if !plan.feasible { #expect(!plan.unmet.isEmpty, "\(set) case \(item.number): no reason given") }
        }
    }

    @Test func samePlanForSameInput() throws {
        let directory = Self.fixtures + "/medium"
        let catalog = try CatalogLoader.load(directory: directory + "/catalog")
        let item = try #require(try PlannerCase.load(path: directory + "/cases.json").first { $0.feasible })
        let request = PlanRequest(role: item.role, profile: item.profile, today: CalendarDate(year: 2026, month: 12, day: 1))
        let first = try Planner(catalog: catalog).plan(request)
        let second = try Planner(catalog: catalog).plan(request)
        #expect(first == second)
    }
}
