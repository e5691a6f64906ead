import ArgumentParser
import SkillpathCore

/// `skillpath plans list`: every saved plan with its role, progress and date.
struct PlansListCommand: SkillpathCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the saved plans.",
        discussion: "Examples:\n  skillpath plans list\n  skillpath plans list --format json"
    )

    @OptionGroup var catalogOption: CatalogOption
    @OptionGroup var formatOption: FormatOption

    mutating func execute() throws {
        let store = PlanStore()
        let plans = try store.all()
        let inputs = CurrentInputs.read(catalog: try? catalogOption.load())
        if formatOption.format == .json {
            // Each entry is {"name", "role", "progress", "stale", …}, inside {"plans": […]} like every listing.
            return FormatOption.write(.object([("plans", .array(plans.map { name, result -> JSONOutput in
                switch result {
                case .success(let plan):
                    return .object([("name", .string(name)), ("role", .string(plan.role)), ("progress", plan.counts.output()),
                                    ("stale", .bool(!inputs.staleReasons(of: plan).isEmpty)),
                                    ("objective", .string(plan.objective.rawValue)), ("updated", .string(Timestamp.format(plan.updated))),
                                    ("error", .null)])
                case .failure(let error):
                    return .object([("name", .string(name)), ("error", .string(error.description))])
                }
            }))]))
        }
        guard !plans.isEmpty else {
            Output.write("No saved plans. Save one with: skillpath plan --role ID --save NAME\n")
            return
        }
        let nameWidth = min(24, max(4, plans.map(\.name.count).max() ?? 0))
        var text = ""
        for (name, result) in plans {
            let label = TextWrap.pad(TextWrap.truncate(name, nameWidth), nameWidth) + "  "
            switch result {
            case .success(let plan):
                let objective = plan.objective.rawValue
                let stale = inputs.staleReasons(of: plan).isEmpty ? "" : "  out of date"
                text += label + TextWrap.pad(TextWrap.truncate(plan.role, 24), 24) + "  " + TextWrap.pad(objective, 8)
                    + "  " + TextWrap.pad(plan.counts.fraction, 10) + "  updated " + String(Timestamp.format(plan.updated).prefix(10))
                    + stale + "\n"
            case .failure(let error):
                Output.standardError("warning: " + error.description)
                text += label + "(cannot be read; see the warning above)\n"
            }
        }
        Output.write(text + "\n\(plans.count) saved plan\(plans.count == 1 ? "" : "s") in \(store.home.plansDirectory)\n")
    }
}
