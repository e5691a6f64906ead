import ArgumentParser
import SkillpathCore

/// Catches a mistyped command name before ArgumentParser sees it.
///
/// `skillpath` has `tui` as its default subcommand, so ArgumentParser would hand `skillpath roels`
/// to `tui` and end in `tui`'s usage; and `skillpath catalog serch` would only say "unexpected
/// argument". Here the words that name commands are followed down the command tree, and the first
/// one that names no command is reported with the closest known name.
enum CommandSpelling {
    /// The message for the first argument that should name a subcommand and does not, if any:
    /// `unknown command 'roels'; did you mean 'roles'?`.
    ///
    /// At each level the first argument is looked at: a known subcommand name descends into it; an
    /// option (`-…`) ends the walk, because options go to the command reached (or to its default
    /// subcommand, so `skillpath --catalog DIR` still opens the interface); a command without
    /// subcommands ends it too, because its arguments are its own.
    static func mistake(in arguments: [String], root: any ParsableCommand.Type) -> String? {
        var level = Level(root)
        var path = [level.name]
        for argument in arguments {
            if level.children.isEmpty || argument.hasPrefix("-") || argument == "help" { return nil }
            if let next = level.children.first(where: { $0.names.contains(argument) }) {
                level = next
                path.append(argument)
                continue
            }
            let names = level.children.map(\.name)
            var message = "unknown command '\(Sanitizer.line(argument))'"
            if path.count > 1 { message += " for '\(path.joined(separator: " "))'" }
            if let near = Identifier.suggestion(for: argument, among: names) {
                message += "; did you mean '\(near)'?"
            } else {
                message += "; the commands are: " + names.joined(separator: ", ")
            }
            return message + " (see `\(path.joined(separator: " ")) --help`)"
        }
        return nil
    }

    /// One command of the tree: its name, the names it answers to, and its subcommands.
    struct Level {
        var name: String
        var names: [String]
        var children: [Level]

        init(_ command: any ParsableCommand.Type) {
            let configuration = command.configuration
            name = command._commandName
            names = [name] + configuration.aliases
            children = configuration.subcommands.map(Level.init)
        }
    }
}
