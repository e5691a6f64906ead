/// Why a profile or plan could not be read or written, naming the file and the fix.
public enum StorageError: Error, Sendable, CustomStringConvertible {
    /// The file exists but does not hold what it should; it is left untouched.
    case corrupt(file: String, diagnostics: [Diagnostic])
    /// The file was written by a newer skillpath; it is left untouched.
    case newerFormat(file: String, version: Int, supported: Int)
    /// A plan name that cannot be used as a file name.
    case badName(String, reason: String)
    /// No saved plan by that name.
    case noSuchPlan(String, suggestion: String?)
    /// A plan by that name exists and replacing it was not asked for.
    case planExists(String)
    /// A rename's new name is taken by another plan.
    case nameTaken(String)
    /// The path holds something that is not a usable file: a FIFO, a device, a symbolic link
    /// where none is followed, or far too many bytes. It is left as it is.
    case unusableFile(file: String, reason: String)
    /// The operating system refused: permissions, a full disk…
    case io(file: String, message: String)

    public var description: String {
        switch self {
        case .corrupt(let file, let diagnostics):
            let details = diagnostics.filter { $0.severity == .error }.map { "  \($0)" }.joined(separator: "\n")
            return "\(file) is not valid and was left as it is:\n\(details)\n"
                + "Fix the file, or move it aside (mv \"\(file)\" \"\(file).bad\") to start afresh."
        case .newerFormat(let file, let version, let supported):
            return "\(file) was written by a newer skillpath (format \(version); this one reads up to \(supported)); "
                + "it was left as it is. Upgrade skillpath to use it."
        case .badName(let name, let reason):
            return "cannot use \"\(Self.printable(name))\" as a plan name: \(reason)"
        case .noSuchPlan(let name, let suggestion):
            return "no saved plan named \"\(Self.printable(name))\""
                + (suggestion.map { " (did you mean \"\($0)\"?)" } ?? "") + "; `skillpath plans list` shows them"
        case .planExists(let name):
            return "a plan named \"\(Self.printable(name))\" already exists; choose another name, or replace it with --replace"
        case .nameTaken(let name):
            return "a plan named \"\(Self.printable(name))\" already exists; choose another name, "
                + "or delete that plan first (skillpath plans delete \"\(Self.printable(name))\")"
        case .unusableFile(let file, let reason):
            return "\(file) \(reason)"
        case .io(let file, let message):
            return "\(file): \(message)"
        }
    }

    /// The sysexits status that fits: 64 bad name, 65 bad or unusable file, 66 missing, 74 input/output.
    public var exitStatus: Int32 {
        switch self {
        case .badName, .planExists, .nameTaken: return 64
        case .corrupt, .newerFormat, .unusableFile: return 65
        case .noSuchPlan: return 66
        case .io: return 74
        }
    }

    /// The name with control and bidi characters written as `\\u{…}`, safe to print.
    static func printable(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if Sanitizer.isUnsafe(scalar) || scalar == "\n" || scalar == "\t" {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
