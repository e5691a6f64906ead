/// The editing keys of a one-line text (a list's filter, a picker's): the seam where the shared
/// text field (branch `input`) plugs in; until then plain strings.
enum TextEditing: Equatable {
    /// The text changed; `appended` when characters were only added at the end.
    case changed(appended: Bool)
    /// The key is an editing key but changed nothing (Backspace on empty text, a full field).
    case unchanged
    /// Not an editing key.
    case ignored

    /// Applies an editing key: a character, Backspace, Ctrl-U (everything), Ctrl-W (the last word).
    static func apply(_ key: Key, to text: inout String, limit: Int) -> TextEditing {
        switch key {
        case .char(let c):
            guard text.count < limit else { return .unchanged }
            text.append(c)
            return .changed(appended: true)
        case .backspace:
            guard !text.isEmpty else { return .unchanged }
            text.removeLast()
            return .changed(appended: false)
        case .ctrl("u"):
            guard !text.isEmpty else { return .unchanged }
            text = ""
            return .changed(appended: false)
        case .ctrl("w"):
            guard !text.isEmpty else { return .unchanged }
            while text.last == " " { text.removeLast() }
            while let last = text.last, last != " " { text.removeLast() }
            return .changed(appended: false)
        default:
            return .ignored
        }
    }
}
