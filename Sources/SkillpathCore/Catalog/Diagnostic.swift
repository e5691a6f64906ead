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

    public init(_ severity: Severity, file: String, line: Int? = nil, column: Int? = nil, path: String = "", message: String) {
        self.severity = severity; self.file = file; self.line = line; self.column = column
        self.path = path; self.message = message
    }

    /// `file:line:column: path: message`, the form compilers use, so editors can jump to it.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        let prefix = severity == .warning ? "warning: " : ""
        return path.isEmpty ? "\(place): \(prefix)\(message)" : "\(place): \(prefix)\(path): \(message)"
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
