import ArgumentParser

/// `skillpath profile`: the saved profile that `plan` and `role` use by default.
struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Show or change your saved profile: skills, credentials held, pace, budget.",
        discussion: """
        Examples:
          skillpath profile set --role data-analyst --skill sql=2 --hours-per-week 8
          skillpath profile set --have google-it-support --budget 800 --objective balanced
          skillpath profile show
          skillpath profile show --format json > me.json
          skillpath profile import-badge sql-basics.json
        """,
        subcommands: [ProfileShowCommand.self, ProfileSetCommand.self, ProfileImportBadgeCommand.self],
        defaultSubcommand: ProfileShowCommand.self
    )
}
