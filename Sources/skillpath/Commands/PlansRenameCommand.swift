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
        // The store refuses a taken name or the same name with a message that says what to do.
        try PlanStore().rename(name, to: newName)
        Output.write("Renamed \"\(name)\" to \"\(newName)\".\n")
    }
}
