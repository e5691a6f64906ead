import Foundation
import Testing
import CatalogGenerator
import SkillpathCore

/// The benchmark catalog generator: deterministic, valid in the catalog format, realistic in shape.
@Suite struct CatalogGeneratorTests {
    /// A new, empty temporary directory.
    static func temporaryDirectory() -> String {
        NSTemporaryDirectory() + "skillpath-generator-\(UUID().uuidString)"
    }

    /// Every file under `directory`, by relative path.
    static func files(_ directory: String) throws -> [String: Data] {
        let fm = FileManager.default
        var result: [String: Data] = [:]
        let names = try #require(fm.subpathsOfDirectory(atPath: directory) as [String]?)
        for name in names.sorted() {
            var isDirectory: ObjCBool = false
            if fm.fileExists(atPath: directory + "/" + name, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[name] = fm.contents(atPath: directory + "/" + name)
            }
        }
        return result
    }

    @Test func sameSeedGivesByteIdenticalFiles() throws {
        let a = Self.temporaryDirectory(), b = Self.temporaryDirectory(), c = Self.temporaryDirectory()
        defer { for d in [a, b, c] { try? FileManager.default.removeItem(atPath: d) } }
        try CatalogGenerator(seed: 42, credentials: 1500).write(to: a)
        try CatalogGenerator(seed: 42, credentials: 1500).write(to: b)
        try CatalogGenerator(seed: 43, credentials: 1500).write(to: c)
        let first = try Self.files(a), second = try Self.files(b), other = try Self.files(c)
        #expect(first.keys.sorted() == ["catalog.json", "credentials/part-00000.json", "credentials/part-00001.json",
                                        "providers.json", "roles.json", "skills.json"])
        #expect(first == second)
        #expect(first["credentials/part-00000.json"] != other["credentials/part-00000.json"])
    }

    @Test func writtenCatalogLoadsWithoutErrorsAndRoundTrips() throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let generated = try CatalogGenerator(seed: 7, credentials: 2000).write(to: directory)
        let report = CatalogLoader.check(directory: directory)
        #expect(report.errors.map(\.description) == [])
        #expect(report.warnings.map(\.description) == [])
        let loaded = try CatalogLoader.load(directory: directory)
        #expect(loaded.info == generated.info)
        #expect(loaded.skills == generated.skills)
        #expect(loaded.providers == generated.providers)
        #expect(loaded.roles == generated.roles)
        #expect(loaded.credentials == generated.credentials)
    }

    @Test func catalogHasTheRequestedSizeAndARealisticShape() {
        let catalog = CatalogGenerator(seed: 1, credentials: 3000).catalog()
        #expect(catalog.credentials.count == 3000)
        #expect(Set(catalog.providers.map(\.kind)) == Set(Provider.Kind.allCases))
        #expect(Set(catalog.skills.map(\.category)).count >= 10)
        var anyOf = 0, allOf = 0, chains = 0
        for (i, credential) in catalog.credentials.enumerated() {
            #expect((1...4).contains(credential.skills.count) || credential.type == .program, "\(credential.id)")
            #expect(credential.skills.allSatisfy { SkillLevel.range.contains($0.level) }, "\(credential.id)")
            #expect(credential.hours >= 0 && credential.hours <= 200 && credential.price >= 0 && credential.price <= 600)
            // Prerequisites and stack parts only name earlier credentials: no cycles by construction.
            let named = credential.requires.flatMap(\.credentialIDs) + (credential.stack?.of ?? [])
            #expect(named.allSatisfy { (catalog.credentialIndex[$0] ?? i) < i }, "\(credential.id)")
            for condition in credential.requires {
                if case .anyOf = condition { anyOf += 1 }
                if case .allOf = condition { allOf += 1 }
                let top = credential.skills.first!
                if condition == .skill(top.skill, level: top.level - 1) { chains += 1 }
            }
        }
        #expect(anyOf > 30 && allOf > 30 && chains > 500)
        #expect(catalog.credentials.filter { $0.type == .program }.count > 100)
        #expect(catalog.roles.allSatisfy { (4...8).contains($0.requires.count) })
        for level in SkillLevel.range {
            #expect(catalog.credentials.contains { $0.skills.contains { $0.level == level } }, "level \(level)")
        }
    }
}
