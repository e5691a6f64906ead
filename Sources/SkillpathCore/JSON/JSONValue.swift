/// A parsed JSON value that remembers where it stood in its source text.
///
/// Objects keep their members in source order, so duplicate keys can be reported
/// and unknown keys survive a round trip.
public struct JSONValue: Sendable {
    /// The value itself.
    public enum Kind: Sendable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSONValue])
        case object([Member])
    }

    /// One `"key": value` pair of an object.
    public struct Member: Sendable {
        public var key: String
        public var keyOffset: Int
        public var value: JSONValue
    }

    public var kind: Kind
    /// Byte offset of the value's first character in its source.
    public var offset: Int

    public init(_ kind: Kind, offset: Int) {
        self.kind = kind; self.offset = offset
    }

    /// The member named `key`, if this is an object that has it (first occurrence).
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = kind else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// A short name of the value's type for error messages: "a string", "an array"…
    public var typeName: String {
        switch kind {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
