import ArgumentParser
import SkillpathCore

/// `skillpath catalog import-ctdl FILE|DIR... --out DIR [--replace]`: a registry's CTDL records as a catalog.
struct CatalogImportCTDLCommand: SkillpathCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-ctdl",
        abstract: "Convert Credential Engine CTDL JSON-LD records into a catalog directory.",
        discussion: """
        Each FILE holds one record, an @graph of records, or an array of them; a DIR is read for its .json \
        and .jsonld files. Credentials, courses and programmes become credentials, organisations providers, \
        and ceterms:teaches competencies skills. What earns a record (hasPart, requires) becomes its stack; \
        what must come before it (entryCondition) its prerequisites. Conditions without targets and \
        references to records not given are reported and kept only as text, or dropped. Durations in weeks \
        or months are counted at \(Limits.format(CTDLImport.hoursPerWeek)) hours a week. roles.json is left \
        empty: add roles to plan for. Exit status 64 when --out is not empty (without --replace), 65 when a file \
        is not JSON (nothing is written), 66 when one is missing, 74 when --out cannot be written.

        Examples:
          skillpath catalog import-ctdl registry-export.json --out ./ctdl-catalog
          skillpath catalog import-ctdl ./records/ --out ./ctdl-catalog --replace
          skillpath catalog check ./ctdl-catalog
        """
    )

    @Argument(help: ArgumentHelp("CTDL JSON-LD files, or folders of them.", valueName: "file-or-dir"))
    var inputs: [String]

    @Option(name: .long, help: ArgumentHelp("The catalog directory to write.", valueName: "dir"))
    var out: String

    @Flag(name: .long, help: "Replace --out when it is a non-empty catalog directory.")
    var replace = false

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one CTDL file or folder") }
        if out.isEmpty { throw ValidationError("--out: the directory name is empty; name the catalog folder to write") }
    }

    mutating func execute() throws {
        let documents = try CTDLImport.documents(at: inputs)
        let result = CTDLImport.convert(documents)
        for diagnostic in result.diagnostics { Output.standardError(Sanitizer.line(diagnostic.description)) }
        let errors = result.errors.count
        if errors > 0 {
            throw CLIError.invalid("\(errors) file\(errors == 1 ? " is" : "s are") not valid JSON (listed above); nothing was written")
        }
        do {
            try CatalogWriter.install(result.catalog, at: out, replace: replace)
        } catch {
            switch error {
            case .io: throw CLIError(message: error.description, status: 74)
            default: throw CLIError.usage(error.description)
            }
        }
        let catalog = result.catalog
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var text = "Read \(count(result.records, "record")) from \(count(documents.count, "file")); wrote \(out): "
            + "\(count(catalog.credentials.count, "credential")), \(count(catalog.providers.count, "provider")), "
            + "\(count(catalog.skills.count, "skill")), 0 roles.\n"
        var dropped: [String] = []
        for (name, n) in result.skippedClasses.sorted(by: { $0.key < $1.key }) { dropped.append("\(n) \(name)") }
        if result.droppedReferences > 0 { dropped.append(count(result.droppedReferences, "reference") + " outside the input") }
        if result.textConditions > 0 { dropped.append(count(result.textConditions, "condition") + " without targets (kept in summaries)") }
        if !dropped.isEmpty { text += "Not converted: " + dropped.joined(separator: ", ") + ".\n" }
        let warnings = result.warnings.count
        text += count(warnings, "warning") + "\(warnings > 0 ? " (on standard error)" : ""). "
            + "Check it with `skillpath catalog check \(out)`; add roles to \(out)/roles.json to plan for them.\n"
        Output.write(Sanitizer.text(text))
    }
}
