/// Sanitising text that carries the program's own terminal styles.
extension Sanitizer {
    /// `text` with every unsafe scalar replaced, except where one of `kept` (the exact escape
    /// sequences the program itself writes, such as `ESC[1m`) starts: those pass whole.
    ///
    /// The last-resort check on standard output: untrusted fields are sanitised where they are
    /// formatted, and this makes sure nothing but the program's own styles gets through.
    /// Each kept sequence must start with an unsafe scalar (ESC), so the scan stays linear.
    public static func text(_ text: String, keeping kept: [String]) -> String {
        if isClean(text) { return text }
        let scalars = text.unicodeScalars
        // `String +=` grows its storage geometrically (`UnicodeScalarView.append(contentsOf:)`
        // copies the whole text each time, which made a styled 20 MB text quadratic).
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let scalar = scalars[i]
            guard isUnsafe(scalar) else { out.unicodeScalars.append(scalar); scalars.formIndex(after: &i); continue }
            if let match = kept.first(where: { !$0.isEmpty && scalars[i...].starts(with: $0.unicodeScalars) }) {
                out += match
                i = scalars.index(i, offsetBy: match.unicodeScalars.count)
            } else {
                out.unicodeScalars.append(replacement)
                scalars.formIndex(after: &i)
            }
        }
        return out
    }

    /// Whether a scalar must be written as a `\uXXXX` escape inside a JSON string: every unsafe
    /// scalar (C0, DEL, C1, bidirectional controls), and the line separators JavaScript refuses.
    public static func needsJSONEscape(_ scalar: Unicode.Scalar) -> Bool {
        isUnsafe(scalar) || scalar.value == 0x2028 || scalar.value == 0x2029
    }
}
