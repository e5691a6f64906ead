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
        let idWidth = min(34, catalog.roles.map(\.id.count).max() ?? 0)
        let width = Output.width
        var text = ""
        for role in catalog.roles.sorted(by: { $0.id < $1.id }) {
            let requirements = "\(role.requires.count) req."
            let titleWidth = max(10, width - idWidth - requirements.count - 4)
            text += TextWrap.pad(TextWrap.truncate(role.id, idWidth), idWidth) + "  "
                + TextWrap.pad(TextWrap.truncate(role.title, titleWidth), titleWidth) + "  " + requirements + "\n"
        }
        text += "\n\(catalog.roles.count) role\(catalog.roles.count == 1 ? "" : "s"). Details: skillpath role ID\n"
        Output.write(text)
    }
}
