import CNcursesw
import SkillpathCore

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

    /// The width of one Unicode scalar: 0, 1 or 2; what ``Sanitizer`` finds unsafe (control
    /// characters, bidirectional controls) counts as -1, and is never drawn as it is.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        if scalar.value < 0x80 {
            return scalar.value < 0x20 || scalar.value == 0x7F ? -1 : 1
        }
        if Sanitizer.isUnsafe(scalar) { return -1 }
        _ = localeReady
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
    ///
    /// Reads only as far as the width allows (at most `width + 1` columns of characters), so a
    /// title of megabytes costs no more than a short one.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        var out = ""
        var used = 0
        // Where the text stands when it fills `width - 1` columns: the cut point if it overflows.
        var beforeEllipsis: (text: String, used: Int)?
        for character in text {
            let piece = character.unicodeScalars.contains(where: { self.width(of: $0) < 0 })
                ? sanitized(String(character)) : String(character)
            for c in piece {
                let w = self.width(of: c)
                if used + w > width - 1, beforeEllipsis == nil { beforeEllipsis = (out, used) }
                if used + w > width { return beforeEllipsis!.text + "…" }
                out.append(c)
                used += w
            }
        }
        return out
    }

    /// The text padded with spaces (or truncated) to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let cut = truncate(text, to: width)
        let gap = String(repeating: " ", count: max(0, width - self.width(cut)))
        return alignRight ? gap + cut : cut + gap
    }

    /// Splits text into lines of at most `width` columns, breaking at spaces where it can.
    ///
    /// One pass over the text: each word is measured once, and a word longer than a line is cut
    /// into lines as it is walked (never re-measured from its start).
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in sanitized(text).split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ") {
                let w = self.width(String(word))
                if lineWidth > 0 && lineWidth + 1 + w > width {
                    lines.append(line); line = ""; lineWidth = 0
                }
                if w > width {
                    // A word longer than a line (so the line is empty here): cut it by characters.
                    for c in word {
                        let cw = self.width(of: c)
                        if lineWidth > 0 && lineWidth + cw > width { lines.append(line); line = ""; lineWidth = 0 }
                        line.append(c); lineWidth += cw
                    }
                    continue
                }
                if lineWidth > 0 { line += " "; lineWidth += 1 }
                line += word; lineWidth += w
            }
            lines.append(line)
        }
        return lines
    }
}
