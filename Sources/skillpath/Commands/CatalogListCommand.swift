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
        """
    )

    @OptionGroup var catalogOption: CatalogOption

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
        Output.write(Self.table(chosen, catalog: catalog, width: Output.width))
    }

    /// One line per credential: id, type, provider, hours, price, title.
    static func table(_ credentials: [Credential], catalog: Catalog, width: Int) -> String {
        guard !credentials.isEmpty else { return "No credentials match.\n" }
        let idWidth = min(28, credentials.map(\.id.count).max() ?? 0)
        let providerWidth = min(12, credentials.map(\.provider.count).max() ?? 0)
        let currency = catalog.info.currency
        var text = ""
        for c in credentials.sorted(by: { $0.id < $1.id }) {
            let price = Quantity.money(c.price, currency: currency), hours = Quantity.hours(c.hours)
            let fixed = idWidth + 2 + 13 + 2 + providerWidth + 2 + 7 + 2 + 9 + 2
            text += TextWrap.pad(TextWrap.truncate(c.id, idWidth), idWidth) + "  "
                + TextWrap.pad(c.type.rawValue, 13) + "  "
                + TextWrap.pad(TextWrap.truncate(c.provider, providerWidth), providerWidth) + "  "
                + TextWrap.pad(hours, 7, right: true) + "  " + TextWrap.pad(price, 9, right: true) + "  "
                + TextWrap.truncate(c.title, max(10, width - fixed)) + "\n"
        }
        return text + "\n\(credentials.count) credential\(credentials.count == 1 ? "" : "s"). Details: skillpath catalog show ID\n"
    }
}
