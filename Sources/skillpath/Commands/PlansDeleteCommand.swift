import ArgumentParser
import SkillpathCore

/// `skillpath plans delete NAME`.
struct PlansDeleteCommand: SkillpathCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a saved plan (also one whose file is damaged).",
        discussion: "Example:\n  skillpath plans delete analyst"
    )

    @Argument(help: "The plan's name.")
    var name: String

    mutating func execute() throws {
        try PlanStore().delete(name)
        Output.write("Deleted \"\(name)\".\n")
    }
}
