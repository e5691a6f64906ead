import Foundation
import Testing

/// Retirement through the CLI: a retired credential is left out of `plan` (with the reason when
/// it was the only way), a step ending after its credential retires carries a warning in JSON,
/// text and Markdown, and `catalog check` warns about one retired without a successor.
@Suite struct RetirementCommandTests {
    let cli = CLIRunner()

    /// The fixture catalog with sql-bootcamp retiring on `retires` (successor sql-next when asked).
    static func catalog(retires: String, successor: Bool = true) -> String {
        CLIRunner.catalog(replacing: "credentials/all.json", with: """
        [{"id": "sql-intro", "title": "Intro to SQL", "provider": "coursera", "type": "course", "hours": 10, "price": 0, "skills": [{"skill": "sql", "level": 1}]},
         {"id": "sql-next", "title": "SQL for Analysts", "provider": "coursera", "type": "course", "hours": 40, "price": 100, "skills": [{"skill": "sql", "level": 2}], "requires": ["sql-intro"]},
         {"id": "sql-bootcamp", "title": "SQL Bootcamp", "provider": "udemy", "type": "certificate", "hours": 20, "price": 300, "skills": [{"skill": "sql", "level": 2}], "retires": "\(retires)"\(successor ? #", "successor": "sql-next""# : "")},
         {"id": "excel-basics", "title": "Excel Basics", "provider": "udemy", "type": "course", "hours": 5, "price": 15, "skills": [{"skill": "excel", "level": 1}]}]
        """)
    }

    @Test func aRetiredCredentialIsNotPlannedAndTheReasonSaysSo() throws {
        let catalog = Self.catalog(retires: "2027-01-04")
        let base = ["plan", "--catalog", catalog, "--role", "data-analyst", "--start", "2027-01-04", "--format", "json"]
        let (status, value) = try cli.json(base + ["--only-provider", "udemy"])
        let object = try #require(value as? [String: Any])
        let reasons = (object["unmet"] as? [[String: Any]] ?? []).compactMap { $0["reason"] as? String }
        #expect(status == 3 && reasons.contains { $0.contains("sql-bootcamp: retired on 2027-01-04; its successor is sql-next") }, "\(reasons)")
        let (_, before) = try cli.json(["plan", "--catalog", catalog, "--role", "data-analyst", "--start", "2027-01-03", "--format", "json", "--objective", "time"])
        let steps = ((before as? [String: Any])?["steps"] as? [[String: Any]] ?? []).compactMap { $0["credential"] as? String }
        #expect(steps == ["sql-bootcamp"])
    }

    @Test func aStepEndingAfterRetirementIsWarnedAboutInEveryFormat() throws {
        // 20 h at 10 h a week from 2027-01-04 end on 2027-01-18, after 2027-01-10.
        let catalog = Self.catalog(retires: "2027-01-10")
        let base = ["plan", "--catalog", catalog, "--role", "data-analyst", "--start", "2027-01-04", "--hours-per-week", "10", "--objective", "time"]
        let words = "sql-bootcamp retires on 2027-01-10, before this step ends on 2027-01-18; its successor is sql-next"
        let (status, value) = try cli.json(base + ["--format", "json"])
        let steps = try #require((value as? [String: Any])?["steps"] as? [[String: Any]])
        #expect(status == 0 && steps.first?["warnings"] as? [String] == [words], "\(steps)")
        let text = try cli.run(base)
        #expect(text.stdout.contains("warning: sql-bootcamp retires on 2027-01-10"), "\(text.stdout)")
        let markdown = try cli.run(base + ["--format", "markdown"])
        #expect(markdown.stdout.contains(words), "\(markdown.stdout)")
    }

    @Test func catalogShowGivesRetiresAndSuccessor() throws {
        let (status, value) = try cli.json(["catalog", "show", "sql-bootcamp", "--catalog", Self.catalog(retires: "2027-01-10"), "--format", "json"])
        let object = try #require((value as? [String: Any])?["credential"] as? [String: Any])
        #expect(status == 0 && object["retires"] as? String == "2027-01-10" && object["successor"] as? String == "sql-next", "\(object)")
    }

    @Test func catalogCheckWarnsAboutARetiredCredentialWithoutASuccessor() throws {
        let result = try cli.run(["catalog", "check", "--catalog", Self.catalog(retires: "2020-01-01", successor: false)])
        #expect(result.status == 0)
        #expect(result.stdout.contains("sql-bootcamp: [2].retires: retired on 2020-01-01 with no successor"), "\(result.stdout)")
        // The fixture's dba role gives one warning of its own.
        #expect(result.stdout.contains("0 errors, 2 warnings"), "\(result.stdout)")
        let named = try cli.run(["catalog", "check", "--catalog", Self.catalog(retires: "2020-01-01")])
        #expect(named.stdout.contains("0 errors, 1 warning") && !named.stdout.contains("retired"), "\(named.stdout)")
    }
}
