import SkillpathCore

/// A line of text the user edits, with a cursor: the one type behind every prompt, filter and search.
///
/// Readline keys work in every field: Ctrl-A / Home to the start, Ctrl-E / End to the end, ← and →,
/// Backspace and Delete, Ctrl-U deletes to the start, Ctrl-K to the end, Ctrl-W the word before
/// the cursor. A pre-filled field starts selected: the first typed character (or a paste, a
/// deletion) replaces the whole text, while ←, →, Home, End, Ctrl-A and Ctrl-E keep it and move.
public struct TextField: Sendable, Hashable {
    /// What a key did to the field.
    public enum Outcome: Sendable, Hashable {
        /// The text changed.
        case edited
        /// The key is an editing key, but the text is the same (the cursor moved, or there was nothing to delete).
        case unchanged
        /// Not an editing key: the caller handles it (Enter, Esc, ↑, ↓, Tab, …).
        case ignored
    }

    public private(set) var text: String
    /// The cursor, in characters from the start (0…count).
    public private(set) var cursor: Int
    /// Whether the whole text is selected, so that typing replaces it.
    public private(set) var isSelected: Bool
    /// The most characters the field holds.
    public let maxLength: Int

    /// A field holding `text` with the cursor at its end; `selected` selects it all (for pre-filled prompts).
    public init(_ text: String = "", maxLength: Int, selected: Bool = false) {
        self.maxLength = maxLength
        self.text = ""
        self.cursor = 0
        self.isSelected = false
        insert(text)
        isSelected = selected && !self.text.isEmpty
    }

    /// The text before and after the cursor, for drawing it.
    public var beforeCursor: Substring { text.prefix(cursor) }
    public var afterCursor: Substring { text.dropFirst(cursor) }

    /// Applies an editing key.
    @discardableResult
    public mutating func handle(_ key: Key) -> Outcome {
        let before = text
        let deletes: Set<Key> = [.backspace, .delete, .ctrl("d"), .ctrl("u"), .ctrl("w"), .ctrl("k")]
        if isSelected && deletes.contains(key) {
            clear()
            return text == before ? .unchanged : .edited
        }
        switch key {
        case .char(let c):
            insert(String(c))
        case .backspace:
            if cursor > 0 { remove(cursor - 1..<cursor) }
        case .delete, .ctrl("d"):
            if cursor < text.count { remove(cursor..<cursor + 1) }
        case .ctrl("u"):
            remove(0..<cursor)
        case .ctrl("k"):
            remove(cursor..<text.count)
        case .ctrl("w"):
            remove(wordStart(before: cursor)..<cursor)
        case .ctrl("a"), .home:
            cursor = 0
        case .ctrl("e"), .end:
            cursor = text.count
        case .left:
            cursor = isSelected ? 0 : max(0, cursor - 1)
        case .right:
            cursor = isSelected ? text.count : min(text.count, cursor + 1)
        default:
            return .ignored
        }
        isSelected = false
        return text == before ? .unchanged : .edited
    }

    /// Inserts text at the cursor (replacing a selection): a typed character or a paste. Line
    /// breaks and tabs become spaces, control characters are dropped, and what passes
    /// ``maxLength`` is cut off.
    @discardableResult
    public mutating func insert(_ typed: String) -> Outcome {
        let before = text
        if isSelected { clear() }
        isSelected = false
        var clean = ""
        for scalar in typed.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" { clean.unicodeScalars.append(" ") }
            else if !Sanitizer.isUnsafe(scalar) { clean.unicodeScalars.append(scalar) }
        }
        let following = text.count - cursor
        text.insert(contentsOf: clean.prefix(max(0, maxLength - text.count)), at: text.index(text.startIndex, offsetBy: cursor))
        // Counted from the end: a typed combining mark joins the character before it.
        cursor = min(text.count, max(0, text.count - following))
        return text == before ? .unchanged : .edited
    }

    /// Empties the field.
    public mutating func clear() {
        text = ""
        cursor = 0
        isSelected = false
    }

    private mutating func remove(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        let start = text.index(text.startIndex, offsetBy: range.lowerBound)
        let end = text.index(start, offsetBy: range.count)
        text.removeSubrange(start..<end)
        cursor = range.lowerBound
    }

    /// Where the word before `position` starts, as readline's Ctrl-W sees it: spaces, then non-spaces.
    private func wordStart(before position: Int) -> Int {
        let characters = Array(text.prefix(position))
        var i = characters.count
        while i > 0 && characters[i - 1].isWhitespace { i -= 1 }
        while i > 0 && !characters[i - 1].isWhitespace { i -= 1 }
        return i
    }
}

/// The editing keys, as the help screen lists them.
extension TextField {
    /// One line of the help: keys and what they do.
    struct KeyHelp: Sendable {
        var keys: String
        var help: String
    }

    static let keyHelp: [KeyHelp] = [
        KeyHelp(keys: "← → Home End", help: "move in the text (also Ctrl-A, Ctrl-E)"),
        KeyHelp(keys: "Backspace Del", help: "delete a character"),
        KeyHelp(keys: "Ctrl-U Ctrl-K", help: "delete to the start / to the end"),
        KeyHelp(keys: "Ctrl-W", help: "delete the word before the cursor"),
        KeyHelp(keys: "Pre-filled text", help: "is selected: typing replaces it, ← → keep it"),
    ]
}
