/// The content-line rules of iCalendar (RFC 5545 §3.1 and §3.3.11): TEXT escaping, folding at
/// 75 octets without splitting a UTF-8 character, and CRLF line ends.
public enum ICalendarText {
    /// The longest a content line may be, in octets, not counting its CRLF (RFC 5545 §3.1).
    public static let maxOctets = 75
    /// The line end iCalendar requires.
    public static let lineEnd = "\r\n"

    /// Untrusted text as a TEXT value: unsafe characters made visible (``Sanitizer/text(_:)``),
    /// then `\` → `\\`, `;` → `\;`, `,` → `\,` and a newline → `\n` (RFC 5545 §3.3.11).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in Sanitizer.text(text).unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The inverse of ``escape(_:)`` for a value read back (used to check round trips).
    public static func unescape(_ value: String) -> String {
        var out = String.UnicodeScalarView()
        var escaping = false
        for scalar in value.unicodeScalars {
            if escaping {
                out.append(scalar == "n" || scalar == "N" ? "\n" : scalar)
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// One content line, folded: each physical line at most ``maxOctets`` octets, a continuation
    /// line starting with one space, and no UTF-8 sequence split across lines. Ends with CRLF.
    public static func fold(_ line: String) -> String {
        guard line.utf8.count > maxOctets else { return line + lineEnd }
        var out = ""
        out.reserveCapacity(line.utf8.count + line.utf8.count / 70 * 3 + 2)
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if octets + size > maxOctets {
                out += lineEnd + " "
                octets = 1
            }
            out.unicodeScalars.append(scalar)
            octets += size
        }
        return out + lineEnd
    }

    /// The logical lines of a document: CRLF line ends split, and folds (CRLF then a space or tab) undone.
    public static func unfold(_ document: String) -> [String] {
        let joined = document.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n\t", with: "")
        var lines = joined.components(separatedBy: "\r\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
