import ArgumentParser
import SkillpathCore
import SkillpathInterop

/// `skillpath profile import-badge FILE...`: adds the credentials of Open Badges 3.0 badges to the profile.
struct ProfileImportBadgeCommand: SkillpathCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-badge",
        abstract: "Import Open Badges 3.0 badges (JSON-LD or VC-JWT) as earned credentials.",
        discussion: """
        Each badge's signature is checked offline: a VC-JWT signed with EdDSA or ES256 by its \
        header's jwk or a did:key, or a DataIntegrityProof eddsa-jcs-2022 by a did:key. A badge \
        with a bad signature, past its validUntil or before its validFrom is refused. One whose \
        proof cannot be checked offline (did:web, another cryptosuite, no proof) is imported only \
        with --unverified, and the profile marks it unverified.

        A badge matches a catalog credential by its alignment's targetCode (the credential's \
        ctid), then its achievement id or alignment targetUrl (the credential's badgeIds or url), \
        then its achievement name and issuer name (the credential's title and provider or issuer).

        Exit status: 0 when nothing was refused (an unmatched badge is reported, not refused), \
        65 when a badge was refused (the others are still imported), 66 when a file is missing.

        Examples:
          skillpath profile import-badge ~/badges/sql-basics.json
          skillpath profile import-badge badges/*.jwt --dry-run
          skillpath profile import-badge web-issued.json --unverified
        """
    )

    @OptionGroup var catalogOption: CatalogOption

    @Argument(help: ArgumentHelp("Badge files: JSON-LD credentials or compact VC-JWTs.", valueName: "file"))
    var files: [String]

    @Flag(name: .long, help: "Report what would be imported; change nothing.")
    var dryRun = false

    @Flag(name: .long, help: "Import badges whose proof cannot be checked offline, marked unverified.")
    var unverified = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one badge file") }
    }

    mutating func execute() throws {
        let catalog = try catalogOption.load()
        let importer = BadgeImporter(catalog: catalog, allowUnverified: unverified)
        let reports = importer.reports(files: files)
        var text = ""
        for report in reports { text += Self.describe(report, catalog: catalog) }
        let imported = reports.compactMap(\.importedCredential)
        if dryRun {
            text += "Dry run: \(imported.count) badge\(imported.count == 1 ? "" : "s") would be imported; nothing was saved.\n"
        } else if !imported.isEmpty {
            let saved = try ProfileStore().update { (profile: inout Profile) throws(StorageError) in
                BadgeImporter.apply(reports, to: &profile)
            }
            let credentials = Set(imported).count
            text += "Profile saved: \(imported.count) badge\(imported.count == 1 ? "" : "s") imported as "
                + "\(credentials) credential\(credentials == 1 ? "" : "s"); \(saved.earned.count) held. Show it with `skillpath profile show`.\n"
        } else {
            text += "Nothing imported; the profile is unchanged.\n"
        }
        Output.write(text)
        if reports.contains(where: \.isMissing) {
            throw ExitCode(ExitStatus.noInput)
        }
        if reports.contains(where: \.isRefused) {
            let refused = reports.filter(\.isRefused).count
            Output.error("\(refused) badge\(refused == 1 ? " was" : "s were") refused (see above)")
            throw ExitCode(ExitStatus.invalidData)
        }
    }

    /// `badge.json: verified (EdDSA JWS signed by …) → sql-basics (title "SQL Basics" from DataCamp)`.
    static func describe(_ report: BadgeReport, catalog: Catalog) -> String {
        var line = Sanitizer.line(report.file) + ": "
        switch report.outcome {
        case .verified(let how): line += "verified (\(Sanitizer.line(how)))"
        case .unverified(let why): line += "left unverified (\(Sanitizer.line(why)))"
        case .refused(let why): line += "refused: \(Sanitizer.line(why))"
        case .missing(let why): line += why
        }
        switch report.match {
        case .matched(let id, let rule)?:
            let title = catalog.credential(id)?.title ?? id
            let verb = report.importedCredential == nil ? "matches" : "imported as"
            line += "\n    \(verb) \(id), \(Sanitizer.line(title)) (\(Sanitizer.line(rule)))"
        case .unmatched(let why)?:
            line += "\n    matches no credential: \(Sanitizer.line(why))"
        case nil: break
        }
        return line + "\n"
    }
}
