import ArgumentParser
import Foundation
import SkillpathCore

/// `--catalog DIR`, shared by every command that reads the catalog.
struct CatalogOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The catalog directory (default: $SKILLPATH_CATALOG, else the shipped catalog).",
        valueName: "dir"))
    var catalog: String?

    func validate() throws {
        if catalog?.isEmpty == true {
            throw ValidationError("--catalog: the directory name is empty; name a catalog directory, or leave --catalog out to use the default")
        }
    }

    /// The directory to read: the option, else the shipped catalog.
    func directory() throws -> String {
        guard let directory = CatalogLocator.locate(explicit: catalog, executablePath: Self.executablePath) else {
            throw CLIError.missing("no catalog found; pass --catalog DIR or set SKILLPATH_CATALOG to a catalog directory")
        }
        return directory
    }

    /// Loads the catalog; its errors become a ``CatalogError`` whose files carry the directory.
    func load() throws -> Catalog {
        let directory = try directory()
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
