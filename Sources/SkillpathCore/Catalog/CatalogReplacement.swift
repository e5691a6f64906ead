/// An entry of a later catalog layer that took the place of an earlier layer's entry with the same id.
public struct CatalogReplacement: Sendable, Hashable, CustomStringConvertible {
    /// `skill`, `provider`, `role` or `credential`.
    public var kind: String
    public var id: String
    /// Where the replacing entry is (file, line and column; no message).
    public var by: Diagnostic
    /// Where the replaced entry was.
    public var replaced: Diagnostic

    public init(kind: String, id: String, by: Diagnostic, replaced: Diagnostic) {
        self.kind = kind; self.id = id; self.by = by; self.replaced = replaced
    }

    /// `employer/credentials/aws.json:3:5: aws-saa replaces the credential from Catalog/credentials/aws.json:12:5`.
    public var description: String {
        "\(Self.place(by)): \(id) replaces the \(kind) from \(Self.place(replaced))"
    }

    static func place(_ diagnostic: Diagnostic) -> String {
        var text = diagnostic.file
        if let line = diagnostic.line { text += ":\(line)" }
        if let column = diagnostic.column { text += ":\(column)" }
        return text
    }
}
