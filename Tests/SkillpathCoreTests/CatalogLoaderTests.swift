import Foundation
import Testing
@testable import SkillpathCore

/// The issue's list of bad inputs against the catalog loader: each gets a clear message naming
/// the file (and the place where there is one), never a crash, a hang or a stack overflow.
@Suite struct CatalogLoaderTests {
    static let credential = #"{"id": "sql-basics", "title": "SQL Basics", "provider": "coursera", "type": "course", "hours": 10, "price": 49, "skills": [{"skill": "sql", "level": 2}]}"#

    /// A small valid catalog in a new temporary directory; `credentials` is the text of credentials/a.json.
    static func makeCatalog(credentials: String = "[\(credential)]") throws -> String {
        let directory = NSTemporaryDirectory() + "skillpath-loader-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory + "/credentials", withIntermediateDirectories: true)
        try #"{"name": "test", "version": "1", "currency": "USD"}"#.write(toFile: directory + "/catalog.json", atomically: false, encoding: .utf8)
        try #"[{"id": "sql", "name": "SQL", "category": "Data"}, {"id": "python", "name": "Python", "category": "Data"}]"#
            .write(toFile: directory + "/skills.json", atomically: false, encoding: .utf8)
        try #"[{"id": "coursera", "name": "Coursera", "kind": "platform"}]"#.write(toFile: directory + "/providers.json", atomically: false, encoding: .utf8)
        try #"[{"id": "data-analyst", "title": "Data Analyst", "requires": [{"skill": "sql", "level": 2}]}]"#
            .write(toFile: directory + "/roles.json", atomically: false, encoding: .utf8)
        try credentials.write(toFile: directory + "/credentials/a.json", atomically: false, encoding: .utf8)
        return directory
    }

    /// The errors of loading, as printed.
    static func errors(_ directory: String) -> [String] {
        do {
            _ = try CatalogLoader.load(directory: directory)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func aValidCatalogLoads() throws {
        let catalog = try CatalogLoader.load(directory: try Self.makeCatalog())
        #expect(catalog.credentials.map(\.id) == ["sql-basics"])
        #expect(CatalogLoader.check(directory: try Self.makeCatalog()).diagnostics.isEmpty)
    }

    @Test func truncatedJSON() throws {
        let text = "[\(Self.credential)]"
        let errors = Self.errors(try Self.makeCatalog(credentials: String(text.prefix(60))))
        #expect(errors.count == 1)
        #expect(errors[0].hasPrefix("credentials/a.json:1:"))
    }

    @Test func wrongTypes() throws {
        let bad = Self.credential.replacingOccurrences(of: "\"hours\": 10", with: "\"hours\": \"ten\"")
            .replacingOccurrences(of: "\"skills\": [", with: "\"skills\": {\"x\": [").replacingOccurrences(of: "}]}", with: "}]}}")
        let errors = Self.errors(try Self.makeCatalog(credentials: "[\(bad)]"))
        #expect(errors.contains { $0.contains("[0].hours: expected a number but found a string") })
        #expect(errors.contains { $0.contains("[0].skills: expected a list of {skill, level} (a JSON array) but found an object") })
    }

    @Test func danglingIdsGetDidYouMean() throws {
        let second = #"{"id": "sql-advanced", "title": "SQL Advanced", "provider": "courserra", "type": "course", "hours": 20, "price": 99, "skills": [{"skill": "sqll", "level": 3}], "requires": ["sql-basic"]}"#
        let errors = Self.errors(try Self.makeCatalog(credentials: "[\(Self.credential),\n\(second)]"))
        #expect(errors.contains { $0.hasPrefix("credentials/a.json:2:") && $0.hasSuffix("[1].requires[0]: unknown credential \"sql-basic\" (did you mean \"sql-basics\"?)") })
        #expect(errors.contains { $0.hasSuffix("[1].provider: unknown provider \"courserra\" (did you mean \"coursera\"?)") })
        #expect(errors.contains { $0.hasSuffix("unknown skill \"sqll\" (did you mean \"sql\"?)") })
    }

    @Test func duplicateID() throws {
        let errors = Self.errors(try Self.makeCatalog(credentials: "[\(Self.credential),\n\(Self.credential)]"))
        #expect(errors.contains { $0.hasPrefix("credentials/a.json:2:") && $0.contains("duplicate credential id \"sql-basics\" (first defined at credentials/a.json:1:") })
    }

    @Test func prerequisiteCycleIsAWarning() throws {
        let a = #"{"id": "a", "title": "A", "provider": "coursera", "type": "course", "hours": 1, "price": 1, "skills": [], "requires": ["b"]}"#
        let b = #"{"id": "b", "title": "B", "provider": "coursera", "type": "course", "hours": 1, "price": 1, "skills": [], "requires": [{"anyOf": ["a"]}]}"#
        let directory = try Self.makeCatalog(credentials: "[\(a), \(b)]")
        #expect(Self.errors(directory).isEmpty)
        let report = CatalogLoader.check(directory: directory)
        #expect(report.errors.isEmpty)
        #expect(report.warnings.contains { $0.message.contains("prerequisite cycle: a → b → a") })
    }

    @Test func missingFileAndDirectory() throws {
        let directory = try Self.makeCatalog()
        try FileManager.default.removeItem(atPath: directory + "/skills.json")
        #expect(Self.errors(directory).contains { $0.hasPrefix("skills.json: missing file") })
        #expect { try CatalogLoader.load(directory: directory + "/nope") } throws: { error in
            guard let error = error as? CatalogError else { return false }
            return error.isMissingFile && error.description.contains("no such catalog directory")
        }
    }

    @Test func emptyFile() throws {
        #expect(Self.errors(try Self.makeCatalog(credentials: "")) == ["credentials/a.json:1:1: the file is empty"])
        #expect(Self.errors(try Self.makeCatalog(credentials: "  \n ")).first?.contains("holds no JSON value") == true)
    }

    @Test func bytesThatAreNotUTF8() throws {
        let directory = try Self.makeCatalog()
        var bytes = Array("[\(Self.credential)]".utf8)
        bytes.insert(0xFF, at: 20)
        try Data(bytes).write(to: URL(fileURLWithPath: directory + "/credentials/a.json"))
        let errors = Self.errors(directory)
        #expect(errors == ["credentials/a.json:1:21: the file is not valid UTF-8 (byte 0xFF)"])
    }

    @Test func fiftyMegabyteFile() throws {
        // One credential whose summary is 50 MB: the whole file must be read, parsed and loaded.
        let summary = String(repeating: "a long summary ", count: 50 * 1024 * 1024 / 15)
        let big = Self.credential.replacingOccurrences(of: "\"price\": 49", with: "\"price\": 49, \"summary\": \"\(summary)\"")
        let directory = try Self.makeCatalog(credentials: "[\(big)]")
        let size = (try FileManager.default.attributesOfItem(atPath: directory + "/credentials/a.json")[.size] as? NSNumber)?.intValue ?? 0
        #expect(size > 50_000_000)
        let catalog = try CatalogLoader.load(directory: directory)
        #expect(catalog.credentials.first?.summary?.count == summary.count)
    }

    @Test func conditionsNested100000Deep() throws {
        let depth = 100_000
        let nested = String(repeating: #"{"anyOf": ["#, count: depth) + #""sql-basics""# + String(repeating: "]}", count: depth)
        let bad = Self.credential.replacingOccurrences(of: "\"price\": 49", with: "\"price\": 49, \"requires\": [\(nested)]")
            .replacingOccurrences(of: "sql-basics\", \"title", with: "deep\", \"title")
        let errors = Self.errors(try Self.makeCatalog(credentials: "[\(Self.credential), \(bad)]"))
        #expect(errors.count == 1)
        #expect(errors.first?.contains("credentials/a.json:1:") == true)
        #expect(errors.first?.contains("deep") == true)
    }

    @Test func numbersTooLargeForADouble() throws {
        let bad = Self.credential.replacingOccurrences(of: "\"hours\": 10", with: "\"hours\": 1e400")
        let errors = Self.errors(try Self.makeCatalog(credentials: "[\(bad)]"))
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("credentials/a.json:1:") == true)
        let huge = Self.credential.replacingOccurrences(of: "\"price\": 49", with: "\"price\": \(String(repeating: "9", count: 400))")
        #expect(Self.errors(try Self.makeCatalog(credentials: "[\(huge)]")).count == 1)
    }

    @Test func profileNamingAnUnknownRoleOrSkill() throws {
        let catalog = try CatalogLoader.load(directory: try Self.makeCatalog())
        let file = NSTemporaryDirectory() + "skillpath-profile-\(UUID().uuidString).json"
        try #"{"skills": {"pyton": 2}, "targetRole": "data-analyts"}"#.write(toFile: file, atomically: false, encoding: .utf8)
        #expect { try ProfileDecoding.load(file: file, catalog: catalog) } throws: { error in
            guard let error = error as? CatalogError, !error.isMissingFile else { return false }
            let text = error.description
            return text.contains("\(file):1:13: skills.pyton: unknown skill \"pyton\" (did you mean \"python\"?)")
                && text.contains("targetRole: unknown role \"data-analyts\" (did you mean \"data-analyst\"?)")
        }
    }
}
