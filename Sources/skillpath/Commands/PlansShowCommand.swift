import ArgumentParser
import SkillpathCore

/// `skillpath plans show NAME`: a saved plan with the status of each step.
struct PlansShowCommand: SkillpathCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a saved plan and the status of each step.",
        discussion: """
        The saved plan is shown as it was made. When the profile or the catalog has changed since, it says
        what changed ("Out of date: hours per week 8 → 12"); `skillpath plans replan NAME` plans it again
        from your progress.

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
        let stale = CurrentInputs.read(catalog: catalog).staleReasons(of: saved)
        if formatOption.format == .json { return FormatOption.write(SavedPlanJSON.output(saved, staleReasons: stale)) }
        var text = "Saved plan \"\(Sanitizer.line(saved.name))\" · made \(Timestamp.format(saved.created).prefix(10))"
            + " · updated \(Timestamp.format(saved.updated).prefix(10)) · \(saved.counts.summary)\n"
        if !stale.isEmpty {
            text += Sanitizer.line("Out of date: " + stale.joined(separator: "; ")
                + ". Plan it again from your progress with: skillpath plans replan \(saved.name)") + "\n"
        }
        text += PlanText(plan: saved.plan, catalog: catalog, progress: saved.progress.map(\.status),
                         style: Output.style, width: Output.width).render()
        text += Self.pinnedLines(saved, catalog: catalog)
        Output.write(text)
    }

    /// One line per pinned step: "Pinned: Title (instead of Other)"; nothing when there are no pins.
    static func pinnedLines(_ saved: SavedPlan, catalog: Catalog?) -> String {
        func title(_ id: String) -> String {
            Sanitizer.line(saved.plan.steps.first { $0.credential == id }?.title ?? catalog?.credential(id)?.title ?? id)
        }
        return saved.pins.map { pin in
            "Pinned: \(title(pin.credential)) [\(Sanitizer.line(pin.credential))]"
                + (pin.replaces.map { " instead of \(title($0))" } ?? " (in progress)") + "\n"
        }.joined()
    }
}
