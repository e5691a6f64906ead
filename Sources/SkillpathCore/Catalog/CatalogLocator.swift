import Foundation

/// Finds the shipped catalog directory when the user names none.
///
/// The search order is: the `SKILLPATH_CATALOG` environment variable; `<exe dir>/../share/skillpath/Catalog`
/// (an installed layout); then each directory from the executable's directory and from the current
/// directory upwards, looking for `Catalog/catalog.json` (a source checkout).
public enum CatalogLocator {
    /// The catalog directory to use: `explicit` when given, otherwise the shipped catalog, or nil when none is found.
    public static func locate(explicit: String? = nil,
                              environment: [String: String] = ProcessInfo.processInfo.environment,
                              executablePath: String = CommandLine.arguments.first ?? "",
                              currentDirectory: String = FileManager.default.currentDirectoryPath) -> String? {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment["SKILLPATH_CATALOG"], !fromEnvironment.isEmpty { return fromEnvironment }
        return candidates(executablePath: executablePath, currentDirectory: currentDirectory)
            .first { FileManager.default.fileExists(atPath: $0 + "/catalog.json") }
    }

    /// The layers kept in the data home, `$SKILLPATH_HOME/catalog.d/*/`: each a catalog directory,
    /// in name order (hidden ones and plain files skipped); none when the folder does not exist.
    public static func layers(in home: DataHome) -> [String] {
        let folder = home.path + "/catalog.d"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.sorted().filter { !$0.hasPrefix(".") }.map { folder + "/" + $0 }.filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    /// The directories searched for a shipped catalog, in order (without the explicit and environment ones).
    public static func candidates(executablePath: String, currentDirectory: String) -> [String] {
        var result: [String] = []
        let executable = URL(fileURLWithPath: executablePath, relativeTo: URL(fileURLWithPath: currentDirectory))
            .standardizedFileURL.resolvingSymlinksInPath()
        let executableDirectory = executable.deletingLastPathComponent()
        if !executablePath.isEmpty {
            result.append(executableDirectory.appendingPathComponent("../share/skillpath/Catalog").standardizedFileURL.path)
        }
        for start in (executablePath.isEmpty ? [] : [executableDirectory]) + [URL(fileURLWithPath: currentDirectory)] {
            var directory = start.standardizedFileURL
            while true {
                result.append(directory.appendingPathComponent("Catalog").path)
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        var seen = Set<String>()
        return result.filter { seen.insert($0).inserted }
    }
}
