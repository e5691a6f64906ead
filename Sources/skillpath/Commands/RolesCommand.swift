import ArgumentParser
import SkillpathCore

/// `skillpath roles`: the target roles in the catalog.
struct RolesCommand: SkillpathCommand {
    static let configuration = CommandConfiguration(
        commandName: "roles",
        abstract: "List the target roles in the catalog.",
        discussion: """
        Examples:
          skillpath roles
          skillpath roles --catalog ./my-catalog
          skillpath roles --format json | jq -r '.roles[].id'
        Then see one with `skillpath role ID`, or plan for it with `skillpath plan --role ID`.
        """
    )

    @OptionGroup var catalogOption: CatalogOption
    @OptionGroup var formatOption: FormatOption

    mutating func execute() throws {
        let catalog = try catalogOption.load()
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
