import ArgumentParser
import SkillpathCore

/// `skillpath catalog lint`: figures in a catalog that a curator should look at again.
struct CatalogLintCommand: SkillpathCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Find levels a credential's hours cannot support, prices off the subscription rule and shared landing pages.",
        discussion: """
        Warnings, one a line (file:line:column: id: message [rule]): level 2 or more from under 5 hours, \
        level 4 or more from under 15 hours, level 5 without a professional exam (a certification), a \
        price on a subscription platform other than its months times the fee (a provider's "subscription": \
        {"monthlyFee", "hoursPerMonth"} in providers.json; every started month counts), and 3 or more \
        credentials sharing one URL. Exit status 0 when the catalog loads, whatever it warns \
        about; 65 when it has errors (run `skillpath catalog check` to see them).

        Examples:
          skillpath catalog lint
          skillpath catalog lint ./my-catalog
          skillpath catalog lint --catalog ./my-catalog
        """
    )

    @OptionGroup var catalogOption: CatalogOption

    @Argument(help: ArgumentHelp("The catalog directory to lint (the same as --catalog DIR).", valueName: "dir"))
    var path: String?

    func validate() throws { try catalogOption.checkArgument(path, command: "lint") }

    mutating func execute() throws {
        // The lint reads one directory: DIR, else the first --catalog, else the shipped catalog.
        let directory = try catalogOption.overridden(by: path).directory()
        let report = CatalogLint.check(directory: directory)
        guard report.load.catalog != nil, report.load.errors.isEmpty else {
            // The lint has nothing to say about a catalog that does not load; the errors do.
            throw CatalogError(isMissingFile: report.load.catalog == nil && report.load.errors.contains { $0.file == directory },
                               diagnostics: report.load.errors.map { CatalogOption.locate($0, in: directory) })
        }
        var text = ""
        for diagnostic in report.diagnostics { text += Sanitizer.line(CatalogOption.locate(diagnostic, in: directory).description) + "\n" }
        let count = report.diagnostics.count
        text += "\(directory): \(count) warning\(count == 1 ? "" : "s")\n"
        Output.write(text)
    }
}
