import SkillpathCore

/// Display width of text in terminal columns, from a table generated from Unicode data
/// (`TextWidth+Table.swift`, see `Scripts/generate-text-width-table.py`) that agrees with glibc's
/// `wcwidth`, which ncursesw uses to place characters.
///
/// A cluster takes the width of its first scalar: ncursesw advances by `wcwidth` of each scalar,
/// and a variation selector (VS16, U+FE0F) or combining mark adds 0, so "❤️" is one column, as
/// ncursesw draws it, even where a terminal shows the emoji presentation two columns wide.
///
/// Text is handled one grapheme cluster (a user-perceived character) at a time, so truncation
/// never splits a character. Control characters and escape sequences never reach the terminal:
/// ``sanitized(_:)`` replaces them.
public enum TextWidth {
    /// The width of one Unicode scalar: 0, 1 or 2; what ``Sanitizer`` finds unsafe (control
    /// characters, bidirectional controls) counts as -1, and is never drawn as it is.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        if scalar.value < 0x80 {
            return scalar.value < 0x20 || scalar.value == 0x7F ? -1 : 1
        }
        if Sanitizer.isUnsafe(scalar) { return -1 }
        let value = scalar.value
        if Self.contains(zeroWidth, value) { return 0 }
        if Self.contains(doubleWidth, value) { return 2 }
        return Self.contains(unprintable, value) ? -1 : 1
    }

    /// Whether `value` is in one of the sorted, disjoint `ranges` (a binary search).
    static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0, high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if value < range.lowerBound { high = middle - 1 } else if value > range.upperBound { low = middle + 1 } else { return true }
        }
        return false
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

    /// Splits text into lines of at most `width` columns, breaking at spaces where it can (tabs
    /// and newlines count as spaces); at most `maxLines` lines, the last one `…` when text was left.
    /// A word longer than a line is cut into lines, except a link (http, https), which keeps one
    /// line of its own, cut with "…".
    ///
    /// One pass over the text, which stops once `maxLines` lines are full: each character is
    /// measured once, and a word longer than a line is cut as it is read.
    public static func wrap(_ text: String, width: Int, maxLines: Int = .max) -> [String] {
        guard width > 0, maxLines > 0 else { return [] }
        var lines: [String] = []
        var line = "", lineWidth = 0
        var word = "", wordWidth = 0
        // Whether the word is a link longer than a line, already cut: the rest of it is skipped.
        var linkCut = false
        func placeWord() {
            linkCut = false
            guard !word.isEmpty else { return }
            if lineWidth > 0 && lineWidth + 1 + wordWidth > width { lines.append(line); line = ""; lineWidth = 0 }
            if lineWidth > 0 { line += " "; lineWidth += 1 }
            line += word; lineWidth += wordWidth
            word = ""; wordWidth = 0
        }
        func add(_ c: Character) {
            if c == " " { placeWord(); return }
            if linkCut { return }
            let w = self.width(of: c)
            if !word.isEmpty && wordWidth + w > width && (word.hasPrefix("https://") || word.hasPrefix("http://")) {
                // A link is never broken: longer than a line, it takes a line of its own, cut with "…".
                word = truncate(word + String(c), to: width); wordWidth = self.width(word)
                linkCut = true
                return
            }
            if !word.isEmpty && wordWidth + w > width {
                // A word longer than a line: it takes whole lines of its own.
                if lineWidth > 0 { lines.append(line); line = ""; lineWidth = 0 }
                lines.append(word); word = ""; wordWidth = 0
            }
            word.append(c); wordWidth += w
        }
        for character in text {
            if lines.count >= maxLines { return Array(lines.prefix(maxLines - 1)) + ["…"] }
            if character.unicodeScalars.contains(where: { self.width(of: $0) < 0 }) {
                for c in sanitized(String(character)) { add(c) }
            } else {
                add(character)
            }
        }
        placeWord()
        lines.append(line)
        return lines.count > maxLines ? Array(lines.prefix(maxLines - 1)) + ["…"] : lines
    }
}
