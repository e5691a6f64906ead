import ArgumentParser
import SkillpathCore

/// `skillpath catalog show ID`: everything the catalog says about one credential, role, skill or provider.
struct CatalogShowCommand: SkillpathCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one credential, role, skill or provider by id.",
        discussion: """
        Examples:
          skillpath catalog show aws-saa
          skillpath catalog show sql
          skillpath catalog show aws-saa --format json
        """
    )

    @OptionGroup var catalogOption: CatalogOption

    @Argument(help: ArgumentHelp("A credential, role, skill or provider id.", valueName: "id"))
    var id: String

    @OptionGroup var formatOption: FormatOption

    mutating func execute() throws {
        let catalog = try catalogOption.load()
        if formatOption.format == .json { return try writeJSON(catalog) }
        var sections: [[(String, String)]] = []
        if let c = catalog.credential(id) { sections.append(Self.fields(of: c, catalog: catalog)) }
        if let r = catalog.role(id) {
            var fields: [(String, String)] = [("Role", "\(r.title) (\(r.id))")]
            if let onet = r.onet { fields.append(("O*NET", onet)) }
            if let summary = r.summary { fields.append(("Summary", summary)) }
            fields += r.requires.map { ("Requires", CatalogNames.condition($0, in: catalog)) }
            fields += r.recommends.map { ("Recommends", CatalogNames.condition($0, in: catalog)) }
            sections.append(fields)
        }
        if let s = catalog.skill(id) {
            var fields: [(String, String)] = [("Skill", "\(s.name) (\(s.id))"), ("Category", s.category)]
            if let description = s.description { fields.append(("About", description)) }
            if let esco = s.esco { fields.append(("ESCO", esco)) }
            if let onet = s.onet { fields.append(("O*NET", onet)) }
            let grantors = catalog.credentials(granting: s.id, atLeast: 1)
            fields.append(("Taught by", "\(grantors.count) credential\(grantors.count == 1 ? "" : "s")"
                           + (grantors.isEmpty ? "" : ": " + grantors.prefix(8).map { "\($0.id) (\($0.grantedLevel(s.id)))" }.joined(separator: ", ")
                              + (grantors.count > 8 ? ", …" : ""))))
            sections.append(fields)
        }
        if let p = catalog.provider(id) {
            var fields: [(String, String)] = [("Provider", "\(p.name) (\(p.id))"), ("Kind", p.kind.rawValue)]
            if let url = p.url { fields.append(("URL", url)) }
            if let terms = p.subscription { fields.append(("Subscription", terms.words(currency: catalog.info.currency))) }
            let offered = catalog.credentials.filter { $0.provider == p.id || $0.issuer == p.id }
            fields.append(("Credentials", "\(offered.count)"))
            sections.append(fields)
        }
        guard !sections.isEmpty else { try unknown(catalog) }
        Output.write(sections.map { Self.render($0, width: Output.width) }.joined(separator: "\n"))
    }

    /// `{"id", "credential", "role", "skill", "provider"}`: each kind of thing the id names, `null` where it names none.
    private func writeJSON(_ catalog: Catalog) throws {
        let credential = catalog.credential(id), role = catalog.role(id), skill = catalog.skill(id), provider = catalog.provider(id)
        guard credential != nil || role != nil || skill != nil || provider != nil else { try unknown(catalog) }
        FormatOption.write(.object([
            ("id", .string(id)),
            ("credential", credential.map { CatalogJSON.credential($0, in: catalog) } ?? .null),
            ("role", role.map(CatalogJSON.role) ?? .null),
            ("skill", skill.map { CatalogJSON.skill($0, in: catalog) } ?? .null),
            ("provider", provider.map { CatalogJSON.provider($0, in: catalog) } ?? .null),
        ]))
    }

    /// The id names nothing: a usage error with the closest id.
    private func unknown(_ catalog: Catalog) throws -> Never {
        let known = Array(catalog.credentialIndex.keys) + catalog.roleIndex.keys + catalog.skillIndex.keys + catalog.providerIndex.keys
        throw CLIError.usage(ProfileDecoding.unknownMessage(kind: "id", id: id, known: known) + "; `skillpath catalog search TEXT` finds ids")
    }

    static func fields(of c: Credential, catalog: Catalog) -> [(String, String)] {
        let currency = catalog.info.currency
        var fields: [(String, String)] = [("Credential", "\(c.title) (\(c.id))"), ("Type", c.type.rawValue)]
        fields.append(("Provider", catalog.provider(c.provider).map { "\($0.name) (\(c.provider))" } ?? c.provider))
        if let issuer = c.issuer { fields.append(("Issuer", catalog.provider(issuer).map { "\($0.name) (\(issuer))" } ?? issuer)) }
        fields.append(("Price", Quantity.money(c.price, currency: currency)))
        if let pricing = catalog.subscriptionPricing(of: c) { fields.append(("Pricing", pricing.explanation(currency: currency))) }
        fields.append(("Hours", Quantity.number(c.hours)))
        if let weeks = c.weeks { fields.append(("Duration", Quantity.weeks(weeks) + " (provider's estimate)")) }
        if let format = c.format { fields.append(("Format", format)) }
        var flags: [String] = []
        if c.accredited { flags.append("accredited") }
        if c.verifiable { flags.append("verifiable digital badge") }
        if let months = c.expiresMonths { flags.append("expires after \(months) months") }
        if !flags.isEmpty { fields.append(("Notes", flags.joined(separator: ", "))) }
        // One skill a line, so a name and its level are never split.
        fields += c.skills.enumerated().map { ($0.offset == 0 ? "Skills" : "", CatalogNames.skill($0.element, in: catalog)) }
        fields += c.requires.map { ("Requires", CatalogNames.condition($0, in: catalog)) }
        if let stack = c.stack {
            fields.append(("Stack of", "\(stack.count) of " + stack.of.joined(separator: ", ")))
            let counted = stack.count == stack.of.count ? "all its parts" : "its cheapest \(stack.count) parts"
            fields.append(("Total", catalog.total(of: c).words(currency: currency) + " (its own price and hours plus \(counted))"))
        }
        let stacks = catalog.stacks(containing: c.id)
        if !stacks.isEmpty { fields.append(("Counts toward", stacks.map(\.id).joined(separator: ", "))) }
        if let summary = c.summary { fields.append(("Summary", summary)) }
        if let url = c.url { fields.append(("URL", url)) }
        return fields
    }

    /// `Label       value` lines, values (untrusted text, sanitised here) wrapped under each other.
    static func render(_ fields: [(String, String)], width: Int) -> String {
        let labelWidth = (fields.map(\.0.count).max() ?? 0) + 2
        let indent = String(repeating: " ", count: labelWidth)
        return fields.map { label, value in
            TextWrap.lines(Sanitizer.line(value), width: width - labelWidth).enumerated()
                .map { ($0.offset == 0 ? TextWrap.pad(label, labelWidth) : indent) + $0.element }
                .joined(separator: "\n")
        }.joined(separator: "\n") + "\n"
    }
}
