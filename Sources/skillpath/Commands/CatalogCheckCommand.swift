import ArgumentParser
import SkillpathCore

/// `skillpath catalog check`: every error and warning in a catalog directory.
struct CatalogCheckCommand: SkillpathCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a catalog: list its errors and warnings.",
        discussion: """
        Errors (exit status 65): malformed JSON, missing keys, wrong types, unknown ids, duplicate ids, \
        levels outside 1-5, negative hours or prices, a stack count above its parts. Warnings: prerequisite \
        cycles and role requirements that no credential can meet. Each line reads file:line:column: path: message. \
        With layers (--catalog given more than once, or $SKILLPATH_HOME/catalog.d/*/ over the default catalog), \
        each entry a later layer replaced is listed as `file:line:column: ID replaces the KIND from file:line:column`.

        Examples:
          skillpath catalog check
          skillpath catalog check ./my-catalog
          skillpath catalog check --catalog ./my-catalog
          skillpath catalog check --catalog Catalog --catalog ./employer-courses
        """
    )

    @OptionGroup var catalogOption: CatalogOption

    @Argument(help: ArgumentHelp("The catalog directory to check (the same as --catalog DIR).", valueName: "dir"))
    var path: String?

    func validate() throws {
        if path != nil, !catalogOption.catalog.isEmpty { throw ValidationError("give the catalog once: as DIR or as --catalog DIR, not both") }
        if path == "" { throw ValidationError("the catalog directory is empty; give a path, e.g. skillpath catalog check ./Catalog") }
    }

    mutating func execute() throws {
        var option = catalogOption
        if let path { option.catalog = [path] }
        let directories = try option.directories()
        let report = CatalogLoader.check(layers: directories, warnings: true)
        // A directory that is not there is a failure to report, not a catalog to report on.
        if report.catalog == nil, !report.diagnostics.isEmpty, report.diagnostics.allSatisfy({ directories.contains($0.file) }) {
            for diagnostic in report.diagnostics { Output.error(diagnostic.description) }
            throw ExitCode(ExitStatus.noInput)
        }
        var text = ""
        // One diagnostic a line, whatever text of the catalog it quotes; layered files already name their layer.
        for diagnostic in report.diagnostics {
            let located = directories.count == 1 ? CatalogOption.locate(diagnostic, in: directories[0]) : diagnostic
            text += Sanitizer.line(located.description) + "\n"
        }
        for replacement in report.replacements { text += Sanitizer.line(replacement.description) + "\n" }
        let errors = report.errors.count, warnings = report.warnings.count
        var summary = "\(directories.joined(separator: " + ")): "
        if let catalog = report.catalog {
            let info = Sanitizer.line([catalog.info.name, catalog.info.version].filter { !$0.isEmpty }.joined(separator: " "))
            if !info.isEmpty { summary += "\(info): " }
            summary += "\(catalog.credentials.count) credentials, \(catalog.skills.count) skills, "
                + "\(catalog.providers.count) providers, \(catalog.roles.count) roles; "
        }
        if !report.replacements.isEmpty { summary += "\(report.replacements.count) replaced by a later layer; " }
        summary += "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        Output.write(text + summary + "\n")
        if errors > 0 { throw ExitCode(ExitStatus.invalidData) }
    }
}
