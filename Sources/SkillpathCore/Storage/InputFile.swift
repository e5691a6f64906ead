/// A named input file read for another module (badges to import), through ``RegularFile``'s
/// gate: only a regular file, and only up to ``Limits/maxFileBytes``.
public enum InputFile {
    /// Why the file could not be read.
    public struct Failure: Error, Sendable, Equatable {
        /// The file does not exist (exit status 66), rather than being unreadable.
        public var isMissing: Bool
        /// What is wrong, after the file's name: "does not exist", "is a directory, not a regular file".
        public var reason: String
    }

    /// The file's bytes, or why they cannot be had.
    public static func read(_ path: String) -> Result<[UInt8], Failure> {
        RegularFile.read(path).mapError { Failure(isMissing: $0 == .missing, reason: $0.reason) }
    }
}
