import Testing
@testable import SkillpathUI

@Suite struct TextFieldTests {
    /// A field after some keys, shown as `before|after` (`[text]` while selected).
    static func edited(_ text: String, selected: Bool = false, _ keys: [Key], maxLength: Int = 40) -> String {
        var field = TextField(text, maxLength: maxLength, selected: selected)
        for key in keys { field.handle(key) }
        return field.isSelected ? "[\(field.text)]" : field.beforeCursor + "|" + field.afterCursor
    }

    @Test func readlineKeys() {
        #expect(Self.edited("amazaws", [.ctrl("u")]) == "|")
        #expect(Self.edited("amazaws", [.left, .left, .ctrl("u")]) == "|ws", "Ctrl-U deletes to the start")
        #expect(Self.edited("data analyst  ", [.ctrl("w")]) == "data |", "Ctrl-W deletes the spaces, then the word")
        #expect(Self.edited("data analyst", [.ctrl("w"), .ctrl("w"), .ctrl("w")]) == "|")
        #expect(Self.edited("data analyst", [.left, .left, .ctrl("w")]) == "data |st")
        #expect(Self.edited("data", [.ctrl("a"), .char(">")]) == ">|data")
        #expect(Self.edited("data", [.home, .ctrl("e"), .char("!")]) == "data!|")
        #expect(Self.edited("data", [.home, .end]) == "data|")
        #expect(Self.edited("data", [.left, .left, .ctrl("k")]) == "da|")
        #expect(Self.edited("data", [.home, .delete, .right]) == "a|ta")
        #expect(Self.edited("data", [.home, .ctrl("d")]) == "|ata")
        #expect(Self.edited("data", [.left, .backspace]) == "da|a")
        #expect(Self.edited("", [.backspace, .delete, .left, .right, .ctrl("w"), .ctrl("u")]) == "|", "nothing to delete is no error")
        #expect(Self.edited("data", [.right, .right]) == "data|", "→ stops at the end")
    }

    @Test func outcomesTellEditsFromMovesAndOtherKeys() {
        var field = TextField("ab", maxLength: 10)
        #expect(field.handle(.char("c")) == .edited)
        #expect(field.handle(.left) == .unchanged)
        #expect(field.handle(.delete) == .edited)
        #expect(field.handle(.delete) == .unchanged)
        for key: Key in [.enter, .escape, .up, .down, .tab, .backTab, .pageUp, .function(1), .ctrl("l")] {
            #expect(field.handle(key) == .ignored, "\(key)")
        }
    }

    @Test func preFilledTextIsSelectedUntilMovedOrReplaced() {
        #expect(Self.edited("data-analyst", selected: true, []) == "[data-analyst]")
        #expect(Self.edited("data-analyst", selected: true, [.char("m"), .char("y")]) == "my|", "typing replaces it")
        #expect(Self.edited("data-analyst", selected: true, [.ctrl("e"), .char("2")]) == "data-analyst2|", "Ctrl-E keeps it")
        #expect(Self.edited("data-analyst", selected: true, [.right, .char("2")]) == "data-analyst2|")
        #expect(Self.edited("data-analyst", selected: true, [.left, .char(">")]) == ">|data-analyst", "← goes to its start")
        #expect(Self.edited("data-analyst", selected: true, [.ctrl("a")]) == "|data-analyst")
        #expect(Self.edited("data-analyst", selected: true, [.backspace]) == "|")
        #expect(Self.edited("data-analyst", selected: true, [.ctrl("w")]) == "|")
        #expect(Self.edited("", selected: true, []) == "|", "an empty field has nothing to select")
        var field = TextField("data-analyst", maxLength: 40, selected: true)
        field.insert("pasted")
        #expect(field.text == "pasted" && !field.isSelected, "a paste replaces it too")
    }

    @Test func insertedTextIsOneLineWithoutControlsAndBounded() {
        var field = TextField(maxLength: 10)
        #expect(field.insert("a\tb\r\nc\u{1B}[31m\u{7F}\u{9B}\u{202E}d") == .edited)
        #expect(field.text == "a b  c[31m")
        #expect(field.cursor == 10)
        #expect(field.insert("more") == .unchanged, "a full field takes nothing")
        field.handle(.home)
        field.insert("X")
        #expect(field.text == "a b  c[31m", "not even at the start")
        #expect(TextField(String(repeating: "x", count: 200), maxLength: 100).text.count == 100)
    }

    @Test func cursorCountsCharactersNotScalars() {
        var field = TextField("東京", maxLength: 10)
        field.handle(.left)
        field.insert("e\u{301}")   // e + combining acute: one character
        #expect(field.text == "東e\u{301}京")
        #expect(field.beforeCursor == "東é" && field.afterCursor == "京")
        field.handle(.backspace)
        #expect(field.text == "東京" && field.cursor == 1)
        field.handle(.right)
        field.insert("👩‍💻")
        #expect(field.text.count == 3 && field.cursor == 3)
    }

    @Test func fieldIsDrawnWithItsCursorAndScrolledToIt() {
        var grid = Grid(width: 12, height: 1)
        var field = TextField("hello world", maxLength: 40)
        field.handle(.ctrl("a"))
        field.handle(.right)
        grid.putField(field, x: 0, y: 0, maxWidth: 12)
        #expect(grid.text == "h▏ello world")
        grid = Grid(width: 8, height: 1)
        field.handle(.end)
        grid.putField(field, x: 0, y: 0, maxWidth: 8)
        #expect(grid.text == "… world▏", "the start is cut so the cursor shows")
        grid = Grid(width: 12, height: 1)
        grid.putField(TextField("name", maxLength: 40, selected: true), x: 0, y: 0, maxWidth: 12)
        #expect(grid[0, 0].style == .selected && grid[4, 0].text == "▏" && grid[4, 0].style == .normal)
    }
}
