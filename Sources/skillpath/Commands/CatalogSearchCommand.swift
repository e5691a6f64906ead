import ArgumentParser
import Foundation
import SkillpathCore

/// `skillpath catalog search TEXT`: credentials, roles and skills whose id, title or text mention it.
struct CatalogSearchCommand: SkillpathCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find credentials, roles and skills by words in their id, title, summary or skills.",
        discussion: """
        Every word must appear (case does not matter).

        Examples:
          skillpath catalog search sql
          skillpath catalog search "cloud security"
          skillpath catalog search sql --format json
        """
    )

    @OptionGroup var catalogOption: CatalogOption
    @OptionGroup var formatOption: FormatOption

    @Argument(help: ArgumentHelp("The words to look for.", valueName: "text"))
    var text: [String]

    func validate() throws {
        if text.joined().trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("give some text to search for") }
    }

    mutating func execute() throws {
        let catalog = try catalogOption.load()
        let words = text.joined(separator: " ").lowercased().split(separator: " ").map(String.init)
        func matches(_ haystack: [String?]) -> Bool {
            let joined = haystack.compactMap { $0 }.joined(separator: " ").lowercased()
            return words.allSatisfy { joined.contains($0) }
        }
        let roles = catalog.roles.filter { matches([$0.id, $0.title, $0.summary]) }
        let skills = catalog.skills.filter { matches([$0.id, $0.name, $0.category, $0.description]) }
        let credentials = catalog.credentials.filter { c in
            matches([c.id, c.title, c.summary, c.provider, c.type.rawValue, catalog.provider(c.provider)?.name]
                    + c.skills.flatMap { [$0.skill, catalog.skill($0.skill)?.name] })
        }
        if formatOption.format == .json {
            return FormatOption.write(.object([
                ("roles", .array(roles.map(CatalogJSON.role))),
                ("skills", .array(skills.map { CatalogJSON.skill($0, in: catalog) })),
                ("credentials", .array(credentials.sorted { $0.id < $1.id }.map { CatalogJSON.credential($0, in: catalog) })),
            ]))
        }
        Output.write(Self.text(words: words, roles: roles, skills: skills, credentials: credentials, catalog: catalog, width: Output.listWidth))
    }

    /// The matches, one per line under a heading per kind, cut to `width` on a terminal and whole
    /// (for `grep`) when `width` is nil.
    static func text(words: [String], roles: [Role], skills: [Skill], credentials: [Credential], catalog: Catalog, width: Int?) -> String {
        let inner = width.map { $0 - 2 }
        var out = ""
        if !roles.isEmpty {
            out += "Roles:\n" + roles.map { "  " + TextWrap.truncate(Sanitizer.line("\($0.id)  \($0.title)"), inner) + "\n" }.joined()
        }
        if !skills.isEmpty {
            out += (out.isEmpty ? "" : "\n") + "Skills:\n"
                + skills.map { "  " + TextWrap.truncate(Sanitizer.line("\($0.id)  \($0.name) (\($0.category))"), inner) + "\n" }.joined()
        }
        if !credentials.isEmpty {
            out += (out.isEmpty ? "" : "\n") + "Credentials:\n" + CatalogListCommand.table(credentials, catalog: catalog, width: width)
        }
        return out.isEmpty ? "Nothing matches \"\(Sanitizer.line(words.joined(separator: " ")))\".\n" : out
    }
}
