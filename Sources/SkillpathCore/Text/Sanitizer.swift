/// The one gate through which untrusted text (catalog, profile, saved plan, arguments) reaches a
/// terminal or a file.
///
/// Control characters that a terminal would act on become visible: C0 controls other than `\n`
/// and `\t`, DEL, the C1 controls (U+0080–U+009F) and the bidirectional overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069) are each replaced by ``replacement``.
public enum Sanitizer {
    /// What a refused character becomes: U+FFFD REPLACEMENT CHARACTER, visible everywhere.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Whether a terminal could act on this scalar (it is never printed as is).
    @inline(__always)
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v != 0x0A && v != 0x09 }
        if v < 0x7F { return false }
        if v <= 0x9F { return true }
        return (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// Whether a string needs no change (the common case is checked without allocating).
    public static func isClean(_ text: String) -> Bool {
        if !mayBeUnsafe(text.utf8) { return true }
        return !text.unicodeScalars.contains(where: isUnsafe)
    }

    /// A quick scan of UTF-8 bytes: false when no unsafe scalar can be there, because every
    /// unsafe scalar's encoding starts with a byte below 0x20, 0x7F, 0xC2 (C1 controls) or 0xE2
    /// (the bidirectional controls, and U+2028/U+2029). True says "look closer".
    public static func mayBeUnsafe(_ utf8: String.UTF8View) -> Bool {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            bytes.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }
        }
        if let found = utf8.withContiguousStorageIfAvailable(scan) { return found }
        return ContiguousArray(utf8).withUnsafeBufferPointer(scan)
    }

    /// `text` with every unsafe scalar replaced; newlines and tabs kept.
    public static func text(_ text: String) -> String {
        if isClean(text) { return text }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars { scalars.append(isUnsafe(scalar) ? replacement : scalar) }
        return String(scalars)
    }

    /// `text` for one line: unsafe scalars replaced, and newlines and tabs become spaces.
    public static func line(_ text: String) -> String {
        if !mayBeUnsafe(text.utf8) { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(scalar == "\n" || scalar == "\t" ? " " : isUnsafe(scalar) ? replacement : scalar)
        }
        return String(scalars)
    }
}
