/// Lines of styled text for a pane, wrapped to its width.
struct TextBlock {
    var width: Int
    var lines: [(text: String, style: Style)] = []

    init(width: Int) { self.width = max(1, width) }

    /// The most lines one piece of text takes, more than any screen shows (a longer text ends in
    /// a line "…"): wrapping stops there, so a megabyte title costs no more than a screenful.
    static let maxLinesPerText = 500

    /// Adds text wrapped to the width; leading spaces indent every line, `indent` the continuation lines.
    mutating func add(_ text: String, _ style: Style = .normal, indent: Int = 0) {
        let lead = text.prefix { $0 == " " }.count
        let first = String(repeating: " ", count: lead)
        let rest = String(repeating: " ", count: max(lead, indent))
        let wrapped = TextWidth.wrap(String(text.dropFirst(lead)), width: max(1, width - max(lead, indent)), maxLines: Self.maxLinesPerText)
        for (i, line) in wrapped.enumerated() { lines.append(((i == 0 ? first : rest) + line, style)) }
        if wrapped.isEmpty { lines.append(("", style)) }
    }

    /// Adds one line as it is (cut to the width when drawn): for tables whose spacing matters.
    mutating func line(_ text: String, _ style: Style = .normal) {
        lines.append((text, style))
    }

    mutating func blank() { if !(lines.last?.text.isEmpty ?? true) { lines.append(("", .normal)) } }
}

/// Drawing helpers: text blocks, rules, boxes, lists.
extension Grid {
    /// Draws a block into a rectangle, clipping what does not fit (the last line says how much).
    mutating func draw(_ block: TextBlock, in rect: Rect, from first: Int = 0) {
        guard rect.height > 0, rect.width > 0 else { return }
        let lines = Array(block.lines.dropFirst(first))
        for (row, line) in lines.prefix(rect.height).enumerated() {
            if row == rect.height - 1 && lines.count > rect.height {
                put("… \(lines.count - rect.height + 1) more lines", x: rect.x, y: rect.y + row, maxWidth: rect.width, style: .muted)
            } else {
                put(line.text, x: rect.x, y: rect.y + row, maxWidth: rect.width, style: line.style)
            }
        }
    }

    /// Draws a horizontal rule.
    mutating func hline(x: Int, y: Int, width w: Int, style: Style = .muted) {
        guard w > 0 else { return }
        put(String(repeating: "─", count: w), x: x, y: y, maxWidth: w, style: style)
    }

    /// Draws a vertical rule.
    mutating func vline(x: Int, y: Int, height h: Int, style: Style = .muted) {
        for row in 0..<max(0, h) { put("│", x: x, y: y + row, maxWidth: 1, style: style) }
    }

    /// Draws a box border with a title, clearing its inside.
    mutating func box(_ rect: Rect, title: String) {
        guard rect.width >= 4, rect.height >= 2 else { return }
        fill(rect)
        put("┌" + String(repeating: "─", count: rect.width - 2) + "┐", x: rect.x, y: rect.y, style: .accent)
        put("└" + String(repeating: "─", count: rect.width - 2) + "┘", x: rect.x, y: rect.y + rect.height - 1, style: .accent)
        for row in 1..<(rect.height - 1) {
            put("│", x: rect.x, y: rect.y + row, style: .accent)
            put("│", x: rect.x + rect.width - 1, y: rect.y + row, style: .accent)
        }
        put(" \(title) ", x: rect.x + 2, y: rect.y, maxWidth: rect.width - 4, style: .title)
    }

    /// Draws rows of a list with the selected one highlighted; `row` gives the text of each index.
    mutating func drawList(_ rect: Rect, count: Int, cursor: ListCursor, focused: Bool = true,
                           row: (Int) -> (text: String, style: Style)) {
        guard rect.height > 0 else { return }
        let offset = cursor.scrolled(count: count, visible: rect.height)
        for line in 0..<rect.height {
            let i = offset + line
            guard i < count else { break }
            let r = row(i)
            let selected = i == cursor.selection && focused
            let style = selected ? .selected : r.style
            if selected { fill(Rect(x: rect.x, y: rect.y + line, width: rect.width, height: 1), style: .selected) }
            put(r.text, x: rect.x, y: rect.y + line, maxWidth: rect.width, style: style)
        }
    }
}

/// Joins fixed-width columns: (text, width, right-aligned).
func columns(_ parts: [(String, Int, Bool)]) -> String {
    parts.filter { $0.1 > 0 }.map { TextWidth.pad($0.0, to: $0.1, alignRight: $0.2) }.joined(separator: " ")
}
