import Foundation
import SkillpathCore
import Testing
@testable import SkillpathTUI
@testable import SkillpathUI

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
        #expect(list.first?.stale == true, "made from an empty profile, not the saved one")
        try storage.savePlan(OpenPlan(name: nil, plan: Fixtures.dataAnalystPlan(), profile: profile), as: "current")
        #expect(try storage.listPlans().first { $0.name == "current" }?.stale == false)
        try storage.deletePlan(named: "current")
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

/// The Markdown file `m` writes carries no raw control character, whatever the plan's text holds.
@Suite struct MarkdownExportTests {
    @Test func exportOfAPlanWithEscapePayloadsIsClean() throws {
        let work = try TemporaryDirectory()
        let storage = StoreBackedStorage(home: DataHome(path: work.url.appendingPathComponent("home").path),
                                         catalog: Fixtures.catalog, exportDirectory: work.url.path)
        var plan = Fixtures.dataAnalystPlan()
        plan.steps[0].title = "Evil \u{1B}[2J\u{1B}]52;c;eA==\u{07}\u{1B}]8;;http://x\u{1B}\\l\u{1B}P1$q\u{1B}\\\u{08}\r\u{00}\u{7F}\u{9B}1m\u{202E} | cell\nnext"
        _ = try storage.savePlan(OpenPlan(name: nil, plan: plan, progress: plan.steps.map { _ in .todo }), as: "evil")
        let markdown = try String(contentsOfFile: try storage.exportMarkdown(named: "evil"), encoding: .utf8)
        let unsafe = markdown.unicodeScalars.filter {
            ($0.value < 0x20 && $0.value != 0x0A && $0.value != 0x09) || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
        }
        #expect(unsafe.isEmpty, "\(unsafe.map(\.value))")
        // The title stays in its one table row, its pipe escaped and its escapes made visible.
        #expect(markdown.contains("Evil \u{FFFD}\\[2J") && markdown.contains("\\| cell next"))
    }
}
