import ArgumentParser
import SkillpathCore

extension StepStatus: ExpressibleByArgument {}

/// `skillpath plans mark NAME CREDENTIAL STATUS`: record progress on one step.
struct PlansMarkCommand: SkillpathCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark",
        abstract: "Set a step's status: todo, in-progress, done or skipped.",
        discussion: """
        The day a step starts and finishes is recorded.

        Examples:
          skillpath plans mark analyst gda-analyze-data in-progress
          skillpath plans mark analyst gda-analyze-data done
        """
    )

    @Argument(help: "The plan's name.")
    var name: String

    @Argument(help: ArgumentHelp("The step's credential id.", valueName: "credential"))
    var credential: String

    @Argument(help: "todo, in-progress, done or skipped.")
    var status: StepStatus

    mutating func execute() throws {
        let store = PlanStore()
        let steps = try store.load(name).progress.map(\.credential)
        guard steps.contains(credential) else {
            throw CLIError.usage("plan \"\(name)\" has no step \"\(credential)\""
                + (Identifier.suggestion(for: credential, among: steps).map { " (did you mean \"\($0)\"?)" } ?? "")
                + "; its steps are: " + steps.joined(separator: ", "))
        }
        let credential = credential, status = status
        let saved = try store.update(name) { (plan: inout SavedPlan) throws(StorageError) in
            plan.setStatus(status, of: credential)
        }
        let (finished, total) = saved.completed
        Output.write("\(credential): \(status.label). \(finished) of \(total) steps done or skipped.\n")
    }
}
