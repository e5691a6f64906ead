import ArgumentParser
import SkillpathCore

/// `skillpath roles`: the target roles in the catalog, or with `--rank` every role planned and ranked.
struct RolesCommand: SkillpathCommand {
    static let configuration = CommandConfiguration(
        commandName: "roles",
        abstract: "List the target roles in the catalog, or rank them all for your profile.",
        discussion: """
        With --rank, every role is planned from the profile (--profile FILE, else the saved one, with \
        the options below applied) and listed cheapest first by the objective's optimal value, with \
        price, hours, weeks and finish date; roles with no valid plan come last, with why.

        Examples:
          skillpath roles
          skillpath roles --catalog ./my-catalog
          skillpath roles --format json | jq -r '.roles[].id'
          skillpath roles --rank --budget 500 --hours-per-week 8
          skillpath roles --rank --objective time --format json | jq -r '.[] | select(.feasible) | .role'
        Then see one with `skillpath role ID`, or plan for it with `skillpath plan --role ID`.

        Exit status: 0 success (with --rank, also when some or all roles have no valid plan); \
        64 bad usage or an unknown id; 65 invalid catalog or profile; 66 a named file does not exist.
        """
    )

    @OptionGroup var catalogOption: CatalogOption
    @OptionGroup var formatOption: FormatOption

    @Flag(name: .long, help: "Plan every role from your profile and list them cheapest first.")
    var rank = false

    @OptionGroup(title: "Ranking options (with --rank)") var ranking: RoleRankingOptions

    func validate() throws {
        if !rank, let flag = ranking.firstGiven {
            throw ValidationError("\(flag) only makes sense with --rank (plan every role from the profile)")
        }
    }

    mutating func execute() throws {
        let catalog = try catalogOption.load()
        if rank { return try ranking.run(catalog: catalog, format: formatOption.format) }
        if formatOption.format == .json {
            let roles = catalog.roles.sorted { $0.id < $1.id }
            return FormatOption.write(.object([("roles", .array(roles.map(CatalogJSON.role)))]))
        }
        if catalog.roles.isEmpty {
            Output.write("The catalog has no roles.\n")
            return
        }
        Output.write(Self.table(catalog.roles, width: Output.listWidth))
    }

    /// One line per role: id, number of requirements and title, cut to `width` on a terminal
    /// and whole (for `grep`) when `width` is nil.
    static func table(_ roles: [Role], width: Int?) -> String {
        let ids = roles.map { Sanitizer.line($0.id) }
        let longest = ids.map(\.count).max() ?? 0
        let idWidth = width == nil ? longest : min(34, longest)
        var text = ""
        for (role, id) in zip(roles, ids).sorted(by: { $0.0.id < $1.0.id }) {
            let line = TextWrap.pad(TextWrap.truncate(id, width == nil ? nil : idWidth), idWidth) + "  "
                + TextWrap.pad("\(role.requires.count) req.", 8) + "  " + Sanitizer.line(role.title)
            text += TextWrap.truncate(line, width) + "\n"
        }
        return text + "\n\(roles.count) role\(roles.count == 1 ? "" : "s"). Details: skillpath role ID\n"
    }
}
