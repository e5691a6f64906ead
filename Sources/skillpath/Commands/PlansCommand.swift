import ArgumentParser

/// `skillpath plans`: saved plans and their progress.
struct PlansCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plans",
        abstract: "List, show, re-plan, export, rename, delete saved plans, and record progress.",
        discussion: """
        Save a plan with `skillpath plan --role ID --save NAME`.

        Examples:
          skillpath plans list
          skillpath plans show analyst
          skillpath plans mark analyst gda-analyze-data done --on 2026-12-20
          skillpath plans replan analyst
          skillpath plans export analyst --format markdown > analyst.md
          skillpath plans rename analyst data-analyst-2027
          skillpath plans delete data-analyst-2027
        """,
        subcommands: [PlansListCommand.self, PlansShowCommand.self, PlansMarkCommand.self, PlansReplanCommand.self, PlansExportCommand.self,
                      PlansRenameCommand.self, PlansDeleteCommand.self]
    )
}
