import ArgumentParser
import Foundation
import SkillpathCore

/// The ways a plan can be printed.
enum PlanFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown, ics
}

/// `skillpath plan`: an optimal plan for a role, as text, JSON, Markdown or iCalendar.
struct PlanCommand: SkillpathCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan the credentials to take for a role, in order and on a schedule.",
        discussion: """
        The profile comes from --profile FILE, else the saved profile (`skillpath profile`), \
        else an empty one; the options below override its keys.

        Examples:
          skillpath plan --role data-analyst
          skillpath plan --role data-analyst --objective time --hours-per-week 10
          skillpath plan --role cloud-solutions-architect --budget 400 --have aws-ccp
          skillpath plan --role data-analyst --skill sql=3 --skill spreadsheets=2
          skillpath plan --role cloud-solutions-architect --require aws-saa --avoid comptia-a-plus
          skillpath plan --role cloud-solutions-architect --only-provider aws --max-hours 120 --deadline 2027-06-30
          skillpath plan --role data-analyst --format json | jq .totals
          skillpath plan --role data-analyst --format markdown > plan.md
          skillpath plan --role data-analyst --save analyst --format ics > analyst.ics
          skillpath plan --role data-analyst --save analyst
          skillpath plan --batch cohort.jsonl > plans.jsonl

        With --batch FILE (- for standard input), each line of FILE is a profile with its "role" \
        (JSON Lines); each output line is that line's plan as --format json prints it, on one line, \
        or {"line": N, "error": "..."} for a bad line (see docs/CLI.md).

        Exit status: 0 a plan was found (--batch: every line planned, with or without a valid plan); \
        3 no valid plan exists (the output says why; JSON is still \
        printed); 64 bad usage or an unknown id; 65 invalid catalog or profile (--batch: \
        some line was bad; the others are still planned); 66 a named file does not exist.
        """
    )

    @Option(name: .long, help: ArgumentHelp("The target role's id (see `skillpath roles`); default: the profile's targetRole.", valueName: "id"))
    var role: String?

    @OptionGroup var catalogOption: CatalogOption
    @OptionGroup var profileOptions: ProfileOptions

    @OptionGroup var settings: ProfileSettingsOptions

    @Flag(name: .long, help: "Also meet the role's recommended (nice-to-have) requirements.")
    var includeRecommended = false

    @Option(name: .long, help: "Output format: text, json, markdown or ics (iCalendar: one all-day event per step).")
    var format: PlanFormat = .text

    @Option(name: .long, help: ArgumentHelp("Save the plan under this name (see `skillpath plans`).", valueName: "name"))
    var save: String?

    @Flag(name: .long, help: "With --save, replace a saved plan of the same name.")
    var replace = false

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "Seconds the search may take before it settles for the best plan found (reported as not proven optimal), \(Limits.describe(Limits.timeLimit)).",
        valueName: "seconds"), transform: NumberFlag.parser(Limits.timeLimit))
    var timeLimit: Double = 10

    @Option(name: .long, help: ArgumentHelp(
        "Plan every profile of a JSON Lines file (- for standard input), one plan a line, in order.", valueName: "file"))
    var batch: String?

    func validate() throws {
        try validateBatch()
        if let save { do { _ = try PlanName.validate(save) } catch { throw ValidationError("--save: \(error)") } }
        if replace && save == nil { throw ValidationError("--replace only makes sense with --save NAME") }
    }

    mutating func execute() throws {
        let catalog = try catalogOption.load()
        if let batch { return try runBatch(batch, catalog: catalog) }
        var profile = try profileOptions.resolve(catalog: catalog)
        try settings.check(against: catalog)
        settings.apply(to: &profile)
        guard let roleID = role ?? profile.targetRole else {
            throw ValidationError("name a role with --role ID (`skillpath roles` lists them), or set one with `skillpath profile set --role ID`")
        }
        guard catalog.role(roleID) != nil else {
            throw CLIError.usage(ProfileDecoding.unknownMessage(kind: "role", id: roleID, known: catalog.roleIndex.keys))
        }

        if let save, !replace, try PlanStore().names().contains(save) {
            throw StorageError.planExists(save)
        }

        let request = PlanRequest(role: roleID, profile: profile, includeRecommended: includeRecommended, timeLimit: timeLimit)
        let plan = try Planner(catalog: catalog).plan(request)
        // Made before printing, so that an iCalendar export has the saved plan's UIDs.
        let saved = save.flatMap { plan.feasible ? SavedPlan(name: $0, plan: plan, profile: profile, includeRecommended: includeRecommended, catalog: catalog) : nil }

        switch format {
        case .json: Output.write(PlanJSON.render(plan))
        case .markdown: Output.write(PlanMarkdown(plan: plan, catalog: catalog).render())
        case .text: Output.write(PlanText(plan: plan, catalog: catalog, style: Output.style, width: Output.width).render())
        case .ics:
            let calendar = saved.map { PlanCalendar(saved: $0, catalog: catalog) }
                ?? PlanCalendar(plan: plan, catalog: catalog, identity: PlanCalendar.identity(of: plan),
                                name: "Study plan: \(catalog.role(roleID)?.title ?? roleID)", stamp: Date())
            Output.writeCRLF(calendar.render())
        }

        if let save {
            if let saved {
                try PlanStore().save(saved, replacing: replace)
                Output.standardError("Saved as \"\(save)\"; see it with `skillpath plans show \(Self.quoted(save))`.")
            } else {
                Output.standardError("Not saved: there is no valid plan to save.")
            }
        }
        if !plan.feasible { throw ExitCode(ExitStatus.noPlan) }
    }

    /// A name quoted for the shell when it needs it.
    static func quoted(_ name: String) -> String {
        name.allSatisfy { $0.isLetter || $0.isNumber || "-_.".contains($0) } ? name : "'" + name.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
