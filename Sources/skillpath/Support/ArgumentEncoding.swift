import Foundation
import SkillpathCore

/// The command line's arguments as the operating system passed them, before they were decoded.
enum ArgumentEncoding {
    /// Throws a usage error (status 64) naming the first argument that is not valid UTF-8.
    ///
    /// Swift decodes arguments with repair, so an invalid byte would otherwise become U+FFFD and,
    /// in a plan name, a file like `n�.json` that no later command can name again.
    static func requireValidUTF8(_ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = CommandLine.unsafeArgv,
                                 count: Int = Int(CommandLine.argc)) throws {
        for i in 1..<max(1, count) {
            guard let argument = argv[i] else { continue }
            if String(validatingCString: argument) == nil {
                let shown = String(decoding: UnsafeRawBufferPointer(start: argument, count: strlen(argument)), as: UTF8.self)
                throw CLIError.usage("argument \(i) (\"\(Sanitizer.line(shown))\", invalid bytes shown as \u{FFFD}) is not valid UTF-8; "
                                     + "use names and values in UTF-8 (check the terminal's or the script's encoding)")
            }
        }
    }
}
