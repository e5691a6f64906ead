/// What checking a badge's signature found.
public enum BadgeCheck: Sendable, Equatable {
    /// The signature holds; the text says how it was checked.
    case verified(String)
    /// The proof cannot be checked offline (did:web, another cryptosuite, no proof); the text says why.
    case uncheckable(String)
    /// The badge is forged, damaged or malformed; the text says why.
    case refused(String)
}
