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
        let keptScalars = kept.map { Array($0.unicodeScalars) }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            guard isUnsafe(scalar) else { out.append(scalar); i += 1; continue }
            if let match = keptScalars.first(where: { starts(scalars, at: i, with: $0) }) {
                out.append(contentsOf: match)
                i += match.count
            } else {
                out.append(replacement)
                i += 1
            }
        }
        return String(out)
    }

    private static func starts(_ scalars: [Unicode.Scalar], at i: Int, with prefix: [Unicode.Scalar]) -> Bool {
        guard !prefix.isEmpty, i + prefix.count <= scalars.count else { return false }
        for k in 0..<prefix.count where scalars[i + k] != prefix[k] { return false }
        return true
    }

    /// Whether a scalar must be written as a `\uXXXX` escape inside a JSON string: every unsafe
    /// scalar (C0, DEL, C1, bidirectional controls), and the line separators JavaScript refuses.
    public static func needsJSONEscape(_ scalar: Unicode.Scalar) -> Bool {
        isUnsafe(scalar) || scalar.value == 0x2028 || scalar.value == 0x2029
    }
}
