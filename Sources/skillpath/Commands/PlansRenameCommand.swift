import ArgumentParser
import SkillpathCore

/// `skillpath plans rename OLD NEW`.
struct PlansRenameCommand: SkillpathCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename",
        abstract: "Rename a saved plan.",
        discussion: "Example:\n  skillpath plans rename analyst data-analyst-2027"
    )

    @Argument(help: "The plan's current name.")
    var name: String

    @Argument(help: "The new name.")
    var newName: String

    mutating func execute() throws {
        do {
            try PlanStore().rename(name, to: newName)
        } catch .planExists(let existing) {
            // `rename` has no --replace: say what to do instead.
            let shown = Sanitizer.line(existing)
            if existing == name {
                throw CLIError.usage("\"\(shown)\" is already the plan's name; give a different new name")
            }
            throw CLIError.usage("a plan named \"\(shown)\" already exists; choose another new name, "
                                 + "or delete that plan first with `skillpath plans delete \(PlanCommand.quoted(shown))`")
        }
        Output.write("Renamed \"\(name)\" to \"\(newName)\".\n")
    }
}
