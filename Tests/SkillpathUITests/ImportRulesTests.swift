import Foundation
import Testing

/// The import rules of docs/ARCHITECTURE.md, read from the `import` lines of `Sources/`.
@Suite struct ImportRulesTests {
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    /// Every Swift file under `Sources/<target>` with the modules it imports.
    static func imports(in target: String) throws -> [(file: String, modules: Set<String>)] {
        let root = sources.appendingPathComponent(target)
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var result: [(String, Set<String>)] = []
        for case let path as String in walker where path.hasSuffix(".swift") {
            let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            var modules = Set<String>()
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ").map(String.init)
                if let i = words.firstIndex(of: "import"), i + 1 < words.count,
                   words[..<i].allSatisfy({ $0.hasPrefix("@") || $0 == "public" || $0 == "internal" }) {
                    modules.insert(words[i + 1])
                }
            }
            result.append((target + "/" + path, modules))
        }
        return result
    }

    static var targets: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: sources.path))?.filter { $0 != "CNcursesw" } ?? []
    }

    @Test func onlyTheTerminalTargetImportsCurses() throws {
        #expect(Self.targets.contains("SkillpathTUI") && Self.targets.contains("SkillpathUI"), "Sources/ found at \(Self.sources.path)")
        for target in Self.targets where target != "SkillpathTUI" {
            for (file, modules) in try Self.imports(in: target) {
                #expect(!modules.contains("CNcursesw"), "\(file) imports CNcursesw: only Sources/SkillpathTUI may (docs/ARCHITECTURE.md)")
            }
        }
    }

    @Test func theUIImportsOnlyTheEngine() throws {
        let allowed: Set<String> = ["SkillpathCore", "Foundation"]
        for (file, modules) in try Self.imports(in: "SkillpathUI") {
            #expect(modules.isSubset(of: allowed), "\(file) imports \(modules.subtracting(allowed).sorted()): SkillpathUI may import only SkillpathCore")
            let text = try String(contentsOf: Self.sources.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("FileManager") && !text.contains("StoreBackedStorage"),
                    "\(file) uses file storage: that belongs to SkillpathTUI (StoreBackedStorage)")
        }
    }

    @Test func theEngineImportsNothingOfOurs() throws {
        let ours: Set<String> = ["SkillpathUI", "SkillpathTUI", "SkillpathInterop", "CNcursesw", "CatalogGenerator"]
        for (file, modules) in try Self.imports(in: "SkillpathCore") {
            #expect(modules.isDisjoint(with: ours), "\(file) imports \(modules.intersection(ours).sorted()): SkillpathCore imports nothing of ours")
        }
    }
}
