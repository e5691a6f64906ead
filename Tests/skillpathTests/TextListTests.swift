import Foundation
import Testing

/// Text lists print one record per line and, when standard output is not a terminal, never cut
/// an id or a title, so `grep` and `cut` see them whole.
@Suite struct TextListTests {
    static let longTitle = "A " + String(repeating: "very long title ", count: 40) + "END"
    static let longID = "an-identifier-" + String(repeating: "x", count: 60)

    let cli: CLIRunner = {
        var cli = CLIRunner()
        let catalog = CLIRunner.catalog(replacing: "credentials/all.json", with: #"""
        [{"id": "\#(TextListTests.longID)", "title": "\#(TextListTests.longTitle)", "provider": "coursera", "type": "course", "hours": 10, "price": 0, "skills": [{"skill": "sql", "level": 2}]},
         {"id": "sql-bootcamp", "title": "SQL Bootcamp\nsecond line", "provider": "udemy", "type": "certificate", "hours": 20, "price": 300, "skills": [{"skill": "sql", "level": 2}]}]
        """#)
        CLIRunner.write(catalog + "/roles.json", #"""
        [{"id": "\#(TextListTests.longID)", "title": "\#(TextListTests.longTitle)", "requires": [{"skill": "sql", "level": 2}]}]
        """#)
        cli.environment["SKILLPATH_CATALOG"] = catalog
        return cli
    }()

    /// The one line of `text` that mentions `needle`.
    func line(_ text: String, containing needle: String) -> [Substring] {
        text.split(separator: "\n").filter { $0.contains(needle) }
    }

    @Test func catalogListAndSearchGiveWholeRecordsOnOneLine() throws {
        for arguments in [["catalog", "list"], ["catalog", "search", "sql"]] {
            let result = try cli.run(arguments)
            #expect(result.status == 0)
            let long = line(result.stdout, containing: Self.longID)
            #expect(long.count == 1 && long[0].hasSuffix(Self.longTitle), "\(arguments): \(long)")
            #expect(long.first?.contains("$0") == true && long.first?.contains("course") == true)
            // A newline inside a title does not split its record.
            let bootcamp = line(result.stdout, containing: "sql-bootcamp")
            #expect(bootcamp.count == 1 && bootcamp[0].hasSuffix("SQL Bootcamp second line"), "\(bootcamp)")
        }
    }

    @Test func rolesGiveWholeRecordsOnOneLine() throws {
        let result = try cli.run(["roles"])
        let long = line(result.stdout, containing: Self.longID)
        #expect(long.count == 1 && long[0].hasSuffix(Self.longTitle) && long[0].contains("1 req."), "\(long)")
    }

    @Test func plansListGivesWholeNames() throws {
        let name = "a-plan-name-much-longer-than-twenty-four-characters"
        #expect(try cli.run(["plan", "--role", Self.longID, "--save", name]).status == 0)
        let result = try cli.run(["plans", "list"])
        let record = line(result.stdout, containing: name)
        #expect(record.count == 1 && record[0].contains(Self.longID) && record[0].contains("0/1 done"), "\(result.stdout)")
    }
}
