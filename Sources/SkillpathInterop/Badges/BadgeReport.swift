/// What importing one badge file found: the credential it matched and whether it was imported.
public struct BadgeReport: Sendable, Equatable {
    /// Whether the badge was imported, and why.
    public enum Outcome: Sendable, Equatable {
        /// Its signature was checked; the text says how.
        case verified(String)
        /// Imported without a check (`--unverified`); the text says why none was possible.
        case unverified(String)
        /// Not imported: forged, expired, not yet valid, malformed, or uncheckable without `--unverified`.
        case refused(String)
        /// The file does not exist or cannot be read.
        case missing(String)
    }

    public var file: String
    /// The match, when the badge could be read.
    public var match: BadgeMatcher.Match?
    public var outcome: Outcome

    public init(file: String, match: BadgeMatcher.Match?, outcome: Outcome) {
        self.file = file; self.match = match; self.outcome = outcome
    }

    /// The credential this report adds to the profile's earned list, if any.
    public var importedCredential: String? {
        guard case .matched(let id, _)? = match else { return nil }
        switch outcome {
        case .verified, .unverified: return id
        case .refused, .missing: return nil
        }
    }

    public var isRefused: Bool { if case .refused = outcome { true } else { false } }
    public var isMissing: Bool { if case .missing = outcome { true } else { false } }
}
