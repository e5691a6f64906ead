import Foundation

/// The rules for a saved plan's name, which becomes a file name in `plans/`.
public enum PlanName {
    /// The longest name accepted, in UTF-8 bytes (file systems allow 255 with `.json`).
    public static let maximumLength = 100

    /// Returns the name in its stored form when it is usable as a file name; throws
    /// ``StorageError/badName(_:reason:)`` otherwise.
    ///
    /// The stored form is Unicode NFC, so `é` typed as one character or as `e` + U+0301 is one
    /// name and one file. A name must be non-empty, at most ``maximumLength`` bytes, hold no `/`,
    /// `\\`, control or bidirectional-control characters (``Sanitizer/isUnsafe(_:)``, and the line
    /// and paragraph separators), not begin with a dot, and not begin or end with a space.
    public static func validate(_ raw: String) throws(StorageError) -> String {
        let name = raw.precomposedStringWithCanonicalMapping
        func bad(_ reason: String) -> StorageError { .badName(name, reason: reason) }
        if name.isEmpty { throw bad("it is empty") }
        if name.utf8.count > maximumLength { throw bad("it is longer than \(maximumLength) bytes") }
        if name.hasPrefix(".") { throw bad("it begins with a dot (names like \".\", \"..\" and hidden files are not allowed)") }
        if name.first!.isWhitespace || name.last!.isWhitespace { throw bad("it begins or ends with a space") }
        for scalar in name.unicodeScalars {
            if scalar == "/" || scalar == "\\" { throw bad("it holds a slash; use letters, digits, spaces, '-' or '_'") }
            if Sanitizer.isUnsafe(scalar) || scalar == "\n" || scalar == "\t" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                throw bad("it holds a control or text-direction character (\\u{\(String(scalar.value, radix: 16))}); use letters, digits, spaces, '-' or '_'")
            }
        }
        return name
    }
}
