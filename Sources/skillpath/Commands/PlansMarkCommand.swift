import ArgumentParser
import SkillpathCore

extension StepStatus: ExpressibleByArgument {}

/// `skillpath plans mark NAME CREDENTIAL STATUS`: record progress on one step.
struct PlansMarkCommand: SkillpathCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark",
        abstract: "Set a step's status: todo, in-progress, done or skipped.",
        discussion: """
        The day a step starts and finishes is recorded: today, or the day given with --on. Marking a step
        again with the status it has corrects that day.

        Examples:
          skillpath plans mark analyst gda-analyze-data in-progress
          skillpath plans mark analyst gda-analyze-data done
          skillpath plans mark analyst gda-analyze-data done --on 2026-12-20
        """
    )

    @Argument(help: "The plan's name.")
    var name: String

    @Argument(help: ArgumentHelp("The step's credential id.", valueName: "credential"))
    var credential: String

    @Argument(help: "todo, in-progress, done or skipped.")
    var status: StepStatus

    @Option(name: .long, help: ArgumentHelp("The day to record (default: today).", valueName: "YYYY-MM-DD"))
    var on: String?

    mutating func execute() throws {
        let store = PlanStore()
        let steps = try store.load(name).progress.map(\.credential)
        guard steps.contains(credential) else {
            throw CLIError.usage("plan \"\(name)\" has no step \"\(credential)\""
                + (Identifier.suggestion(for: credential, among: steps).map { " (did you mean \"\($0)\"?)" } ?? "")
                + "; its steps are: " + steps.joined(separator: ", "))
        }
        let day = try self.day()
        let credential = credential, status = status
        let saved = try store.update(name) { (plan: inout SavedPlan) throws(StorageError) in
            plan.setStatus(status, of: credential, on: day)
        }
        Output.write("\(credential): \(status.label) on \(day). \(saved.counts.summary).\n")
    }

    /// The `--on` day, else today.
    private func day() throws -> CalendarDate {
        guard let on else { return .today() }
        guard let day = CalendarDate(on) else {
            throw CLIError.usage("--on: \"\(Sanitizer.line(on))\" is not a date; write it as YYYY-MM-DD, e.g. 2026-12-20")
        }
        return day
    }
}
