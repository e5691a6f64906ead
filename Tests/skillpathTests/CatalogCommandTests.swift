import Foundation
import Testing

/// `skillpath catalog …`, `roles` and `role`.
@Suite struct CatalogCommandTests {
    let cli = CLIRunner()

    @Test func checkAValidCatalog() throws {
        let result = try cli.run(["catalog", "check"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("fixture 1: 4 credentials, 2 skills, 2 providers, 2 roles; 0 errors"))
    }

    @Test func checkListsErrorsAndWarnings() throws {
        let catalog = CLIRunner.catalog(replacing: "credentials/all.json", with: """
        [{"id": "a", "title": "A", "provider": "coursera", "type": "course", "hours": -1, "price": 0, "skills": [], "requires": ["b"]},
         {"id": "b", "title": "B", "provider": "coursera", "type": "course", "hours": 1, "price": 0, "skills": [{"skill": "sql", "level": 6}], "requires": ["a"]},
         {"id": "b", "title": "B again", "provider": "coursera", "type": "course", "hours": 1, "price": 0, "skills": []}]
        """)
        let result = try cli.run(["catalog", "check", "--catalog", catalog])
        #expect(result.status == 65)
        #expect(result.stdout.contains("credentials/all.json:1:") && result.stdout.contains("a: [0].hours: -1 is out of range (must be zero or more)"))
        #expect(result.stdout.contains("[1].skills[0].level"))
        #expect(result.stdout.contains("duplicate credential id \"b\""))
        #expect(result.stdout.contains("error"))
    }

    @Test func checkWarnsAboutCycles() throws {
        let catalog = CLIRunner.catalog(replacing: "credentials/all.json", with: """
        [{"id": "a", "title": "A", "provider": "coursera", "type": "course", "hours": 1, "price": 0, "skills": [{"skill": "sql", "level": 5}], "requires": ["b"]},
         {"id": "b", "title": "B", "provider": "coursera", "type": "course", "hours": 1, "price": 0, "skills": [{"skill": "excel", "level": 2}], "requires": ["a"]}]
        """)
        let result = try cli.run(["catalog", "check", "--catalog", catalog])
        #expect(result.status == 0)
        #expect(result.stdout.contains("warning: a: [0].requires: prerequisite cycle: a → b → a"))
        #expect(result.stdout.contains("0 errors, 1 warning"))
    }

    @Test func checkAMissingDirectory() throws {
        let result = try cli.run(["catalog", "check", "--catalog", "/nonexistent/dir"])
        #expect(result.status == 66)
    }

    @Test func listShowSearch() throws {
        let list = try cli.run(["catalog", "list", "--provider", "udemy"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("sql-bootcamp") && list.stdout.contains("excel-basics") && !list.stdout.contains("sql-intro"))
        let certificates = try cli.run(["catalog", "list", "--type", "certificate"])
        #expect(certificates.stdout.contains("sql-bootcamp") && !certificates.stdout.contains("excel-basics"))
        #expect(try cli.run(["catalog", "list", "--provider", "udemyy"]).stderr.contains("did you mean \"udemy\""))
        #expect(try cli.run(["catalog", "list", "--type", "degree"]).status == 64)

        let show = try cli.run(["catalog", "show", "sql-next"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("SQL for Analysts (sql-next)") && show.stdout.contains("Intro to SQL (sql-intro)") && show.stdout.contains("$100"))
        let unknown = try cli.run(["catalog", "show", "sql-nxt"])
        #expect(unknown.status == 64 && unknown.stderr.contains("did you mean \"sql-next\""))

        let search = try cli.run(["catalog", "search", "sql", "analyst"])
        #expect(search.status == 0)
        #expect(search.stdout.contains("sql-next"))
        #expect(try cli.run(["catalog", "search", "zzzz"]).stdout.contains("Nothing matches"))
    }

    @Test func rolesAndRole() throws {
        let roles = try cli.run(["roles"])
        #expect(roles.status == 0)
        #expect(roles.stdout.contains("data-analyst") && roles.stdout.contains("Database Administrator"))
        let role = try cli.run(["role", "data-analyst", "--skill", "sql=1"])
        #expect(role.status == 0)
        #expect(role.stdout.contains("need  SQL ≥ 2"))
        #expect(role.stdout.contains("you: 1 (awareness), needed: 2, gap 1"))
        #expect(role.stdout.contains("0 of 1 requirements met"))
        let met = try cli.run(["role", "data-analyst", "--have", "sql-bootcamp"])
        #expect(met.stdout.contains("have  SQL ≥ 2") && met.stdout.contains("1 of 1 requirements met"))
        #expect(try cli.run(["role", "data-analist"]).stderr.contains("did you mean \"data-analyst\""))
    }

    @Test func theShippedCatalogIsFoundFromTheBinary() throws {
        // Without SKILLPATH_CATALOG, the binary walks up from its own directory to the repository's Catalog/.
        var plain = CLIRunner()
        plain.environment.removeValue(forKey: "SKILLPATH_CATALOG")
        let result = try plain.run(["catalog", "check"])
        #expect(result.stdout.contains(CLIRunner.repositoryRoot + "/Catalog") || result.stdout.contains("/Catalog:"), "\(result.stdout)\(result.stderr)")
    }
}
