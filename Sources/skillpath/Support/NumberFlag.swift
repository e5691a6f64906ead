import ArgumentParser
import SkillpathCore

/// The one parser for every number a flag takes: a plain decimal number inside a ``Limits`` range.
///
/// `Double(_:)` alone would take `0x10` as 16, `inf`, `nan` and `1e-17`; a flag takes only plain
/// decimals (`8`, `7.5`, `-1`, `1e6`), and a value outside its range is refused with the range, so
/// no number that the engine cannot handle ever reaches it. The options using it parse
/// `.unconditional`ly, so that `--budget -1` is read as the value -1 and refused as below 0,
/// not taken for an option named `-1`.
enum NumberFlag {
    /// Why a flag's text is not an acceptable number; ArgumentParser prints it after
    /// "The value 'X' is invalid for '--flag <name>'" and exits with status 64.
    struct Refusal: Error, CustomStringConvertible {
        var description: String
    }

    /// A transform for `@Option(transform:)`: the text as a number within `range`, else a ``Refusal``.
    static func parser(_ range: ClosedRange<Double>) -> @Sendable (String) throws -> Double {
        { text in try parse(text, in: range) }
    }

    /// The text as a number within `range`.
    static func parse(_ text: String, in range: ClosedRange<Double>) throws -> Double {
        guard isPlainDecimal(text), let value = Double(text) else {
            throw Refusal(description: "expected a plain decimal number such as 8 or 7.5 (\(Limits.describe(range)))")
        }
        guard value.isFinite else {
            throw Refusal(description: "out of range: it must be \(Limits.describe(range))")
        }
        if value < range.lowerBound {
            throw Refusal(description: "must be ≥ \(Limits.format(range.lowerBound)) (it must be \(Limits.describe(range)))")
        }
        if value > range.upperBound {
            throw Refusal(description: "out of range: it must be ≤ \(Limits.format(range.upperBound)) (\(Limits.describe(range)))")
        }
        return value
    }

    /// Whether `text` is `-?digits[.digits][e[+-]digits]` (a leading or trailing point allowed, not both
    /// without digits): no hexadecimal, no `inf`/`nan`, no `+`, no spaces.
    static func isPlainDecimal(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        func digits() -> Int {
            let count = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        var mantissa = digits()
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }
}
