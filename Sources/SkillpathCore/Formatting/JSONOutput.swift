/// A JSON value to be written out, with object keys kept in the order given.
///
/// Numbers come in two kinds so that counts print as `3` and amounts as `294.0`,
/// the way PLANNING.md shows them.
public indirect enum JSONOutput: Sendable {
    case null
    case bool(Bool)
    /// A whole number, printed without a decimal point.
    case integer(Int)
    /// A real number, printed with at least one decimal (`294.0`); non-finite values print as `null`.
    case number(Double)
    case string(String)
    case array([JSONOutput])
    /// Members in the order they are listed.
    case object([(String, JSONOutput)])

    /// A string, or `null` when nil.
    public static func optional(_ text: String?) -> JSONOutput { text.map(JSONOutput.string) ?? .null }

    /// The JSON text: compact on one line, or indented by two spaces per level with short
    /// arrays and objects kept on one line (so a line stays within about 80 columns).
    public func rendered(pretty: Bool = true) -> String {
        var out = ""
        write(to: &out, pretty: pretty, indent: 0, column: 0)
        return out
    }

    /// One line with `, ` and `: ` between items.
    private var inline: String {
        switch self {
        case .array(let elements): return "[" + elements.map(\.inline).joined(separator: ", ") + "]"
        case .object(let members):
            return "{" + members.map { key, value in
                var k = ""
                JSONOutput.quote(key, into: &k)
                return k + ": " + value.inline
            }.joined(separator: ", ") + "}"
        default: return rendered(pretty: false)
        }
    }

    private func write(to out: inout String, pretty: Bool, indent: Int, column: Int) {
        if pretty {
            switch self {
            case .array(let elements) where !elements.isEmpty && !isLarger(thanBytes: Self.inlineByteLimit):
                let line = inline
                if column + line.count <= 78 { out += line; return }
            case .object(let members) where !members.isEmpty && !isLarger(thanBytes: Self.inlineByteLimit):
                let line = inline
                if column + line.count <= 78 { out += line; return }
            default: break
            }
        }
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .integer(let n): out += String(n)
        case .number(let x): out += JSONOutput.format(x)
        case .string(let s): JSONOutput.quote(s, into: &out)
        case .array(let elements):
            if elements.isEmpty { out += "[]"; return }
            out += "["
            for (i, element) in elements.enumerated() {
                if i > 0 { out += "," }
                if pretty { newline(&out, indent + 1) }
                element.write(to: &out, pretty: pretty, indent: indent + 1, column: 2 * (indent + 1))
            }
            if pretty { newline(&out, indent) }
            out += "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{"
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out += "," }
                if pretty { newline(&out, indent + 1) }
                JSONOutput.quote(key, into: &out)
                out += pretty ? ": " : ":"
                value.write(to: &out, pretty: pretty, indent: indent + 1, column: 2 * (indent + 1) + key.count + 4)
            }
            if pretty { newline(&out, indent) }
            out += "}"
        }
    }

    /// Values whose strings hold more UTF-8 bytes than this are never tried on one line: it
    /// would take over 50 bytes a character to fit 78 columns. Without the check, a huge string
    /// would be quoted once for each level that tries to fit it on one line.
    static let inlineByteLimit = 4096

    /// Whether the strings and keys inside this value hold more than `limit` UTF-8 bytes,
    /// counted only until the limit is passed (a string's byte count costs nothing to read).
    private func isLarger(thanBytes limit: Int) -> Bool {
        var remaining = limit
        func exceeds(_ value: JSONOutput) -> Bool {
            switch value {
            case .string(let s): remaining -= s.utf8.count
            case .array(let elements): for element in elements where exceeds(element) { return true }
            case .object(let members):
                for (key, member) in members {
                    remaining -= key.utf8.count
                    if exceeds(member) { return true }
                }
            default: remaining -= 1
            }
            return remaining < 0
        }
        return exceeds(self)
    }

    private func newline(_ out: inout String, _ indent: Int) {
        out += "\n"
        out += String(repeating: "  ", count: indent)
    }

    /// A finite double in its shortest round-tripping form with a decimal point: `294.0`, `22.5`, `1e+20`.
    static func format(_ x: Double) -> String {
        guard x.isFinite else { return "null" }
        if x == 0 { return "0.0" }
        return String(x)
    }

    /// Appends `s` as a JSON string literal, escaping quotes, backslashes, and as `\uXXXX` every
    /// scalar ``Sanitizer`` finds unsafe (C0, DEL, C1, bidirectional controls) and U+2028/U+2029.
    static func quote(_ s: String, into out: inout String) {
        out += "\""
        // Most strings need no escape: copy them whole (a quote, a backslash or a byte that may
        // start an unsafe scalar sends the string through the scalar loop).
        if !Sanitizer.mayBeUnsafe(s.utf8), !Self.hasQuoteOrBackslash(s.utf8) {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if Sanitizer.needsJSONEscape(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: false)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    private static func hasQuoteOrBackslash(_ utf8: String.UTF8View) -> Bool {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { bytes.contains { $0 == 0x22 || $0 == 0x5C } }
        if let found = utf8.withContiguousStorageIfAvailable(scan) { return found }
        return ContiguousArray(utf8).withUnsafeBufferPointer(scan)
    }
}
