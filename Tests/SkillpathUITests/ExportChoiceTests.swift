import SkillpathCore
import Testing
@testable import SkillpathUI

/// `m` on the Plan screen: the format, the file name, the question before replacing a file.
@Suite struct ExportChoiceTests {
    /// The Plan screen with a saved plan open.
    static func planScreen() -> AppState {
        run(Fixtures.state(), [.planLoaded(.success(SessionMemoryTests.savedPlan()))]).0
    }

    static func writes(_ fx: [Effect]) -> [(path: String, bytes: [UInt8], format: PlanExport.Format, overwrite: Bool)] {
        fx.compactMap { if case .writeExport(let p, let b, let f, let o) = $0 { (p, b, f, o) } else { nil } }
    }

    @Test(arguments: [(0, PlanExport.Format.markdown), (1, .json), (2, .ics)])
    func eachFormatWritesTheEngineBytes(_ downs: Int, _ format: PlanExport.Format) throws {
        var (s, fx) = run(Self.planScreen(), [.key(.char("m"))])
        guard case .picker(let picker)? = s.modal else { Issue.record("no format list"); return }
        #expect(picker.items.map(\.label) == ["Markdown", "JSON", "iCalendar"])
        (s, fx) = run(s, Array(repeating: .key(.down), count: downs) + [.key(.enter)])
        guard case .prompt(let prompt)? = s.modal else { Issue.record("no file name prompt"); return }
        #expect(prompt.text == "analyst 2027." + format.fileExtension)
        (s, fx) = run(s, [.key(.enter)])
        let write = try #require(Self.writes(fx).first)
        #expect(write.path == "analyst 2027." + format.fileExtension && !write.overwrite && write.format == format)
        let saved = try #require(s.session?.document?.document)
        #expect(write.bytes == PlanExport.bytes(saved, format: format, catalog: Fixtures.catalog,
                                                staleReasons: saved.staleReasons(current: s.profile, catalog: Fixtures.catalog)))
        #expect(!write.bytes.isEmpty)
    }

    @Test func anExistingFileIsReplacedOnlyWhenConfirmed() throws {
        let storage = InMemoryStorage()
        var (s, fx) = run(Self.planScreen(), [.key(.char("m")), .key(.enter), .key(.ctrl("u"))] + typing("plan.md") + [.key(.enter)])
        #expect(try storage.writeExport(Self.writes(fx)[0].bytes, to: "plan.md", overwrite: false) == .written(path: "plan.md"))
        // Again: the file is there now.
        (s, fx) = run(s, [.key(.char("m")), .key(.enter), .key(.ctrl("u"))] + typing("plan.md") + [.key(.enter)])
        let again = Self.writes(fx)[0]
        #expect(try storage.writeExport(again.bytes, to: again.path, overwrite: again.overwrite) == .exists(path: "plan.md"))
        (s, fx) = run(s, [.exportExists(path: "plan.md", format: .markdown)])
        #expect(s.modal == .confirm(.overwriteExport(path: "plan.md", format: .markdown)))
        #expect(render(s).text.contains("plan.md"))
        // No keeps the file.
        (s, fx) = run(s, [.key(.char("n"))])
        #expect(s.modal == nil && Self.writes(fx).isEmpty)
        // Yes replaces it.
        (s, fx) = run(s, [.exportExists(path: "plan.md", format: .markdown), .key(.char("y"))])
        #expect(Self.writes(fx).map(\.overwrite) == [true])
        (s, _) = run(s, [.exported(paths: ["/work/plan.md"])])
        #expect(s.status == "Exported to /work/plan.md")
    }

    @Test func anUnsavedPlanIsNamedAfterItsRole() {
        let (s, _) = run(Fixtures.richState(width: 80, height: 24), [.key(.char("4")), .key(.char("m")), .key(.down), .key(.enter)])
        #expect(s.modal.map { if case .prompt(let p) = $0 { p.text } else { "" } } == "data-analyst.json")
    }

    @Test func withoutAPlanThereIsNothingToExport() {
        let (s, fx) = run(Fixtures.state(), [.key(.char("4")), .key(.char("m"))])
        #expect(s.modal == nil && fx.isEmpty)
        #expect(s.status?.contains("No plan to export") == true)
    }
}
