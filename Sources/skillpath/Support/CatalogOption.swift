import ArgumentParser
import Foundation
import SkillpathCore

/// `--catalog DIR` (repeatable: later layers over earlier), shared by every command that reads the catalog.
struct CatalogOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The catalog directory (default: $SKILLPATH_CATALOG, else the shipped catalog, with the layers of $SKILLPATH_HOME/catalog.d/ over it). Repeat it to layer catalogs: later ones add entries and replace those with the same id.",
        valueName: "dir"))
    var catalog: [String] = []

    func validate() throws {
        if catalog.contains(where: \.isEmpty) {
            throw ValidationError("--catalog: the directory name is empty; name a catalog directory, or leave --catalog out to use the default")
        }
    }

    /// The directories to read, base first: the options when given; else the default catalog
    /// and, over it, the data home's layers (`catalog.d/*/`).
    func directories() throws -> [String] {
        if catalog.count > 1 { return catalog }
        let base = try directory()
        return catalog.isEmpty ? [base] + CatalogLocator.layers(in: DataHome.resolve()) : [base]
    }

    /// The base directory: the first option, else the shipped catalog.
    func directory() throws -> String {
        guard let directory = CatalogLocator.locate(explicit: catalog.first, executablePath: Self.executablePath) else {
            throw CLIError.missing("no catalog found; pass --catalog DIR or set SKILLPATH_CATALOG to a catalog directory")
        }
        return directory
    }

    /// Loads the catalog; its errors become a ``CatalogError`` whose files carry the directory.
    func load() throws -> Catalog {
        let directories = try directories()
        // Layered diagnostics already name each file with its layer's directory.
        if directories.count > 1 { return try CatalogLoader.load(layers: directories) }
        let directory = directories[0]
        do {
            return try CatalogLoader.load(directory: directory)
        } catch {
            throw CatalogError(isMissingFile: error.isMissingFile,
                               diagnostics: error.diagnostics.map { Self.locate($0, in: directory) })
        }
    }

    /// The diagnostic with its file named from the current directory (`Catalog/skills.json:3:5: …`).
    static func locate(_ diagnostic: Diagnostic, in directory: String) -> Diagnostic {
        var located = diagnostic
        if !diagnostic.file.hasPrefix("/"), diagnostic.file != directory {
            located.file = (directory.hasSuffix("/") ? directory : directory + "/") + diagnostic.file
        }
        return located
    }

    /// The running executable's real path, so the shipped catalog is found whatever the current directory.
    static var executablePath: String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        if let path = Bundle.main.executablePath { return path }
        return CommandLine.arguments.first ?? ""
    }
}
