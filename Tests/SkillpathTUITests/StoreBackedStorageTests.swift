import Foundation
import SkillpathCore
import Testing
@testable import SkillpathTUI

/// The interface's storage on the real profile and plan stores, in a temporary data home.
@Suite struct StoreBackedStorageTests {
    @Test func profileAndPlansRoundTrip() throws {
        let work = try TemporaryDirectory()
        let storage = StoreBackedStorage(home: DataHome(path: work.url.appendingPathComponent("home").path),
                                         catalog: Fixtures.catalog, exportDirectory: work.url.path)
        #expect(try storage.loadProfile() == Profile(), "no saved profile is an empty one")
        let profile = Profile(skills: ["sql": 2], earned: ["sheets"], hoursPerWeek: 7, targetRole: "data-analyst")
        try storage.saveProfile(profile, since: Profile())
        #expect(try storage.loadProfile() == profile)

        let document = OpenPlan(name: nil, plan: Fixtures.dataAnalystPlan(), progress: [.done, .inProgress, .todo, .todo, .skipped])
        try storage.savePlan(document, as: "my plan")
        let list = try storage.listPlans()
        #expect(list.map(\.name) == ["my plan"])
        #expect(list.first?.role == "data-analyst" && list.first?.progress == PlanProgress(done: 1, skipped: 1, inProgress: 1, total: 5))
        let loaded = try storage.loadPlan(named: "my plan")
        #expect(loaded.name == "my plan")
        #expect(loaded.progress == document.progress)
        #expect(loaded.plan.steps.map(\.credential) == document.plan.steps.map(\.credential))

        // Saving a new plan over another's name is refused; re-saving the opened one replaces it.
        #expect(throws: (any Error).self) { try storage.savePlan(document, as: "my plan") }
        var changed = loaded
        changed.mark(step: 2, .done, on: CalendarDate(daysSinceEpoch: 20_000))
        try storage.savePlan(changed, as: "my plan")
        #expect(try storage.loadPlan(named: "my plan").progress[2] == .done)

        let path = try storage.exportMarkdown(named: "my plan")
        let markdown = try String(contentsOfFile: path, encoding: .utf8)
        #expect(path.hasPrefix(work.url.path) && markdown.contains("SQL Basics"))

        try storage.savePlan(document, as: "other")
        #expect { try storage.renamePlan(from: "other", to: "my plan") } throws: { error in
            "\(error)" == "a plan named “my plan” already exists; choose another name"
        }
        try storage.renamePlan(from: "other", to: "second")
        try storage.deletePlan(named: "my plan")
        #expect(try storage.listPlans().map(\.name) == ["second"])
        #expect(throws: (any Error).self) { try storage.savePlan(document, as: "a/b") }
    }
}
