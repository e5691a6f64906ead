import Foundation
import Testing

/// Why each step is there, on the command line: `"why"` on every step of `plan --format json`
/// and of saved plans (also those saved before reasons existed), and a why line in text and Markdown.
@Suite struct PlanReasonsCommandTests {
    let cli = CLIRunner()

    static func steps(_ value: Any) -> [[String: Any]] {
        ((value as? [String: Any])?["steps"] as? [[String: Any]]) ?? []
    }

    static func why(_ step: [String: Any]) -> [NSDictionary] {
        (step["why"] as? [[String: Any]])?.map { $0 as NSDictionary } ?? []
    }

    @Test func planJSONStepsCarryTheirReasons() throws {
        let (status, value) = try cli.json(["plan", "--role", "data-analyst", "--start", "2027-01-04", "--format", "json"])
        #expect(status == 0)
        let steps = Self.steps(value)
        #expect(steps.map { $0["credential"] as? String } == ["sql-intro", "sql-next"])
        #expect(Self.why(steps[0]) == [["kind": "prerequisite", "of": "sql-next"]])
        #expect(Self.why(steps[1]) == [["kind": "role", "condition": 0]])

        let (_, recommended) = try cli.json(["plan", "--role", "data-analyst", "--include-recommended", "--format", "json"])
        let excel = try #require(Self.steps(recommended).first { $0["credential"] as? String == "excel-basics" })
        #expect(Self.why(excel) == [["kind": "role", "condition": 1]])
    }

    @Test func textAndMarkdownSayWhyInWords() throws {
        let text = try cli.run(["plan", "--role", "data-analyst", "--include-recommended", "--format", "text"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("why: prerequisite of SQL for Analysts"))
        #expect(text.stdout.contains("why: for SQL ≥ 2, which the role needs"))
        #expect(text.stdout.contains("why: for Excel ≥ 1, which the role recommends"))
        let markdown = try cli.run(["plan", "--role", "data-analyst", "--format", "markdown"])
        #expect(markdown.stdout.contains("- **Intro to SQL** — why: prerequisite of SQL for Analysts"))
    }

    /// Reasons are stored with the saved plan; a file from before reasons gets them from the profile it records.
    @Test func savedPlansKeepTheirReasonsAndOldFilesGetThem() throws {
        #expect(try cli.run(["plan", "--role", "data-analyst", "--start", "2027-01-04", "--save", "mine"]).status == 0)
        let (status, shown) = try cli.json(["plans", "show", "mine", "--format", "json"])
        #expect(status == 0)
        #expect(Self.steps(shown).map(Self.why) == [[["kind": "prerequisite", "of": "sql-next"]], [["kind": "role", "condition": 0]]])

        let file = cli.home + "/plans/mine.json"
        let saved = try String(contentsOfFile: file, encoding: .utf8)
        #expect(saved.contains("\"why\""))
        var object = try #require(try JSONSerialization.jsonObject(with: Data(saved.utf8)) as? [String: Any])
        var plan = try #require(object["plan"] as? [String: Any])
        plan["steps"] = Self.steps(plan).map { step in step.filter { $0.key != "why" } }
        object["plan"] = plan
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: file))
        #expect(try !String(contentsOfFile: file, encoding: .utf8).contains("\"why\""))

        let (oldStatus, old) = try cli.json(["plans", "show", "mine", "--format", "json"])
        #expect(oldStatus == 0)
        #expect(Self.steps(old).map(Self.why) == [[["kind": "prerequisite", "of": "sql-next"]], [["kind": "role", "condition": 0]]])
        let export = try cli.run(["plans", "export", "mine"])
        #expect(export.stdout.contains("- **SQL for Analysts** — why: for SQL ≥ 2, which the role needs"))
    }
}
