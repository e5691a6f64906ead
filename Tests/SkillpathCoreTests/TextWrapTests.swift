import Testing
@testable import SkillpathCore

/// Wrapping, truncation and padding for the command line's text, on short and very long input.
@Suite struct TextWrapTests {
    @Test func wrapsAtSpacesAndCutsLongWords() {
        #expect(TextWrap.lines("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
        #expect(TextWrap.lines("abcdefghijklmnopqrst uv", width: 8) == ["abcdefgh", "ijklmnop", "qrst uv"])
        #expect(TextWrap.lines("ab abcdefghijklmnopq", width: 8) == ["ab", "abcdefgh", "ijklmnop", "q"])
        #expect(TextWrap.lines("", width: 10) == [""])
        #expect(TextWrap.lines("  spaced   out  ", width: 20) == ["spaced out"])
        #expect(TextWrap.lines("ééééééééééé", width: 8) == ["éééééééé", "ééé"], "characters, not bytes")
    }

    @Test func packsItems() {
        #expect(TextWrap.lines(items: ["SQL (level 2)", "Excel (level 1)", "Tableau (level 3)"], width: 34)
                == ["SQL (level 2), Excel (level 1),", "Tableau (level 3)"])
        #expect(TextWrap.lines(items: [String(repeating: "x", count: 20)], width: 8) == ["xxxxxxxx", "xxxxxxxx", "xxxx"])
    }

    @Test func truncatesAndPads() {
        #expect(TextWrap.truncate("abcdef", 6) == "abcdef")
        #expect(TextWrap.truncate("abcdefg", 6) == "abcde…")
        #expect(TextWrap.truncate("abc", 0) == "…")
        #expect(TextWrap.truncate("", 0) == "")
        #expect(TextWrap.truncate("abcdefg", nil as Int?) == "abcdefg")
        #expect(TextWrap.pad("ab", 4) == "ab  " && TextWrap.pad("ab", 4, right: true) == "  ab")
        #expect(TextWrap.pad("abcdef", 4) == "abcdef")
    }

    /// A megabyte title with no space wraps into whole lines, every character kept, in order.
    @Test func aMegabyteWordWrapsIntoWholeLines() {
        let title = String((0..<1_000_000).map { Character(Unicode.Scalar(UInt8(97 + $0 % 26))) })
        let lines = TextWrap.lines("Title " + title + " end", width: 80)
        // "Title", then 1,000,000 / 80 = 12,500 full lines of the title, then "end".
        #expect(lines.count == 12_502)
        #expect(lines.first == "Title" && lines.last == "end")
        #expect(lines.dropFirst().dropLast().allSatisfy { $0.count == 80 })
        #expect(lines.dropFirst().dropLast().joined() == title)
        #expect(TextWrap.truncate(title, 40) == String(title.prefix(39)) + "…")
        #expect(TextWrap.pad(title, 10) == title)
    }
}
