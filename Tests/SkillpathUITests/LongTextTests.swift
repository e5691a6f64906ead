import Foundation
import SkillpathCore
import Testing
@testable import SkillpathUI

/// Very long text (a megabyte title with no space) is laid out correctly and in one pass: the
/// screens draw it cut to their width, the detail pane wraps it, and keys still work.
@Suite struct LongTextTests {
    /// 1,000,000 letters a…z repeated, no space.
    static let megabyte = String((0..<1_000_000).map { Character(Unicode.Scalar(UInt8(97 + $0 % 26))) })

    static func catalog(title: String) -> Catalog {
        let base = Fixtures.catalog
        var credentials = base.credentials
        credentials[0].title = title
        return Catalog(info: base.info, skills: base.skills, providers: base.providers, roles: base.roles, credentials: credentials)
    }

    @Test func wrapCutsALongWordIntoFullLines() {
        let lines = TextWidth.wrap("ab " + Self.megabyte, width: 100)
        #expect(lines.first == "ab")
        #expect(lines.count == 1 + 10_000)
        #expect(lines.dropFirst().allSatisfy { TextWidth.width($0) == 100 })
        #expect(lines.dropFirst().joined() == Self.megabyte)
        // At most `maxLines` lines, the last saying that text was left out.
        let capped = TextWidth.wrap(Self.megabyte, width: 100, maxLines: 3)
        #expect(capped == [String(Self.megabyte.prefix(100)), String(Self.megabyte.dropFirst(100).prefix(100)), "…"])
        #expect(TextWidth.wrap("one two", width: 3, maxLines: 2) == ["one", "two"])
        #expect(TextWidth.wrap("a\tb\nc  d", width: 80) == ["a b c d"])
        // Wide characters never straddle a line; a line too narrow for one still makes progress.
        #expect(TextWidth.wrap("中文字", width: 3) == ["中", "文", "字"])
        #expect(TextWidth.wrap("中文", width: 1) == ["中", "文"])
    }

    @Test func truncateReadsOnlyWhatFits() {
        #expect(TextWidth.truncate(Self.megabyte, to: 10) == "abcdefghi…")
        #expect(TextWidth.truncate("abcdefghij", to: 10) == "abcdefghij")
        #expect(TextWidth.truncate("中文字", to: 4) == "中…")
        #expect(TextWidth.truncate("a\u{1B}[2Jb", to: 3) == "a\u{FFFD}…")
        #expect(TextWidth.truncate("a\u{202E}b", to: 5) == "a\u{FFFD}b", "bidi controls are made visible too")
        var grid = Grid(width: 20, height: 1)
        #expect(grid.put(Self.megabyte, x: 0, y: 0) == 20)
        #expect(grid.text == "abcdefghijklmnopqrs…")
    }

    @Test func catalogScreenAndDetailShowAMegabyteTitle() {
        let state = AppState(catalog: Self.catalog(title: Self.megabyte), profile: Profile(), today: Fixtures.today, width: 120, height: 40)
        let grid = render(state)
        #expect(grid.text.contains("abcdefghijklmnop"))
        // The full detail of the long credential opens, wraps, and `q` still asks to quit or quits.
        let (detail, _) = run(state, [.key(.enter)])
        #expect(render(detail).text.contains("abcdefghijklmnopqrstuvwxyz"))
        let (quitting, effects) = run(detail, [.key(.escape), .key(.char("q"))])
        #expect(quitting.quitting || effects.contains(.quit))
    }
}
