/// One problem found in a catalog or profile file, with the place it was found.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable { case error, warning }

    public var severity: Severity
    /// The file, relative to the catalog directory where there is one.
    public var file: String
    public var line: Int?
    public var column: Int?
    /// The JSON path inside the file, e.g. `[3].requires[0]`; empty for the whole file.
    public var path: String
    public var message: String
    /// The id of the element the problem is in (a credential, role, skill or provider), when known.
    public var subject: String?

    public init(_ severity: Severity, file: String, line: Int? = nil, column: Int? = nil, path: String = "",
                message: String, subject: String? = nil) {
        self.severity = severity; self.file = file; self.line = line; self.column = column
        self.path = path; self.message = message; self.subject = subject
    }

    /// `file:line:column: subject: path: message`, the form compilers use, so editors can jump to it;
    /// e.g. `credentials/aws.json:12:14: aws-saa: [3].hours: 1e16 is out of range (at most 100000)`.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        var text = "\(place): " + (severity == .warning ? "warning: " : "")
        if let subject, !subject.isEmpty { text += "\(subject): " }
        if !path.isEmpty { text += "\(path): " }
        return text + message
    }
}

/// A catalog or profile that cannot be used, with every error found in it.
public struct CatalogError: Error, Sendable, CustomStringConvertible {
    /// Whether the trouble is a missing file (exit status 66) rather than bad content (65).
    public var isMissingFile: Bool
    public var diagnostics: [Diagnostic]

    public init(isMissingFile: Bool = false, diagnostics: [Diagnostic]) {
        self.isMissingFile = isMissingFile; self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
