import Foundation
import Testing

/// The closest plan on `plan` (PLANNING.md, "The closest plan"), on the fixture catalog of
/// ``CLIRunner``: Data Analyst needs SQL ≥ 2 (at least $100) and recommends Excel ≥ 1 ($15).
@Suite struct ClosestPlanCommandTests {
    let cli = CLIRunner()
    let arguments = ["plan", "--role", "data-analyst", "--include-recommended", "--budget", "50", "--start", "2027-01-04"]
    let reason = "over budget: meeting it costs at least $100, more than the budget of $50"

    @Test func jsonHasTheClosestPlan() throws {
        let (status, value) = try cli.json(arguments + ["--format", "json"])
        let object = try #require(value as? [String: Any])
        let closest = try #require(object["closest"] as? [String: Any])
        #expect(status == 3 && closest["meets"] as? Int == 1 && closest["of"] as? Int == 2)
        let steps = (closest["steps"] as? [[String: Any]] ?? []).compactMap { $0["credential"] as? String }
        #expect(steps == ["excel-basics"])
        let objective = try #require(closest["objective"] as? [String: Any])
        #expect(objective["kind"] as? String == "cost" && objective["value"] as? Double == 15)
        let unmet = try #require(closest["unmet"] as? [[String: Any]])
        #expect(unmet.count == 1 && unmet[0]["condition"] as? Int == 0 && unmet[0]["reason"] as? String == reason)
    }

    @Test func jsonClosestIsNullWhenTheRequiredCredentialIsOverBudget() throws {
        let (status, value) = try cli.json(arguments + ["--require", "sql-bootcamp", "--format", "json"])
        let object = try #require(value as? [String: Any])
        #expect(status == 3 && object.keys.contains("closest") && object["closest"] is NSNull)
    }

    @Test func textAndMarkdownSayHowCloseThePlanComes() throws {
        let text = try cli.run(arguments)
        #expect(text.status == 3)
        #expect(text.stdout.contains("The closest plan you can make meets 1 of the 2 requirements:"), "\(text.stdout)")
        #expect(text.stdout.contains("Excel Basics") && text.stdout.components(separatedBy: reason).count == 2, "\(text.stdout)")
        let markdown = try cli.run(arguments + ["--format", "markdown"])
        #expect(markdown.stdout.contains("## The closest plan") && markdown.stdout.contains("meets 1 of the 2 requirements"), "\(markdown.stdout)")
        #expect(markdown.stdout.contains("`excel-basics`"), "\(markdown.stdout)")
    }
}
