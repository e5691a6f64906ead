import Foundation
import Testing

/// `skillpath catalog lint`: warnings placed at the credential, exit 0 whatever it finds, 65 for a
/// catalog that does not load.
@Suite struct CatalogLintCommandTests {
    let cli = CLIRunner()

    @Test func warnsAboutALevelBeyondTheHours() throws {
        let catalog = CLIRunner.catalog(replacing: "credentials/all.json", with: """
        [{"id": "long", "title": "Long", "provider": "coursera", "type": "course", "hours": 20, "price": 0, "skills": [{"skill": "sql", "level": 2}]},
         {"id": "capstone", "title": "Capstone", "provider": "coursera", "type": "course", "hours": 10, "price": 0, "skills": [{"skill": "sql", "level": 4}]}]
        """)
        let result = try cli.run(["catalog", "lint", "--catalog", catalog])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("credentials/all.json:2:2: warning: capstone: grants sql level 4 in 10 h; under 15 hours grants level 3 at most: lower the level or correct the hours [level-4-under-15h]"),
                "\(result.stdout)")
        #expect(!result.stdout.contains("long:"))
        #expect(result.stdout.hasSuffix(": 1 warning\n"))
        // The folder as an argument, as `catalog check` takes it.
        let positional = try cli.run(["catalog", "lint", catalog])
        #expect(positional.status == 0 && positional.stdout == result.stdout)
        #expect(try cli.run(["catalog", "lint", catalog, "--catalog", catalog]).status == 64)
    }

    @Test func aCatalogThatDoesNotLoadIsAnError() throws {
        let catalog = CLIRunner.catalog(replacing: "credentials/all.json", with: """
        [{"id": "a", "title": "A", "provider": "coursera", "type": "course", "hours": -1, "price": 0, "skills": []}]
        """)
        let result = try cli.run(["catalog", "lint", "--catalog", catalog])
        #expect(result.status == 65)
        #expect(result.stderr.contains("credentials/all.json:1:") && result.stderr.contains("hours"), "\(result.stderr)")
        #expect(try cli.run(["catalog", "lint", "--catalog", "/nonexistent/dir"]).status == 66)
    }

    /// The shipped catalog has only the shared landing pages SOURCES.md lists, and no other finding.
    @Test func theShippedCatalogHasOnlySharedLandingPages() throws {
        let result = try cli.run(["catalog", "lint", "--catalog", CLIRunner.repositoryRoot + "/Catalog"])
        #expect(result.status == 0)
        let findings = result.stdout.split(separator: "\n").filter { $0.contains(": warning: ") }
        #expect(!findings.isEmpty)
        #expect(findings.allSatisfy { $0.hasSuffix("[shared-url]") }, "\(findings.filter { !$0.hasSuffix("[shared-url]") })")
    }
}
