/// Drawing a ``TextField``.
extension Grid {
    /// The mark drawn at a text field's cursor.
    static let fieldCursor = "▏"

    /// Draws a text field at (x, y) within `maxWidth` columns: the text with a `▏` at the cursor
    /// (when `showsCursor`), in the selected style while the whole text is selected. Text before
    /// the cursor that does not fit is cut at the start (`…`), so the cursor stays in view.
    /// Returns the number of columns written.
    @discardableResult
    mutating func putField(_ field: TextField, x: Int, y: Int, maxWidth: Int, style: Style = .normal,
                           showsCursor: Bool = true) -> Int {
        guard maxWidth > 0 else { return 0 }
        let textStyle: Style = field.isSelected ? .selected : style
        guard showsCursor else { return put(field.text, x: x, y: y, maxWidth: maxWidth, style: textStyle) }
        var before = String(field.beforeCursor)
        let room = maxWidth - 1
        if TextWidth.width(before) > room {
            while !before.isEmpty && TextWidth.width(before) + 1 > room { before.removeFirst() }
            before = "…" + before
        }
        var column = x
        column += put(before, x: column, y: y, maxWidth: room, style: textStyle)
        column += put(Self.fieldCursor, x: column, y: y, maxWidth: 1, style: style)
        column += put(String(field.afterCursor), x: column, y: y, maxWidth: x + maxWidth - column, style: textStyle)
        return column - x
    }
}
