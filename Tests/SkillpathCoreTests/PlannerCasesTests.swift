import Foundation
import Testing
import SkillpathCore
import CatalogGenerator

/// The planner reaches every proven optimum of ../shared/planner-cases (small and medium; the
/// large set runs in `make bench`).
@Suite struct PlannerCasesTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/planner-cases").standardized.path

    @Test(arguments: ["small", "medium"])
    func everyExpectationIsMet(set: String) throws {
        let directory = Self.root + "/" + set
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
        let directory = Self.root + "/medium"
        let catalog = try CatalogLoader.load(directory: directory + "/catalog")
        let item = try #require(try PlannerCase.load(path: directory + "/cases.json").first { $0.feasible })
        let request = PlanRequest(role: item.role, profile: item.profile, today: CalendarDate(year: 2026, month: 12, day: 1))
        let first = try Planner(catalog: catalog).plan(request)
        let second = try Planner(catalog: catalog).plan(request)
        #expect(first == second)
    }
}
