import Foundation
import Testing
@testable import SkillpathCore

/// Layered catalogs (INTEROP.md, "Several catalogs at once"): later layers add entries and
/// replace those with the same id; references may point into earlier layers; diagnostics name
/// the layer's file.
@Suite struct CatalogLayersTests {
    /// A layer directory holding `files` (relative path → text), and nothing else.
    static func makeLayer(_ name: String, _ files: [String: String]) throws -> String {
        let directory = NSTemporaryDirectory() + "skillpath-layers-\(UUID().uuidString)/" + name
        for (path, text) in files {
            let full = directory + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: false, encoding: .utf8)
        }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory
    }

    static let employer = #"""
    [{"id": "acme-sql", "title": "ACME SQL Onboarding", "provider": "acme", "type": "course", "hours": 8, "price": 0,
      "skills": [{"skill": "sql", "level": 2}, {"skill": "warehousing", "level": 1}], "requires": ["sql-basics"]},
     {"id": "sql-basics", "title": "SQL Basics (employer edition)", "provider": "coursera", "type": "course", "hours": 6, "price": 0,
      "skills": [{"skill": "sql", "level": 2}]}]
    """#

    static func employerLayer() throws -> String {
        try makeLayer("employer", [
            "skills.json": #"[{"id": "warehousing", "name": "Data Warehousing", "category": "Data"}]"#,
            "providers.json": #"[{"id": "acme", "name": "ACME Corp", "kind": "employer"}]"#,
            "credentials/acme.json": employer,
        ])
    }

    @Test func twoLayersAddAndReplaceEntries() throws {
        let base = try CatalogLoaderTests.makeCatalog()
        let layer = try Self.employerLayer()
        let report = CatalogLoader.check(layers: [base, layer])
        #expect(report.errors.isEmpty, "\(report.errors)")
        let catalog = try #require(report.catalog)
        // The replaced entry keeps its place; new ones follow.
        #expect(catalog.credentials.map(\.id) == ["sql-basics", "acme-sql"])
        #expect(catalog.credential("sql-basics")?.title == "SQL Basics (employer edition)")
        #expect(catalog.credential("sql-basics")?.price == 0)
        #expect(catalog.skills.map(\.id) == ["sql", "python", "warehousing"])
        #expect(catalog.provider("acme")?.kind == .employer)
        // Each credential knows its layer.
        #expect(catalog.credentials.map(\.layer) == ["employer", "employer"])
        #expect(report.replacements.count == 1)
        let replaced = try #require(report.replacements.first)
        #expect(replaced.kind == "credential" && replaced.id == "sql-basics")
        #expect(replaced.description.hasPrefix(layer + "/credentials/acme.json:3:"))
        #expect(replaced.description.contains("sql-basics replaces the credential from \(base)/credentials/a.json:1:"))
        // The same through load(layers:), and the base's info is the catalog's.
        let loaded = try CatalogLoader.load(layers: [base, layer])
        #expect(loaded.info.name == "test" && loaded.credentials.count == 2)
    }

    @Test func referencesMayPointIntoAnEarlierLayer() throws {
        let base = try CatalogLoaderTests.makeCatalog()
        // Only credentials: the provider, skill and prerequisite all live in the base.
        let layer = try Self.makeLayer("mine", ["credentials/x.json": #"""
        [{"id": "sql-next", "title": "SQL Next", "provider": "coursera", "type": "course", "hours": 20, "price": 10,
          "skills": [{"skill": "python", "level": 1}], "requires": ["sql-basics"]}]
        """#])
        let catalog = try CatalogLoader.load(layers: [base, layer])
        #expect(catalog.credential("sql-next")?.requires == [.credential("sql-basics")])
        #expect(catalog.credential("sql-basics")?.layer == CatalogLoader.layerName(base))
        #expect(catalog.credential("sql-next")?.layer == "mine")
        #expect(CatalogLoader.check(layers: [base, layer]).replacements.isEmpty)
    }

    @Test func anErrorInALayerNamesItsFile() throws {
        let base = try CatalogLoaderTests.makeCatalog()
        let layer = try Self.makeLayer("broken", ["credentials/bad.json": #"""
        [{"id": "bad", "title": "Bad", "provider": "nobody", "type": "course", "hours": -1, "price": 0,
          "skills": [{"skill": "sql", "level": 1}]}]
        """#])
        #expect { try CatalogLoader.load(layers: [base, layer]) } throws: { error in
            let lines = (error as? CatalogError)?.diagnostics.map(\.description) ?? []
            return lines.contains { $0.hasPrefix(layer + "/credentials/bad.json:1:") && $0.contains("unknown provider \"nobody\"") }
                && lines.contains { $0.hasPrefix(layer + "/credentials/bad.json:1:") && $0.contains("[0].hours") }
        }
        // A duplicate inside one layer is still an error; across layers it is a replacement.
        let twice = try Self.makeLayer("twice", ["credentials/a.json": "[\(CatalogLoaderTests.credential),\n\(CatalogLoaderTests.credential)]"])
        let report = CatalogLoader.check(layers: [base, twice])
        #expect(report.errors.map(\.description).contains { $0.hasPrefix(twice + "/credentials/a.json:2:") && $0.contains("duplicate credential id") })
        #expect(report.replacements.count == 1)
    }

    @Test func aLaterLayerNeedsNoFileButTheBaseNeedsAll() throws {
        let base = try CatalogLoaderTests.makeCatalog()
        let empty = try Self.makeLayer("empty", [:])
        let report = CatalogLoader.check(layers: [base, empty])
        #expect(report.errors.isEmpty)
        #expect(report.warnings.contains { $0.file == empty && $0.message.contains("adds nothing") })
        // The base is a whole catalog: an empty base misses its files, each named with its directory.
        let errors = CatalogLoader.check(layers: [empty, base]).errors.map(\.description)
        #expect(errors.contains { $0.hasPrefix(empty + "/skills.json: missing file") })
        // A layer cannot change the currency; a missing layer directory is reported as such.
        let euro = try Self.makeLayer("euro", ["catalog.json": #"{"name": "euro", "currency": "EUR"}"#])
        #expect(CatalogLoader.check(layers: [base, euro]).errors.contains { $0.file == euro + "/catalog.json" && $0.message.contains("not the base catalog's USD") })
        #expect { try CatalogLoader.load(layers: [base, base + "-nope"]) } throws: { error in
            (error as? CatalogError)?.isMissingFile == true
        }
    }

    @Test func theFingerprintCoversEveryLayer() throws {
        let base = try CatalogLoaderTests.makeCatalog()
        let one = try CatalogLoader.load(layers: [base])
        let layered = try CatalogLoader.load(layers: [base, try Self.employerLayer()])
        #expect(one.fingerprint != layered.fingerprint)
        #expect(layered.fingerprint == (try CatalogLoader.load(layers: [base, try Self.employerLayer()])).fingerprint)
    }

    @Test func theDataHomeLayersAreListedInNameOrder() throws {
        let home = NSTemporaryDirectory() + "skillpath-home-\(UUID().uuidString)"
        for name in ["20-ctdl", "10-employer", ".hidden"] {
            try FileManager.default.createDirectory(atPath: home + "/catalog.d/" + name, withIntermediateDirectories: true)
        }
        try "x".write(toFile: home + "/catalog.d/05-file.json", atomically: false, encoding: .utf8)
        #expect(CatalogLocator.layers(in: DataHome(path: home)) == [home + "/catalog.d/10-employer", home + "/catalog.d/20-ctdl"])
        #expect(CatalogLocator.layers(in: DataHome(path: home + "/none")).isEmpty)
    }
}
