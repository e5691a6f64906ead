import CNcursesw

/// Display width of text in terminal columns, measured with the C library's `wcwidth`.
///
/// Text is handled one grapheme cluster (a user-perceived character) at a time, so truncation
/// never splits a character. Control characters and escape sequences never reach the terminal:
/// ``sanitized(_:)`` replaces them.
public enum TextWidth {
    /// Whether the character-type locale is UTF-8: the environment's when it is, else C.UTF-8; set once, on first use.
    static let localeReady: Bool = {
        if sp_codeset_is_utf8() != 0 { return true }
        if setlocale(LC_CTYPE, "") != nil, sp_codeset_is_utf8() != 0 { return true }
        if setlocale(LC_CTYPE, "C.UTF-8") != nil, sp_codeset_is_utf8() != 0 { return true }
        return setlocale(LC_CTYPE, "C.utf8") != nil && sp_codeset_is_utf8() != 0
    }()

    /// Makes sure `wcwidth` sees a UTF-8 locale. Called by the terminal and by tests.
    @discardableResult
    public static func prepareLocale() -> Bool { localeReady }

    /// The width of one Unicode scalar: 0, 1 or 2 (control characters count as -1).
    public static func width(of scalar: Unicode.Scalar) -> Int {
        _ = localeReady
        if scalar.value < 0x80 {
            return scalar.value < 0x20 || scalar.value == 0x7F ? -1 : 1
        }
        return Int(wcwidth(wchar_t(bitPattern: scalar.value)))
    }

    /// The width of a character as it is drawn (see ``cellText(_:)``).
    public static func width(of character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        let w = width(of: first)
        return w < 0 ? 1 : w
    }

    /// The width of a string once sanitized.
    public static func width(_ text: String) -> Int {
        var total = 0
        for character in text { total += isUnsafe(character) ? 1 : width(of: character) }
        return total
    }

    /// Whether a character must not be sent to the terminal as it is.
    static func isUnsafe(_ character: Character) -> Bool {
        guard let first = character.unicodeScalars.first else { return true }
        return width(of: first) < 0
    }

    /// The text with control characters (escape sequences included) replaced: tabs and newlines by
    /// a space, anything else by U+FFFD.
    public static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { width(of: $0) < 0 }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if width(of: scalar) >= 0 { out.append(scalar); continue }
            switch scalar {
            case "\t", "\n", "\r": out.append(" ")
            default: out.append("\u{FFFD}")
            }
        }
        return String(out)
    }

    /// What one character puts in a cell: its base scalar and following zero-width marks,
    /// without the wide parts of a joined sequence (so every cluster takes the width of its base).
    static func cellText(_ character: Character) -> String {
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return " " }
        if width(of: first) < 0 { return "\u{FFFD}" }
        var out = String.UnicodeScalarView([first])
        while let next = scalars.next() {
            if next.value == 0x200D { break }
            if width(of: next) == 0 { out.append(next) } else { break }
        }
        return String(out)
    }

    /// The text cut to at most `width` columns, ending in `…` when something was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if text.utf8.count <= width && text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        let clean = sanitized(text)
        if self.width(clean) <= width { return clean }
        var out = ""
        var used = 0
        for character in clean {
            let w = self.width(of: character)
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    /// The text padded with spaces (or truncated) to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let cut = truncate(text, to: width)
        let gap = String(repeating: " ", count: max(0, width - self.width(cut)))
        return alignRight ? gap + cut : cut + gap
    }

    /// Splits text into lines of at most `width` columns, breaking at spaces where it can.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in sanitized(text).split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ") {
                var word = String(word)
                var w = self.width(word)
                if lineWidth > 0 && lineWidth + 1 + w > width {
                    lines.append(line); line = ""; lineWidth = 0
                }
                while w > width {
                    // A word longer than a line: cut it by characters.
                    var head = ""; var hw = 0
                    var rest = Substring(word)
                    while let c = rest.first, hw + self.width(of: c) <= width - lineWidth - (lineWidth > 0 ? 1 : 0) {
                        head.append(c); hw += self.width(of: c); rest = rest.dropFirst()
                    }
                    if head.isEmpty { lines.append(line); line = ""; lineWidth = 0; continue }
                    lines.append(lineWidth > 0 ? line + " " + head : head)
                    line = ""; lineWidth = 0
                    word = String(rest); w = self.width(word)
                }
                if lineWidth > 0 { line += " "; lineWidth += 1 }
                line += word; lineWidth += w
            }
            lines.append(line)
        }
        return lines
    }
}
