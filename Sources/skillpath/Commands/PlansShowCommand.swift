import ArgumentParser
import SkillpathCore

/// `skillpath plans show NAME`: a saved plan with the status of each step.
struct PlansShowCommand: SkillpathCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a saved plan and the status of each step.",
        discussion: """
        The saved plan is shown as it was made; if the catalog has changed since, a note says so.

        Examples:
          skillpath plans show analyst
          skillpath plans show analyst --format json | jq .progress
        """
    )

    @Argument(help: "The plan's name.")
    var name: String

    @OptionGroup var catalogOption: CatalogOption
    @OptionGroup var formatOption: FormatOption

    mutating func execute() throws {
        var saved = try PlanStore().load(name)
        let catalog = try? catalogOption.load()
        if let catalog { saved.restoreReasons(catalog: catalog) }
        if formatOption.format == .json { return FormatOption.write(SavedPlanJSON.output(saved)) }
        var text = "Saved plan \"\(Sanitizer.line(saved.name))\" · made \(Timestamp.format(saved.created).prefix(10))"
            + " · updated \(Timestamp.format(saved.updated).prefix(10))\n"
        if let catalog, catalog.fingerprint != saved.catalogFingerprint {
            text += "Note: the catalog has changed since this plan was made; plan again for current prices and credentials.\n"
        }
        text += PlanText(plan: saved.plan, catalog: catalog, progress: saved.progress.map(\.status),
                         style: Output.style, width: Output.width).render()
        Output.write(text)
    }
}
