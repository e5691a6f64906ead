import Foundation

/// A shipped example profile (`Examples/profiles/*.json`): a starting point for a newcomer.
public struct ExampleProfile: Sendable, Hashable {
    /// The file's base name, e.g. `content-strategist`.
    public var id: String
    /// Who the example is, from the file name: `content strategist`.
    public var who: String
    public var profile: Profile

    public init(id: String, profile: Profile) {
        self.id = id
        self.who = Sanitizer.text(id.replacingOccurrences(of: "-", with: " "))
        self.profile = profile
    }

    /// The examples directory that goes with a catalog directory: `Examples/profiles` beside it
    /// (a source checkout, or `share/skillpath/` when installed); nil when there is none.
    public static func directory(besideCatalog catalogDirectory: String) -> String? {
        let path = URL(fileURLWithPath: catalogDirectory).deletingLastPathComponent()
            .appendingPathComponent("Examples/profiles").standardizedFileURL.path
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue ? path : nil
    }

    /// Every example in `directory` that is valid against `catalog` (ids it knows, values in range),
    /// in file name order. One that is not is left out and reported in `skipped` with its diagnostics.
    public static func load(directory: String, catalog: Catalog) -> (examples: [ExampleProfile], skipped: [String]) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
        var examples: [ExampleProfile] = []
        var skipped: [String] = []
        for name in names {
            do {
                let (profile, _) = try ProfileDecoding.load(file: directory + "/" + name, catalog: catalog)
                examples.append(ExampleProfile(id: String(name.dropLast(5)), profile: profile))
            } catch {
                skipped.append("\(error)")
            }
        }
        return (examples, skipped)
    }
}
