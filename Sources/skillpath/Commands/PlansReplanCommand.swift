import ArgumentParser
import SkillpathCore

/// `skillpath plans replan NAME`: plan the open steps again from the progress and the current profile.
struct PlansReplanCommand: SkillpathCommand {
    static let configuration = CommandConfiguration(
        commandName: "replan",
        abstract: "Plan a saved plan's open steps again from your progress and your current profile.",
        discussion: """
        Done steps count as earned and stay in front; steps in progress stay and are pinned; skipped steps
        are avoided. No step with progress is ever dropped, and its status and dates are kept. The plan then
        records the current profile and catalog, so it is no longer out of date. When no valid plan exists,
        the reasons are printed and the saved plan is left as it was (exit status 3).

        Examples:
          skillpath plans replan analyst
          skillpath plans replan analyst --format json | jq .progress
        """
    )

    @Argument(help: "The plan's name.")
    var name: String

    @OptionGroup var catalogOption: CatalogOption
    @OptionGroup var formatOption: FormatOption

    mutating func execute() throws {
        let store = PlanStore()
        let saved = try store.load(name)
        let catalog = try catalogOption.load()
        let profile = try ProfileStore().load(catalog: nil) ?? Profile()
        let result = try saved.replanned(current: profile, catalog: catalog)
        guard result.plan.feasible else {
            let text = PlanText(plan: result.plan, catalog: catalog, progress: result.stepStatuses,
                                style: Output.style, width: Output.width).render()
            Output.write(text + "The saved plan \"\(Sanitizer.line(saved.name))\" is unchanged.\n")
            throw ExitCode(ExitStatus.noPlan)
        }
        let stored = try store.save(result, replacing: true, since: saved.statuses)
        if formatOption.format == .json { return FormatOption.write(SavedPlanJSON.output(stored)) }
        Output.write("Re-planned \"\(Sanitizer.line(stored.name))\" · \(stored.counts.summary)\n"
            + PlanText(plan: stored.plan, catalog: catalog, progress: stored.stepStatuses,
                       style: Output.style, width: Output.width).render())
    }
}
