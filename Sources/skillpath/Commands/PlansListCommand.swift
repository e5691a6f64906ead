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
            // A bare array, as the plan-document contract gives it: [{"name", "role", "progress", "stale", …}].
            return FormatOption.write(.array(plans.map { name, result -> JSONOutput in
                switch result {
                case .success(let plan):
                    return .object([("name", .string(name)), ("role", .string(plan.role)), ("progress", plan.counts.output()),
                                    ("stale", .bool(!inputs.staleReasons(of: plan).isEmpty)),
                                    ("objective", .string(plan.objective.rawValue)), ("updated", .string(Timestamp.format(plan.updated))),
                                    ("error", .null)])
                case .failure(let error):
                    return .object([("name", .string(name)), ("error", .string(error.description))])
                }
            }))
        }
        guard !plans.isEmpty else {
            Output.write("No saved plans. Save one with: skillpath plan --role ID --save NAME\n")
            return
        }
        for case (_, .failure(let error)) in plans { Output.warning(error.description) }
        Output.write(Self.table(plans, inputs: inputs, width: Output.listWidth)
                     + "\n\(plans.count) saved plan\(plans.count == 1 ? "" : "s") in \(store.home.plansDirectory)\n")
    }

    /// One line per saved plan: name, role, objective, progress, date and "out of date" (against
    /// `inputs`), cut to `width` on a terminal and whole (for `grep`) when `width` is nil.
    static func table(_ plans: [(name: String, plan: Result<SavedPlan, StorageError>)], inputs: CurrentInputs, width: Int?) -> String {
        let names = plans.map { Sanitizer.line($0.name) }
        let longest = max(4, names.map(\.count).max() ?? 0)
        let nameWidth = width == nil ? longest : min(24, longest)
        var text = ""
        for ((_, result), name) in zip(plans, names) {
            var line = TextWrap.pad(TextWrap.truncate(name, width == nil ? nil : nameWidth), nameWidth) + "  "
            switch result {
            case .success(let plan):
                let role = Sanitizer.line(plan.role)
                let stale = inputs.staleReasons(of: plan).isEmpty ? "" : "  out of date"
                line += TextWrap.pad(TextWrap.truncate(role, width == nil ? nil : 24), 24) + "  " + TextWrap.pad(plan.objective.rawValue, 8)
                    + "  " + TextWrap.pad(plan.counts.fraction, 10) + "  updated " + String(Timestamp.format(plan.updated).prefix(10)) + stale
            case .failure:
                line += "(cannot be read; see the warning above)"
            }
            text += TextWrap.truncate(line, width) + "\n"
        }
        return text
    }
}
