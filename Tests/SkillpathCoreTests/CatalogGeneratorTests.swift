import Foundation
import Testing
import CatalogGenerator
@testable import SkillpathCore

/// The benchmark catalog generator: deterministic, valid in the catalog format, realistic in shape.
@Suite struct CatalogGeneratorTests {
    /// The start date of generated cases.
    static let start = CalendarDate(year: 2026, month: 12, day: 1)

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

    // MARK: The hard shape (issue 10)

    @Test func hardShapeSameSeedGivesByteIdenticalCatalogAndCases() throws {
        let a = Self.temporaryDirectory(), b = Self.temporaryDirectory()
        defer { for d in [a, b] { try? FileManager.default.removeItem(atPath: d) } }
        for directory in [a, b] {
            let catalog = try CatalogGenerator(seed: 11, credentials: 3000, shape: .hard).write(to: directory)
            try PlannerCase.write(PlannerCase.generate(for: catalog, count: 12, seed: 11, start: Self.start),
                                  to: directory + "/cases.json")
        }
        let first = try Self.files(a)
        #expect(first == (try Self.files(b)))
        #expect(first["cases.json"] != nil)
        let standard = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: standard) }
        try CatalogGenerator(seed: 11, credentials: 3000).write(to: standard)
        #expect(first["credentials/part-00000.json"] != (try Self.files(standard))["credentials/part-00000.json"])
    }

    @Test func hardShapeLoadsWithoutErrorsAndItsCasesReadBack() throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let generated = try CatalogGenerator(seed: 5, credentials: 3000, shape: .hard).write(to: directory)
        let report = CatalogLoader.check(directory: directory)
        #expect(report.errors.map(\.description) == [])
        #expect(try CatalogLoader.load(directory: directory).credentials == generated.credentials)
        let cases = PlannerCase.generate(for: generated, count: 40, seed: 5, start: Self.start)
        try PlannerCase.write(cases, to: directory + "/cases.json")
        let read = try PlannerCase.load(path: directory + "/cases.json")
        #expect(read.map(\.role) == cases.map(\.role))
        #expect(read.map(\.profile) == cases.map(\.profile))
        #expect(read.allSatisfy { !$0.hasExpectation })
        let roles = Set(generated.roles.map(\.id))
        #expect(read.allSatisfy { roles.contains($0.role) })
        // The version 2 keys appear, each in some cases and not in others.
        for (key, has) in [("budget", read.map { $0.profile.budget != nil }),
                           ("maxHours", read.map { $0.profile.maxHours != nil }),
                           ("deadline", read.map { $0.profile.deadline != nil }),
                           ("onlyProviders", read.map { !$0.profile.onlyProviders.isEmpty }),
                           ("require", read.map { !$0.profile.require.isEmpty }),
                           ("avoid", read.map { !$0.profile.avoid.isEmpty })] {
            #expect(has.contains(true) && has.contains(false), "\(key)")
        }
        #expect(Set(read.map(\.profile.objective)) == Set(Objective.allCases))
    }

    @Test func hardShapeHasLongChainsCyclesAndBigStacks() {
        let n = 3000
        let catalog = CatalogGenerator(seed: 3, credentials: n, shape: .hard).catalog()
        #expect(catalog.credentials.count == n)
        // Long chains: runs of credentials each naming the previous one, six or more long.
        var previous: [Int: Int] = [:]
        for (i, credential) in catalog.credentials.enumerated() {
            for case .credential(let id) in credential.requires { previous[i] = catalog.credentialIndex[id] }
        }
        func chainLength(_ i: Int) -> Int {
            var length = 1, at = i, seen: Set<Int> = [i]
            while let p = previous[at], seen.insert(p).inserted { length += 1; at = p }
            return length
        }
        let longest = catalog.credentials.indices.map(chainLength).max() ?? 0
        #expect(longest >= 6, "longest chain \(longest)")
        // Cycles: a credential needs (through a credential it names or a skill level it asks for) a
        // credential that needs it back. Edges: c -> a when a can satisfy one of c's conditions.
        var granting: [String: [(level: Int, index: Int)]] = [:]
        for (i, c) in catalog.credentials.enumerated() {
            for g in c.skills { granting[g.skill, default: []].append((g.level, i)) }
        }
        func targets(_ condition: Condition) -> [Int] {
            switch condition {
            case .credential(let id): return catalog.credentialIndex[id].map { [$0] } ?? []
            case .skill(let id, let level): return (granting[id] ?? []).filter { $0.level >= level }.map(\.index)
            case .anyOf(let parts), .allOf(let parts): return parts.flatMap(targets)
            }
        }
        let edges = catalog.credentials.map { c in c.requires.flatMap(targets) + (c.stack?.of ?? []).compactMap { catalog.credentialIndex[$0] } }
        let cyclic = StronglyConnected.components(count: n, edges: edges).filter { $0.count > 1 }
        #expect(!cyclic.isEmpty)
        // About one credential in forty names a higher-level credential of its own main skill.
        let upward = catalog.credentials.filter { c in
            guard let main = c.skills.first else { return false }
            return c.requires.contains { condition in
                guard case .credential(let id) = condition, let other = catalog.credentialIndex[id] else { return false }
                return catalog.credentials[other].skills.contains { $0.skill == main.skill && $0.level > main.level }
            }
        }.count
        #expect(upward >= n / 80 && upward <= n / 20, "\(upward) upward requirements")
        // Stacks of three to six parts, some of them "k of n".
        let stacks = catalog.credentials.compactMap(\.stack)
        #expect(stacks.count > 100)
        #expect(stacks.allSatisfy { (3...6).contains($0.of.count) })
        #expect(stacks.contains { $0.of.count == 6 })
        #expect(stacks.contains { $0.count < $0.of.count })
    }
}
