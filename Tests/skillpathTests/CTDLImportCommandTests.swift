import Foundation
import Testing

/// `skillpath catalog import-ctdl`: the fixtures in `Tests/Fixtures/ctdl` become a catalog that
/// `catalog check` accepts and `plan` plans over.
@Suite struct CTDLImportCommandTests {
    let cli = CLIRunner()
    static let fixtures = CLIRunner.repositoryRoot + "/Tests/Fixtures/ctdl"

    func newDirectory() -> String { NSTemporaryDirectory() + "skillpath-ctdl-\(UUID().uuidString)" }

    @Test func importedCatalogChecksAndPlans() throws {
        let out = newDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try cli.run(["catalog", "import-ctdl", Self.fixtures, "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Read 12 records from 3 files; wrote \(out): 9 credentials, 2 providers, 3 skills, 0 roles."))
        #expect(result.stdout.contains("Not converted: 1 AssessmentProfile, 1 reference outside the input, 1 condition without targets"))
        #expect(result.stderr.contains("degree.json:17:"), "a dropped reference names its file and line")
        #expect(result.stderr.contains("ce-00000000-dead-4bee-8000-000000000000"))

        let check = try cli.run(["catalog", "check", out])
        #expect(check.status == 0 && check.stdout.contains("9 credentials, 3 skills, 2 providers, 0 roles; 0 errors"), "\(check.stdout)")

        CLIRunner.write(out + "/roles.json", #"""
        [{"id": "analyst", "title": "Cloud Data Analyst",
          "requires": [{"skill": "data-visualisation", "level": 3}, "certified-cloud-practitioner"]}]
        """#)
        let (status, value) = try cli.json(["plan", "--catalog", out, "--role", "analyst", "--format", "json"])
        #expect(status == 0)
        let plan = try #require(value as? [String: Any])
        let all = try #require(plan["steps"] as? [[String: Any]])
        let steps = all.filter { $0["milestone"] as? Bool == false }.compactMap { $0["credential"] as? String }
        #expect(steps.count == 5)
        #expect(Set(steps) == ["data-foundations", "data-wrangling", "data-visualisation", "cloud-basics", "certified-cloud-practitioner"])
        // The programme its three courses complete comes as a milestone at no cost of its own.
        #expect(all.filter { $0["milestone"] as? Bool == true }.compactMap { $0["credential"] as? String } == ["data-analytics-program"])
        #expect(steps.firstIndex(of: "data-foundations")! < steps.firstIndex(of: "data-wrangling")!)
        #expect(steps.firstIndex(of: "data-wrangling")! < steps.firstIndex(of: "data-visualisation")!)
        #expect((plan["totals"] as? [String: Any])?["price"] as? Double == 1150)
    }

    @Test func aNonEmptyOutIsReplacedOnlyWhenAsked() throws {
        let out = newDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(try cli.run(["catalog", "import-ctdl", Self.fixtures + "/degree.json", "--out", out]).status == 0)
        let again = try cli.run(["catalog", "import-ctdl", Self.fixtures, "--out", out])
        #expect(again.status == 64 && again.stderr.contains("is not empty; give --replace"))
        #expect(try cli.run(["catalog", "check", out]).stdout.contains("1 credentials"))
        let replaced = try cli.run(["catalog", "import-ctdl", Self.fixtures, "--out", out, "--replace"])
        #expect(replaced.status == 0)
        #expect(try cli.run(["catalog", "check", out]).stdout.contains("9 credentials"))

        let other = newDirectory()
        defer { try? FileManager.default.removeItem(atPath: other) }
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        CLIRunner.write(other + "/notes.txt", "mine")
        let refused = try cli.run(["catalog", "import-ctdl", Self.fixtures, "--out", other, "--replace"])
        #expect(refused.status == 64 && refused.stderr.contains("not a catalog folder"))
        #expect(FileManager.default.fileExists(atPath: other + "/notes.txt"))
    }

    @Test func missingAndBrokenInput() throws {
        let out = newDirectory()
        let missing = try cli.run(["catalog", "import-ctdl", "/nonexistent/records.json", "--out", out])
        #expect(missing.status == 66 && missing.stderr.contains("/nonexistent/records.json"))
        let broken = CLIRunner.file("{\"@type\": \"ceterms:Course\",\n oops}", name: "broken.json")
        let result = try cli.run(["catalog", "import-ctdl", broken, "--out", out])
        #expect(result.status == 65 && result.stderr.contains("broken.json:2:") && result.stderr.contains("nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func untrustedTextIsSanitised() throws {
        let out = newDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let record = CLIRunner.file(#"{"@type": "ceterms:Course", "ceterms:name": "Evil\u001b]0;owned\u0007", "ceterms:hasPart": ["https://x.example/\u001b[2J"]}"#, name: "evil.json")
        let result = try cli.run(["catalog", "import-ctdl", record, "--out", out])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}") && !result.stderr.contains("\u{1B}") && !result.stderr.contains("\u{07}"))
        #expect(result.stderr.contains("https://x.example/\u{FFFD}[2J"))
    }
}
