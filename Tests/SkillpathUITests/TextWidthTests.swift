import Testing
@testable import SkillpathUI

@Suite struct TextWidthTests {
    @Test func wideCharactersTakeTwoColumns() {
        #expect(TextWidth.width("abc") == 3)
        #expect(TextWidth.width("東京大学") == 8)
        #expect(TextWidth.width("📊") == 2)
        #expect(TextWidth.width("é") == 1)
        #expect(TextWidth.width("e\u{301}") == 1, "a combining accent adds no width")
    }

    @Test func variationSelectorsAddNoWidth() {
        // ncursesw advances by wcwidth of each scalar: the base's width, 0 for VS16 (U+FE0F).
        #expect(TextWidth.width(of: Unicode.Scalar(0xFE0F)!) == 0)
        #expect(TextWidth.width(of: Unicode.Scalar(0xFE0E)!) == 0)
        #expect(TextWidth.width("\u{2764}\u{FE0F}") == 1, "a narrow base with VS16 keeps the base's width")
        #expect(TextWidth.width("\u{1F4CA}\u{FE0F}") == 2, "a wide emoji with VS16 stays two columns")
        #expect(TextWidth.cellText("\u{2764}\u{FE0F}") == "\u{2764}\u{FE0F}", "the selector is drawn in the base's cell")
    }

    @Test func combiningMarksAndJoinersAddNoWidth() {
        #expect(TextWidth.width("a\u{0300}\u{0301}\u{0302}") == 1, "stacked combining marks (Mn)")
        #expect(TextWidth.width("\u{20DD}") == 0, "an enclosing mark (Me) alone")
        #expect(TextWidth.width(of: Unicode.Scalar(0x200D)!) == 0, "ZWJ")
        #expect(TextWidth.width(of: Unicode.Scalar(0x200B)!) == 0, "zero width space")
        #expect(TextWidth.width(of: Unicode.Scalar(0x00AD)!) == 1, "soft hyphen is one column, as glibc has it")
        #expect(TextWidth.width(of: Unicode.Scalar(0x1161)!) == 0, "a Hangul medial vowel")
        #expect(TextWidth.width("\u{1100}\u{1161}") == 2, "a conjoining Hangul syllable takes its initial's two columns")
        #expect(TextWidth.width(of: Unicode.Scalar(0x0378)!) == -1, "an unassigned scalar is not printable")
        #expect(TextWidth.width(of: Unicode.Scalar(0xE000)!) == 1, "private use is one column")
    }

    @Test func truncationNeverSplitsACharacter() {
        #expect(TextWidth.truncate("東京大学", to: 5) == "東京…")
        #expect(TextWidth.truncate("東京大学", to: 4) == "東…")
        #expect(TextWidth.truncate("abcdef", to: 4) == "abc…")
        #expect(TextWidth.truncate("abc", to: 3) == "abc")
        #expect(TextWidth.truncate("👩‍💻 dev", to: 3) == "👩‍💻…")
        for width in 0...10 {
            #expect(TextWidth.width(TextWidth.truncate("統計学入門 Statistics", to: width)) <= width)
        }
    }

    @Test func controlCharactersAreNeverPassedThrough() {
        let clean = TextWidth.sanitized("Advanced\u{1B}[31m red\u{7}\u{9B}1m\ttab")
        #expect(!clean.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(clean.hasPrefix("Advanced\u{FFFD}[31m red"))
    }

    @Test func gridKeepsWideCharactersWhole() {
        var grid = Grid(width: 6, height: 1)
        grid.put("東京大", x: 0, y: 0)
        #expect(grid.text == "東京大")
        grid.put("x", x: 1, y: 0)
        #expect(grid.text == " x京大", "overwriting half of a wide character blanks the other half")
        grid.put("東京", x: 5, y: 0)
        #expect(grid.text == " x京 …", "a wide character that does not fit becomes an ellipsis, and the split one a blank")
        var narrow = Grid(width: 5, height: 1)
        narrow.put("a東京大学", x: 0, y: 0)
        #expect(narrow.text == "a東…")
    }

    @Test func oneColumnTextTakesTheFastPathWithTheSameResult() {
        var grid = Grid(width: 8, height: 3)
        grid.put("Résumé writing", x: 0, y: 0)
        grid.put("e\u{301}t\u{301}e\u{301} ok", x: 0, y: 1)  // combining accents: the general path
        grid.put("✓ done…", x: 0, y: 2)
        #expect(grid.text == "Résumé …\ne\u{301}t\u{301}e\u{301} ok\n✓ done…")
        #expect(grid[0, 1].text == "e\u{301}", "the accent stays with its letter in one cell")
    }

    @Test func wrapBreaksAtSpacesWithinTheWidth() {
        let lines = TextWidth.wrap("one two three four 東京大学東京大学", width: 9)
        #expect(lines.allSatisfy { TextWidth.width($0) <= 9 })
        #expect(lines.first == "one two")
    }
}
