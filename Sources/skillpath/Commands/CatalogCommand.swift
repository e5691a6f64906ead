import ArgumentParser

/// `skillpath catalog`: check and browse the catalog.
struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Check and browse the catalog of credentials, skills, providers and roles.",
        discussion: """
        Examples:
          skillpath catalog check --catalog ./my-catalog
          skillpath catalog list --type certification --provider aws
          skillpath catalog show aws-saa
          skillpath catalog search "data analy"
          skillpath catalog import-ctdl records.json --out ./ctdl-catalog
        """,
        subcommands: [CatalogCheckCommand.self, CatalogListCommand.self, CatalogShowCommand.self, CatalogSearchCommand.self,
                      CatalogImportCTDLCommand.self]
    )
}
