import ArgumentParser
import SkillpathCore

/// `skillpath role ID`: what a role requires, against the learner's profile.
struct RoleCommand: SkillpathCommand {
    static let configuration = CommandConfiguration(
        commandName: "role",
        abstract: "Show what a role requires: what you have, what you need, and the gap.",
        discussion: """
        The profile is --profile FILE, else the saved one, plus any --have and --skill.

        Examples:
          skillpath role data-analyst
          skillpath role data-analyst --skill sql=3 --have google-data-analytics
          skillpath role data-analyst --format json
        """
    )

    @Argument(help: ArgumentHelp("The role's id (see `skillpath roles`).", valueName: "id"))
    var id: String

    @OptionGroup var catalogOption: CatalogOption
    @OptionGroup var profileOptions: ProfileOptions
    @OptionGroup var formatOption: FormatOption

    mutating func execute() throws {
        let catalog = try catalogOption.load()
        guard let role = catalog.role(id) else {
            throw CLIError.usage(ProfileDecoding.unknownMessage(kind: "role", id: id, known: catalog.roleIndex.keys))
        }
        let profile = try profileOptions.resolve(catalog: catalog)
        if formatOption.format == .json {
            return FormatOption.write(CatalogJSON.requirements(of: role, for: profile, in: catalog))
        }
        let width = Output.width
        let style = Output.style
        var lines: [String] = []
        // Catalog text passes the sanitiser before it is styled, so only our own styles reach the terminal.
        lines += TextWrap.lines(Sanitizer.line(role.title + " (\(role.id))" + (role.onet.map { " · O*NET \($0)" } ?? "")), width: width).map(style.heading)
        if let summary = role.summary { lines += TextWrap.lines(Sanitizer.line(summary), width: width) }
        var met = 0
        for (heading, conditions) in [("Requires", role.requires), ("Recommends", role.recommends)] where !conditions.isEmpty {
            lines.append("")
            lines.append(style.heading(heading + ":"))
            for condition in conditions {
                let holds = profile.satisfies(condition, in: catalog)
                if holds && heading == "Requires" { met += 1 }
                let mark = holds ? style.good("have") : style.bad("need")
                lines += TextWrap.lines(Sanitizer.line(CatalogNames.condition(condition, in: catalog)), width: width - 8).enumerated()
                    .map { ($0.offset == 0 ? "  \(mark)  " : "        ") + $0.element }
                if case .skill(let skill, let level) = condition {
                    let yours = profile.level(of: skill, in: catalog)
                    var detail = "you: \(yours) (\(SkillLevel.names[min(max(yours, 0), 5)])), needed: \(level)"
                    if !holds {
                        detail += ", gap \(level - yours)"
                        // Single credentials first, cheapest first; a stack's own price leaves out its parts.
                        let options = catalog.credentials(granting: skill, atLeast: level).sorted {
                            ($0.stack == nil ? 0 : 1, $0.price, $0.hours, $0.id) < ($1.stack == nil ? 0 : 1, $1.price, $1.hours, $1.id)
                        }
                        if !options.isEmpty {
                            detail += "; e.g. " + options.prefix(3).map { c in
                                c.stack.map { "\(c.id) (\($0.count) courses)" } ?? "\(c.id) (\(Quantity.money(c.price, currency: catalog.info.currency)))"
                            }.joined(separator: ", ")
                        } else {
                            detail += "; no credential in the catalog grants it"
                        }
                    }
                    lines += TextWrap.lines(Sanitizer.line(detail), width: width - 8).map { "        " + style.dim($0) }
                }
            }
        }
        lines.append("")
        lines.append("\(met) of \(role.requires.count) requirements met. Plan the rest: skillpath plan --role \(Sanitizer.line(role.id))")
        Output.write(lines.joined(separator: "\n") + "\n")
    }
}
