import SkillpathCore

/// RFC 8785 JSON Canonicalization Scheme (JCS): one byte sequence per JSON value.
///
/// Object members are sorted by the UTF-16 code units of their keys, numbers are written as
/// ECMAScript's `Number.prototype.toString` writes them, and strings escape only what JSON
/// requires (`"`, `\`, and control characters, with the short forms where JSON has one).
public enum CanonicalJSON {
    /// Why a value has no canonical form.
    public struct Failure: Error, Sendable, Equatable {
        public var message: String
    }

    /// The canonical UTF-8 bytes of `value`.
    public static func bytes(_ value: JSONValue) throws(Failure) -> [UInt8] {
        var out: [UInt8] = []
        try write(value, into: &out)
        return out
    }

    /// The canonical text of `value`.
    public static func string(_ value: JSONValue) throws(Failure) -> String {
        String(decoding: try bytes(value), as: UTF8.self)
    }

    private static func write(_ value: JSONValue, into out: inout [UInt8]) throws(Failure) {
        switch value.kind {
        case .null: out += Array("null".utf8)
        case .bool(let b): out += Array((b ? "true" : "false").utf8)
        case .number(let n): out += Array(try number(n).utf8)
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                try write(item, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            let sorted = members.sorted { $0.key.utf16.lexicographicallyPrecedes($1.key.utf16) }
            out.append(UInt8(ascii: "{"))
            for (i, member) in sorted.enumerated() {
                if i > 0 {
                    if sorted[i - 1].key == member.key {
                        throw Failure(message: "duplicate key \"\(member.key)\" has no canonical form")
                    }
                    out.append(UInt8(ascii: ","))
                }
                writeString(member.key, into: &out)
                out.append(UInt8(ascii: ":"))
                try write(member.value, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [0x5C, 0x22]
            case UInt8(ascii: "\\"): out += [0x5C, 0x5C]
            case 0x08: out += [0x5C, UInt8(ascii: "b")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0C: out += [0x5C, UInt8(ascii: "f")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `n` as ECMAScript writes it (ECMA-262 Number::toString, radix 10).
    public static func number(_ n: Double) throws(Failure) -> String {
        guard n.isFinite else { throw Failure(message: "\(n) is not a JSON number") }
        if n == 0 { return "0" }
        let sign = n < 0 ? "-" : ""
        let (digits, exponent) = shortestDigits(abs(n))
        // The value is 0.d1d2…dk × 10^exponent, as ECMA-262 states it (its n).
        let k = digits.count
        let text: String
        if k <= exponent && exponent <= 21 {
            text = digits + String(repeating: "0", count: exponent - k)
        } else if 0 < exponent && exponent <= 21 {
            let cut = digits.index(digits.startIndex, offsetBy: exponent)
            text = String(digits[..<cut]) + "." + String(digits[cut...])
        } else if -6 < exponent && exponent <= 0 {
            text = "0." + String(repeating: "0", count: -exponent) + digits
        } else {
            let e = exponent - 1
            let mantissa = k == 1 ? digits : String(digits.prefix(1)) + "." + String(digits.dropFirst())
            text = mantissa + "e" + (e < 0 ? "-" : "+") + String(abs(e))
        }
        return sign + text
    }

    /// The shortest decimal digits that round-trip to `x` (> 0), and the exponent `n` such that
    /// x = 0.digits × 10^n. Swift's `description` already prints the shortest round-trip digits.
    private static func shortestDigits(_ x: Double) -> (digits: String, exponent: Int) {
        let text = x.description
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        let point = mantissa.firstIndex(of: ".")
        let integerPart = point.map { mantissa[..<$0] } ?? mantissa
        let fraction = point.map { mantissa[mantissa.index(after: $0)...] } ?? ""
        var digits = Array(String(integerPart) + String(fraction))
        var n = integerPart.count + exponent
        while let first = digits.first, first == "0" { digits.removeFirst(); n -= 1 }
        while let last = digits.last, last == "0" { digits.removeLast() }
        return (String(digits), n)
    }
}
