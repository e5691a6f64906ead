import Foundation

extension CatalogLint {
    /// The lint of a catalog directory: the loader's report, and the findings as warnings placed at
    /// the credential they are about (`credentials/google.json:12:2: gada-capstone: …`).
    public struct Report: Sendable {
        /// What loading found; the lint runs only when the catalog loaded without errors.
        public var load: CatalogLoader.Report
        public var findings: [Finding]
        /// The findings as diagnostics, in catalog order.
        public var diagnostics: [Diagnostic]
    }

    /// Loads the catalog in `directory` and lints it.
    public static func check(directory: String) -> Report {
        let load = CatalogLoader.check(directory: directory, warnings: false)
        guard let catalog = load.catalog, load.errors.isEmpty else {
            return Report(load: load, findings: [], diagnostics: [])
        }
        let findings = findings(in: catalog)
        let places = credentialPlaces(directory: directory)
        let diagnostics = findings.map { finding in
            let place = places[finding.credential]
            return Diagnostic(.warning, file: place?.file ?? "credentials/", line: place?.line, column: place?.column,
                              message: finding.message + " [\(finding.rule.rawValue)]", subject: finding.credential)
        }
        return Report(load: load, findings: findings, diagnostics: diagnostics)
    }

    /// Where a credential is defined: its file (relative to the catalog) and the position of its object.
    struct Place: Sendable {
        var file: String
        var line: Int
        var column: Int
    }

    /// The place of every credential in `credentials/*.json`, read again with the position-recording
    /// parser; the first definition wins (duplicates are a load error, so there are none here).
    static func credentialPlaces(directory: String) -> [String: Place] {
        let folder = URL(fileURLWithPath: directory).appendingPathComponent("credentials")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [:] }
        var places: [String: Place] = [:]
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            guard case .success(let bytes) = RegularFile.read(folder.appendingPathComponent(name).path) else { continue }
            let source = JSONSource(name: "credentials/" + name, bytes: bytes)
            guard let value = JSONReader(source: source).parse(), case .array(let items) = value.kind else { continue }
            for item in items {
                guard case .string(let id)? = item["id"]?.kind, places[id] == nil else { continue }
                let (line, column) = source.location(of: item.offset)
                places[id] = Place(file: source.name, line: line, column: column)
            }
        }
        return places
    }
}
