/// Reads typed fields out of a parsed JSON document, collecting a diagnostic for each problem
/// instead of stopping at the first.
public final class JSONReader {
    public let source: JSONSource
    public private(set) var diagnostics: [Diagnostic] = []
    /// The id of the element being read; every diagnostic reported meanwhile names it.
    public var subject: String?

    public init(source: JSONSource) { self.source = source }

    /// Parses the source; on a syntax error records it and returns nil.
    public func parse() -> JSONValue? {
        do {
            return try JSONParser.parse(source.bytes)
        } catch {
            report(.error, at: error.offset, path: "", error.message)
            return nil
        }
    }

    /// Records a diagnostic at a byte offset of this source.
    public func report(_ severity: Diagnostic.Severity, at offset: Int, path: String, _ message: String) {
        let (line, column) = source.location(of: offset)
        diagnostics.append(Diagnostic(severity, file: source.name, line: line, column: column, path: path, message: message, subject: subject))
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    // MARK: Shapes

    /// The elements of an array, or nil (with an error) when the value is something else.
    public func array(_ value: JSONValue, path: String, what: String) -> [JSONValue]? {
        guard case .array(let elements) = value.kind else {
            report(.error, at: value.offset, path: path, "expected \(what) (a JSON array) but found \(value.typeName)")
            return nil
        }
        return elements
    }

    /// The members of an object, or nil (with an error). Duplicate keys get a warning.
    public func object(_ value: JSONValue, path: String, what: String) -> [JSONValue.Member]? {
        guard case .object(let members) = value.kind else {
            report(.error, at: value.offset, path: path, "expected \(what) (a JSON object) but found \(value.typeName)")
            return nil
        }
        var seen = Set<String>()
        for member in members where !seen.insert(member.key).inserted {
            report(.warning, at: member.keyOffset, path: path, "duplicate key \"\(member.key)\"; the first one is used")
        }
        return members
    }

    // MARK: Fields

    /// A string field; reports a missing required key or a wrong type.
    public func string(_ object: JSONValue, _ key: String, path: String, required: Bool = true) -> String? {
        guard let value = field(object, key, path: path, required: required) else { return nil }
        guard case .string(let s) = value.kind else {
            report(.error, at: value.offset, path: join(path, key), "expected a string but found \(value.typeName)")
            return nil
        }
        return s
    }

    /// A number field within `range` (finite, so never NaN or infinite).
    public func number(_ object: JSONValue, _ key: String, path: String, required: Bool = true, in range: ClosedRange<Double>) -> Double? {
        guard let value = field(object, key, path: path, required: required) else { return nil }
        return number(value, path: join(path, key), in: range)
    }

    /// A number value within `range`, or nil with `1e16 is out of range (at most 100000)`.
    public func number(_ value: JSONValue, path: String, in range: ClosedRange<Double>) -> Double? {
        guard case .number(let n) = value.kind else {
            report(.error, at: value.offset, path: path, "expected a number but found \(value.typeName)")
            return nil
        }
        guard !range.contains(n) else { return n }
        let allowed = n < range.lowerBound
            ? (range.lowerBound == 0 ? "must be zero or more" : "at least \(Limits.format(range.lowerBound))")
            : "at most \(Limits.format(range.upperBound))"
        report(.error, at: value.offset, path: path, "\(Self.format(n)) is out of range (\(allowed))")
        return nil
    }

    /// A number as a message shows it: `12`, `0.5`, `1e16`, `1e-17`, `inf`.
    public static func format(_ n: Double) -> String {
        if n.rounded() == n, abs(n) < 9e18 {
            // `1e11` rather than `100000000000` when six or more zeros end it.
            var mantissa = Int64(n), exponent = 0
            while mantissa != 0, mantissa % 10 == 0 { mantissa /= 10; exponent += 1 }
            return exponent >= 6 ? "\(mantissa)e\(exponent)" : String(Int64(n))
        }
        return String(n).replacing("e+", with: "e")
    }

    /// An integer field within `range`.
    public func integer(_ object: JSONValue, _ key: String, path: String, required: Bool = true, in range: ClosedRange<Int>) -> Int? {
        guard let value = field(object, key, path: path, required: required) else { return nil }
        return integer(value, path: join(path, key), in: range)
    }

    /// An integer value within `range`.
    public func integer(_ value: JSONValue, path: String, in range: ClosedRange<Int>) -> Int? {
        guard case .number(let n) = value.kind else {
            report(.error, at: value.offset, path: path, "expected a whole number but found \(value.typeName)")
            return nil
        }
        guard n.rounded() == n, n >= Double(range.lowerBound), n <= Double(range.upperBound) else {
            report(.error, at: value.offset, path: path, "must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(Self.format(n))")
            return nil
        }
        return Int(n)
    }

    /// A boolean field.
    public func bool(_ object: JSONValue, _ key: String, path: String) -> Bool? {
        guard let value = field(object, key, path: path, required: false) else { return nil }
        guard case .bool(let b) = value.kind else {
            report(.error, at: value.offset, path: join(path, key), "expected true or false but found \(value.typeName)")
            return nil
        }
        return b
    }

    /// The value of a key, reporting it when required and missing. `null` counts as missing.
    public func field(_ object: JSONValue, _ key: String, path: String, required: Bool) -> JSONValue? {
        guard let value = object[key], !isNull(value) else {
            if required { report(.error, at: object.offset, path: path, "missing required key \"\(key)\"") }
            return nil
        }
        return value
    }

    private func isNull(_ value: JSONValue) -> Bool {
        if case .null = value.kind { return true }
        return false
    }

    /// Joins a JSON path and a key: `[3]` + `requires` → `[3].requires`.
    public func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }
}
