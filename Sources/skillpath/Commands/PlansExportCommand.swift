import ArgumentParser
import SkillpathCore

/// `skillpath plans export NAME --format markdown|json|ics`.
struct PlansExportCommand: SkillpathCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, json, ics

        var exportFormat: PlanExport.Format { PlanExport.Format(rawValue: rawValue)! }
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print a saved plan as Markdown, JSON or iCalendar, with each step's status.",
        discussion: """
        JSON is the `skillpath plans show --format json` object: the `plan --format json` object with the name,
        dates and progress added, and a status on each step. iCalendar (RFC 5545) has one all-day event per step \
        that is not a milestone or skipped; its UIDs stay the same on every export of the plan, so a calendar \
        that imports it again updates its events.

        Examples:
          skillpath plans export analyst --format markdown > analyst.md
          skillpath plans export analyst --format json | jq '.steps[].status'
          skillpath plans export analyst --format ics > analyst.ics
        """
    )

    @Argument(help: "The plan's name.")
    var name: String

    @Option(name: .long, help: "markdown, json or ics.")
    var format: Format = .markdown

    @OptionGroup var catalogOption: CatalogOption

    mutating func execute() throws {
        var saved = try PlanStore().load(name)
        let catalog = try? catalogOption.load()
        if let catalog { saved.restoreReasons(catalog: catalog) }
        let staleReasons = format == .json ? CurrentInputs.read(catalog: catalog).staleReasons(of: saved) : []
        // The same bytes the terminal interface's export writes (PlanExport).
        Output.writeRaw(PlanExport.bytes(saved, format: format.exportFormat, catalog: catalog, staleReasons: staleReasons))
    }
}
