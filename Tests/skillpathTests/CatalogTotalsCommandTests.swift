import Foundation
import Testing

/// A stacked credential's total (its own price and hours plus its cheapest parts) in
/// `catalog show`, `catalog show --format json` and `catalog list`.
@Suite struct CatalogTotalsCommandTests {
    let cli = CLIRunner()

    /// The fixture's credentials plus a programme of 2 of its three courses, free in itself.
    static let catalog = CLIRunner.catalog(replacing: "credentials/all.json", with: #"""
    [
     {"id": "sql-intro", "title": "Intro to SQL", "provider": "coursera", "type": "course", "hours": 10, "price": 0, "skills": [{"skill": "sql", "level": 1}]},
     {"id": "sql-next", "title": "SQL for Analysts", "provider": "coursera", "type": "course", "hours": 40, "price": 100, "skills": [{"skill": "sql", "level": 2}], "requires": ["sql-intro"]},
     {"id": "sql-bootcamp", "title": "SQL Bootcamp", "provider": "udemy", "type": "certificate", "hours": 20, "price": 300, "skills": [{"skill": "sql", "level": 2}]},
     {"id": "excel-basics", "title": "Excel Basics", "provider": "udemy", "type": "course", "hours": 5, "price": 15, "skills": [{"skill": "excel", "level": 1}]},
     {"id": "sql-program", "title": "SQL Programme", "provider": "coursera", "type": "program", "hours": 2, "price": 0, "skills": [{"skill": "sql", "level": 3}], "stack": {"of": ["sql-next", "sql-intro", "sql-bootcamp"], "count": 2}}
    ]
    """#)

    @Test func showTextGivesTheTotal() throws {
        let show = try cli.run(["catalog", "show", "sql-program", "--catalog", Self.catalog])
        #expect(show.status == 0)
        // sql-intro ($0) and sql-next ($100) are the cheapest 2 of 3; the programme adds 2 h of its own.
        #expect(show.stdout.contains("Total       $100 · 52 h across 2 courses (its own price and hours"))
        #expect(show.stdout.replacingOccurrences(of: "\n            ", with: " ").contains("plus its cheapest 2 parts)"))
        #expect(show.stdout.contains("Price       $0"))
        let course = try cli.run(["catalog", "show", "sql-next", "--catalog", Self.catalog])
        #expect(!course.stdout.contains("Total"))
    }

    @Test func showJSONHasTheTotal() throws {
        let result = try cli.run(["catalog", "show", "sql-program", "--catalog", Self.catalog, "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let credential = try #require(json["credential"] as? [String: Any])
        let total = try #require(credential["total"] as? [String: Any])
        #expect(total["price"] as? Double == 100 && total["hours"] as? Double == 52 && total["parts"] as? Int == 2)
        #expect(total["courses"] as? Int == 2 && total["unavailable"] as? Int == 0)
        #expect(credential["price"] as? Double == 0 && credential["hours"] as? Double == 2)
        let course = try cli.run(["catalog", "show", "sql-bootcamp", "--catalog", Self.catalog, "--format", "json"])
        let plain = try #require(try JSONSerialization.jsonObject(with: Data(course.stdout.utf8)) as? [String: Any])
        let own = try #require((plain["credential"] as? [String: Any])?["total"] as? [String: Any])
        #expect(own["price"] as? Double == 300 && own["hours"] as? Double == 20 && own["parts"] as? Int == 0)
    }

    @Test func listMarksAStacksTotal() throws {
        let list = try cli.run(["catalog", "list", "--catalog", Self.catalog])
        #expect(list.status == 0)
        let line = try #require(list.stdout.split(separator: "\n").first { $0.hasPrefix("sql-program") })
        #expect(line.contains("$100 total") && line.contains("52 h"))
        let course = try #require(list.stdout.split(separator: "\n").first { $0.hasPrefix("sql-next") })
        #expect(course.contains("$100") && !course.contains("total"))
    }

    @Test func theShippedDataAnalyticsCertificateIsNotFree() throws {
        let show = try cli.run(["catalog", "show", "google-data-analytics"], extraEnvironment: ["SKILLPATH_CATALOG": CLIRunner.repositoryRoot + "/Catalog"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("$441 · 180 h across 8 courses"))
    }
}
