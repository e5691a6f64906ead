import ArgumentParser
import SkillpathCore

extension Credential.Kind: ExpressibleByArgument {}

/// `skillpath catalog list`: the credentials, optionally of one type or provider.
struct CatalogListCommand: SkillpathCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the catalog's credentials.",
        discussion: """
        Examples:
          skillpath catalog list
          skillpath catalog list --type certification
          skillpath catalog list --provider coursera
          skillpath catalog list --format json | jq '.credentials[] | {id, price}'
        """
    )

    @OptionGroup var catalogOption: CatalogOption
    @OptionGroup var formatOption: FormatOption

    @Option(name: .long, help: "Only credentials of this type: course, badge, certificate, certification or program.")
    var type: Credential.Kind?

    @Option(name: .long, help: ArgumentHelp("Only credentials taken at (or issued by) this provider.", valueName: "id"))
    var provider: String?

    mutating func execute() throws {
        let catalog = try catalogOption.load()
        if let provider, catalog.provider(provider) == nil {
            throw CLIError.usage(ProfileDecoding.unknownMessage(kind: "provider", id: provider, known: catalog.providerIndex.keys))
        }
        let chosen = catalog.credentials.filter { credential in
            (type == nil || credential.type == type) && (provider == nil || credential.provider == provider || credential.issuer == provider)
        }
        switch formatOption.format {
        case .json:
            let sorted = chosen.sorted { $0.id < $1.id }
            FormatOption.write(.object([("credentials", .array(sorted.map { CatalogJSON.credential($0, in: catalog) }))]))
        case .text:
            Output.write(Self.table(chosen, catalog: catalog, width: Output.listWidth))
        }
    }

    /// One line per credential: id, price, hours, type, provider and title, cut to `width` on a
    /// terminal and whole (for `grep`) when `width` is nil. A stack shows its total price and hours,
    /// parts included, marked `$392 total`.
    static func table(_ credentials: [Credential], catalog: Catalog, width: Int?) -> String {
        guard !credentials.isEmpty else { return "No credentials match.\n" }
        let ids = credentials.map { Sanitizer.line($0.id) }
        let longest = ids.map(\.count).max() ?? 0
        let idWidth = width == nil ? longest : min(36, longest)
        let currency = catalog.info.currency
        var text = ""
        for (c, id) in zip(credentials, ids).sorted(by: { $0.0.id < $1.0.id }) {
            let total = catalog.total(of: c)
            let line = TextWrap.pad(TextWrap.truncate(id, width == nil ? nil : idWidth), idWidth)
                + TextWrap.pad(Quantity.money(total.price, currency: currency) + (total.isStacked ? " total" : ""), 16, right: true)
                + TextWrap.pad(Quantity.hours(total.hours), 8, right: true)
                + "  " + TextWrap.pad(c.type.rawValue, 13) + Sanitizer.line(c.provider) + "  " + Sanitizer.line(c.title)
            text += TextWrap.truncate(line, width) + "\n"
        }
        return text + "\n\(credentials.count) credential\(credentials.count == 1 ? "" : "s"). Details: skillpath catalog show ID\n"
    }
}
