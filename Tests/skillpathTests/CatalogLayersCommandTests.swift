import Foundation
import Testing

/// `--catalog A --catalog B`, `$SKILLPATH_HOME/catalog.d/*/`, and `catalog check`'s report of replaced entries.
@Suite struct CatalogLayersCommandTests {
    let cli = CLIRunner()

    /// A layer that adds a free, quick SQL course from an employer and replaces `sql-next`.
    static func employerLayer(at directory: String) -> String {
        try! FileManager.default.createDirectory(atPath: directory + "/credentials", withIntermediateDirectories: true)
        CLIRunner.write(directory + "/providers.json", #"[{"id": "acme", "name": "ACME Corp", "kind": "employer"}]"#)
        CLIRunner.write(directory + "/credentials/acme.json", #"""
        [{"id": "acme-sql", "title": "ACME SQL Onboarding", "provider": "acme", "type": "course", "hours": 2, "price": 0,
          "skills": [{"skill": "sql", "level": 2}], "requires": ["sql-intro"]},
         {"id": "sql-next", "title": "SQL for Analysts, 2nd edition", "provider": "coursera", "type": "course", "hours": 30, "price": 90,
          "skills": [{"skill": "sql", "level": 2}], "requires": ["sql-intro"]}]
        """#)
        return directory
    }

    static func steps(_ stdout: String) throws -> [String] {
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        return (plan["steps"] as? [[String: Any]] ?? []).compactMap { $0["credential"] as? String }
    }

    @Test func catalogGivenTwiceLayersTheSecondOverTheFirst() throws {
        let layer = Self.employerLayer(at: NSTemporaryDirectory() + "skillpath-layer-\(UUID().uuidString)/employer")
        let plan = try cli.run(["plan", "--role", "data-analyst", "--catalog", CLIRunner.fixtureCatalog, "--catalog", layer, "--format", "json"])
        plan.expectSuccess()
        #expect(try Self.steps(plan.stdout) == ["sql-intro", "acme-sql"])
        let show = try cli.run(["catalog", "show", "sql-next", "--catalog", CLIRunner.fixtureCatalog, "--catalog", layer])
        show.expectSuccess()
        #expect(show.stdout.contains("SQL for Analysts, 2nd edition"))
        // The first alone is the fixture as it was.
        let alone = try cli.run(["plan", "--role", "data-analyst", "--catalog", CLIRunner.fixtureCatalog, "--format", "json"])
        #expect(try Self.steps(alone.stdout) == ["sql-intro", "sql-next"])
    }

    @Test func theDataHomeLayersJoinTheDefaultCatalog() throws {
        _ = Self.employerLayer(at: cli.home + "/catalog.d/10-employer")
        let plan = try cli.run(["plan", "--role", "data-analyst", "--format", "json"])
        plan.expectSuccess()
        #expect(try Self.steps(plan.stdout) == ["sql-intro", "acme-sql"])
        // An explicit --catalog is that catalog only.
        let explicit = try cli.run(["plan", "--role", "data-analyst", "--catalog", CLIRunner.fixtureCatalog, "--format", "json"])
        #expect(try Self.steps(explicit.stdout) == ["sql-intro", "sql-next"])
        // A broken layer stops loading with its file named.
        CLIRunner.write(cli.home + "/catalog.d/20-broken.json", "not a layer: plain files are skipped")
        try FileManager.default.createDirectory(atPath: cli.home + "/catalog.d/30-broken/credentials", withIntermediateDirectories: true)
        CLIRunner.write(cli.home + "/catalog.d/30-broken/credentials/x.json", #"[{"id": "x", "title": "X"}]"#)
        let broken = try cli.run(["plan", "--role", "data-analyst"])
        #expect(broken.status == 65)
        #expect(broken.stderr.contains(cli.home + "/catalog.d/30-broken/credentials/x.json:1:"), "\(broken.stderr)")
    }

    @Test func catalogCheckReportsReplacedEntries() throws {
        let layer = Self.employerLayer(at: cli.home + "/catalog.d/10-employer")
        let check = try cli.run(["catalog", "check"])
        check.expectSuccess()
        #expect(check.stdout.contains(layer + "/credentials/acme.json:3:"), "\(check.stdout)")
        #expect(check.stdout.contains("sql-next replaces the credential from \(CLIRunner.fixtureCatalog)/credentials/all.json:3:"), "\(check.stdout)")
        #expect(check.stdout.contains("5 credentials") && check.stdout.contains("1 replaced by a later layer"))
        // catalog check DIR checks that directory alone.
        let alone = try cli.run(["catalog", "check", CLIRunner.fixtureCatalog])
        alone.expectSuccess()
        #expect(!alone.stdout.contains("replaces") && alone.stdout.contains("4 credentials"))
        // A missing layer is a missing input.
        let missing = try cli.run(["catalog", "check", "--catalog", CLIRunner.fixtureCatalog, "--catalog", layer + "-nope"])
        #expect(missing.status == 66 && missing.stderr.contains("no such catalog directory"))
    }
}
