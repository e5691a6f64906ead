/// Word wrapping for plain-text output.
public enum TextWrap {
    /// Breaks `text` into lines of at most `width` characters at spaces; words longer than a line are cut.
    public static func lines(_ text: String, width: Int) -> [String] {
        let width = max(8, width)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            if current.isEmpty {
                while word.count > width { lines.append(String(word.prefix(width))); word = word.dropFirst(width) }
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                while word.count > width { lines.append(String(word.prefix(width))); word = word.dropFirst(width) }
                current = String(word)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// Packs `items` joined by `separator` into lines of at most `width` characters, breaking
    /// between items where possible and inside an item only when it is longer than a line.
    public static func lines(items: [String], separator: String = ", ", width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for (i, item) in items.enumerated() {
            let piece = item + (i < items.count - 1 ? separator.trimmingTrailingSpaces : "")
            if current.isEmpty {
                current = piece
            } else if current.count + 1 + piece.count <= width {
                current += " " + piece
            } else {
                lines.append(current)
                current = piece
            }
            if current.count > width {
                let broken = self.lines(current, width: width)
                lines += broken.dropLast()
                current = broken.last ?? ""
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// Wraps `text` to `width`, putting `first` before the first line and `rest` before the others.
    public static func indent(_ text: String, width: Int, first: String, rest: String) -> String {
        let body = lines(text, width: width - rest.count)
        return body.enumerated().map { ($0.offset == 0 ? first : rest) + $0.element }.joined(separator: "\n")
    }

    /// Cuts `text` to `width` characters, ending with "…" when cut.
    public static func truncate(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(0, width - 1))) + "…"
    }

    /// Pads `text` with spaces to `width` characters (left-aligned), or on the left when `right` is set.
    public static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let gap = String(repeating: " ", count: max(0, width - text.count))
        return right ? gap + text : text + gap
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
