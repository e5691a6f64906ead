import Testing
@testable import SkillpathTUI
@testable import SkillpathUI

/// One round trip through real ncurses with no terminal: paint a frame, read the screen back.
@Suite(.serialized) struct HeadlessTerminalTests {
    @Test func paintedFrameReadsBackLikeTheGrid() throws {
        let state = Fixtures.richState(width: 80, height: 24)
        let (searched, _) = run(state, [.key(.char("/"))] + typing("東京") + [.key(.enter)])
        let terminal = try Terminal(headlessWidth: 80, height: 24)
        defer { terminal.close() }
        #expect(terminal.size.width == 80 && terminal.size.height == 24)
        let grid = render(searched)
        terminal.paint(grid)
        let expected = grid.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for y in 0..<24 { #expect(terminal.screenLine(y) == expected[y], "row \(y)") }
        #expect(expected.contains { $0.contains("東京大学") }, "the wide provider name is on screen")

        // Only the changed cells are painted; the result still matches the new frame.
        let (moved, _) = run(searched, [.key(.down)])
        let next = render(moved)
        terminal.paint(next)
        let lines = next.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for y in 0..<24 { #expect(terminal.screenLine(y) == lines[y], "row \(y) after a move") }
    }

    @Test func headlessSessionTypesASearchAndPaintsIt() throws {
        let session = try HeadlessSession(catalog: Fixtures.catalog, width: 80, height: 24, today: Fixtures.today)
        session.press(.char("/"))
        session.type("東京")
        #expect(session.state.catalogView.results.count == 2)
        #expect(session.screenText[1].contains("Search: 東京"))
        #expect(session.screenText.contains { $0.contains("統計学入門 Statistics") })
    }
}
