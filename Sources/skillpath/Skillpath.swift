import ArgumentParser
import Foundation
import SkillpathCore

/// `skillpath`: plan micro-credentials toward a target role. Alone, it opens the terminal interface.
@main
struct Skillpath: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skillpath",
        abstract: "Plan the cheapest or quickest set of micro-credentials for a target role.",
        discussion: """
        Run `skillpath` alone for the full-screen interface, or use the commands below from scripts.

        Examples:
          skillpath roles
          skillpath role data-analyst
          skillpath profile set --skill sql=2 --hours-per-week 8
          skillpath plan --role data-analyst --budget 500
          skillpath plan --role data-analyst --format json
          skillpath plan --role data-analyst --save mine
          skillpath plans show mine

        Exit status: 0 success; 3 no valid plan exists; 64 bad usage (an unknown
        option, role or id); 65 the catalog, profile or a saved file is invalid;
        66 a named file or plan does not exist.

        Your profile and plans are kept in $SKILLPATH_HOME, else
        $XDG_DATA_HOME/skillpath, else ~/.local/share/skillpath.
        """,
        version: "0.1.0",
        subcommands: [
            TUICommand.self,
            PlanCommand.self,
            RolesCommand.self,
            RoleCommand.self,
            CatalogCommand.self,
            PlansCommand.self,
            ProfileCommand.self,
        ],
        defaultSubcommand: TUICommand.self
    )

    /// Refuses a mistyped command name with a "did you mean" (status 64), then runs as usual, except
    /// that ArgumentParser's own messages, which echo the arguments, pass through the ``Sanitizer``.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let mistake = CommandSpelling.mistake(in: arguments, root: Self.self) {
            Output.error(mistake)
            Foundation.exit(ExitStatus.usage)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            // As `exit(withError:)` does, with the message made safe to print.
            let status = exitCode(for: error)
            let message = Sanitizer.text(fullMessage(for: error))
            if !message.isEmpty {
                if status == .success { Output.write(message + "\n") } else { Output.standardError(message) }
            }
            Foundation.exit(status.rawValue)
        }
    }
}
