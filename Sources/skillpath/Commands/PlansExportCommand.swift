import ArgumentParser
import SkillpathCore

/// `skillpath plans export NAME --format markdown|json`.
struct PlansExportCommand: SkillpathCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print a saved plan as Markdown or JSON, with each step's status.",
        discussion: """
        JSON is the `skillpath plan --format json` object with "name" added and a "status" on each step.

        Examples:
          skillpath plans export analyst --format markdown > analyst.md
          skillpath plans export analyst --format json | jq '.steps[].status'
        """
    )

    @Argument(help: "The plan's name.")
    var name: String

    @Option(name: .long, help: "markdown or json.")
    var format: Format = .markdown

    @OptionGroup var catalogOption: CatalogOption

    mutating func execute() throws {
        let saved = try PlanStore().load(name)
        switch format {
        case .markdown:
            let catalog = try? catalogOption.load()
            Output.write(PlanMarkdown(plan: saved.plan, catalog: catalog, progress: saved.progress.map(\.status),
                                     title: "Study plan \"\(saved.name)\": \(catalog?.role(saved.role)?.title ?? saved.role)").render())
        case .json:
            Output.write(Self.json(saved).rendered(pretty: true) + "\n")
        }
    }

    /// The plan's JSON with the plan's name first and each step's status and dates.
    static func json(_ saved: SavedPlan) -> JSONOutput {
        guard case .object(var members) = PlanJSON.output(saved.plan) else { return .null }
        members.insert(("name", .string(saved.name)), at: 0)
        if let i = members.firstIndex(where: { $0.0 == "steps" }) {
            members[i].1 = .array(zip(saved.plan.steps, saved.progress).map { step, progress in
                guard case .object(var fields) = PlanJSON.output(step) else { return .null }
                fields.append(("status", .string(progress.status.rawValue)))
                fields.append(("started", .optional(progress.started?.description)))
                fields.append(("finished", .optional(progress.finished?.description)))
                return .object(fields)
            })
        }
        return .object(members)
    }
}
