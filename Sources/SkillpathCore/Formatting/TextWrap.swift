/// Word wrapping for plain-text output.
///
/// Every function is linear in the length of its text: each character is visited a bounded number
/// of times, lengths are counted as the text is walked (never re-counted from the start), and
/// truncation stops reading once the width is filled. A title of megabytes with no space in it
/// wraps in one pass.
public enum TextWrap {
    /// Breaks `text` into lines of at most `width` characters at spaces; words longer than a line are cut.
    public static func lines(_ text: String, width: Int) -> [String] {
        let width = max(8, width)
        var lines: [String] = []
        var current = ""
        var currentCount = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = word
            var wordCount = word.count
            if !current.isEmpty, currentCount + 1 + wordCount <= width {
                current += " " + word
                currentCount += 1 + wordCount
                continue
            }
            if !current.isEmpty { lines.append(current) }
            // A word longer than a line is cut into whole lines, walking it once.
            while wordCount > width {
                let cut = word.index(word.startIndex, offsetBy: width)
                lines.append(String(word[..<cut]))
                word = word[cut...]
                wordCount -= width
            }
            current = String(word)
            currentCount = wordCount
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// Packs `items` joined by `separator` into lines of at most `width` characters, breaking
    /// between items where possible and inside an item only when it is longer than a line.
    public static func lines(items: [String], separator: String = ", ", width: Int) -> [String] {
        let joiner = separator.trimmingTrailingSpaces
        var lines: [String] = []
        var current = ""
        var currentCount = 0
        for (i, item) in items.enumerated() {
            let piece = item + (i < items.count - 1 ? joiner : "")
            let pieceCount = piece.count
            if current.isEmpty {
                current = piece
                currentCount = pieceCount
            } else if currentCount + 1 + pieceCount <= width {
                current += " " + piece
                currentCount += 1 + pieceCount
            } else {
                lines.append(current)
                current = piece
                currentCount = pieceCount
            }
            if currentCount > width {
                let broken = self.lines(current, width: width)
                lines += broken.dropLast()
                current = broken.last ?? ""
                currentCount = current.count
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

    /// Cuts `text` to `width` characters, ending with "…" when cut; reads at most `width + 1` characters.
    public static func truncate(_ text: String, _ width: Int) -> String {
        let width = max(0, width)
        guard let end = text.index(text.startIndex, offsetBy: width, limitedBy: text.endIndex), end != text.endIndex else {
            return text
        }
        return String(text.prefix(max(0, width - 1))) + "…"
    }

    /// `text` cut to `width` when there is a width, else whole: text lists are cut to fit a
    /// terminal but never when they go to a file or a pipe.
    public static func truncate(_ text: String, _ width: Int?) -> String {
        guard let width else { return text }
        return truncate(text, width)
    }

    /// Pads `text` with spaces to `width` characters (left-aligned), or on the left when `right` is set.
    public static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        guard width > 0 else { return text }
        // Only the first `width` characters need counting: longer text gets no padding.
        var count = 0
        for _ in text { count += 1; if count >= width { return text } }
        let gap = String(repeating: " ", count: width - count)
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
