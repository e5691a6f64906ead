import ArgumentParser
import Foundation
import SkillpathCore

extension Skillpath {
    /// Parses the arguments and runs the command, like ArgumentParser's own `main()`, except that
    /// its messages pass through ``Output``: a parse error or a `ValidationError` echoes the user's
    /// arguments, and those must reach the terminal sanitised like everything else.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let status = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if status == .success { Output.write(message + "\n") } else { Output.standardError(message) }
            }
            Foundation.exit(status.rawValue)
        }
    }
}
