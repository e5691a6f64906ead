import Foundation
import SkillpathCore
import Testing
@testable import SkillpathTUI
@testable import SkillpathUI

/// The interface's export (`m` on the Plan screen, performed by the runner's storage effect) writes
/// byte for byte what `skillpath plans export NAME --format …` prints for the same saved plan.
@Suite(.serialized) struct ExportBytesTests {
    @Test(arguments: [(0, PlanExport.Format.markdown), (1, .json), (2, .ics)])
    func theInterfaceWritesTheCommandLinesBytes(_ downs: Int, _ format: PlanExport.Format) throws {
        let binary = try EndToEndTests.builtBinary()
        let work = try TemporaryDirectory()
        let catalogPath = try TinyCatalog.write(into: work.url.appendingPathComponent("catalog"))
        let home = work.url.appendingPathComponent("home").path
        let cli = "env SKILLPATH_HOME=\(shellQuoted(home)) \(shellQuoted(binary))"
        let catalogOption = "--catalog \(shellQuoted(catalogPath))"
        // A saved plan with progress and a profile, made by the command line.
        #expect(shell("\(cli) profile set --skill sql=1 --hours-per-week 6 \(catalogOption) 2>&1").status == 0)
        #expect(shell("\(cli) plan --role junior-analyst --save 'e2e plan' \(catalogOption) >/dev/null 2>&1").status == 0)
        #expect(shell("\(cli) plans mark 'e2e plan' sql-basics done 2>&1").status == 0)
        let expectedFile = work.url.appendingPathComponent("cli." + format.fileExtension).path
        #expect(shell("\(cli) plans export 'e2e plan' --format \(format.rawValue) \(catalogOption) > \(shellQuoted(expectedFile))").status == 0)
        let expected = try Data(contentsOf: URL(fileURLWithPath: expectedFile))
        #expect(expected.count > 100)

        // The interface: open the saved plan, m, the format, the proposed name; the runner performs the write.
        let catalog = try CatalogLoader.load(directory: catalogPath)
        let exports = work.url.appendingPathComponent("exports").path
        try FileManager.default.createDirectory(atPath: exports, withIntermediateDirectories: true)
        let storage = StoreBackedStorage(home: DataHome(path: home), catalog: catalog, exportDirectory: exports)
        var state = AppState(catalog: catalog, profile: try storage.loadProfile(), today: .today(), width: 100, height: 30)
        var effects: [Effect] = []
        for action in [Action.planLoaded(.success(try storage.loadPlan(named: "e2e plan"))), .key(.char("m"))]
            + Array(repeating: .key(.down), count: downs) + [.key(.enter), .key(.enter)] {
            (state, effects) = update(state, action)
        }
        let write = try #require(effects.first)
        let results = try #require(write.performStorage(storage))
        let path = exports + "/e2e plan." + format.fileExtension
        #expect(results.count == 1)
        if case .exported(let paths)? = results.first { #expect(paths == [path]) } else { Issue.record("not written: \(results)") }
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(written == expected, "the interface's \(format.title) differs from the command line's")

        // Again: the file exists, so the interface asks; only yes replaces it.
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: path))
        let again = try #require(write.performStorage(storage))
        #expect(again.count == 1)
        if case .exportExists(let existing, let f)? = again.first { #expect(existing == path && f == format) } else { Issue.record("not asked: \(again)") }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("keep me".utf8), "left as it was")
        (state, effects) = update(state, again[0])
        (state, effects) = update(state, .key(.char("y")))
        _ = try #require(effects.first).performStorage(storage)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == expected)
    }
}
