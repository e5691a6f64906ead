import Foundation
import Testing

/// `skillpath plan`: formats, exit statuses 0/3/64/65/66, and the JSON shape of PLANNING.md.
@Suite struct PlanCommandTests {
    let cli = CLIRunner()

    @Test func cheapestPlanAsJSON() throws {
        let result = try cli.run(["plan", "--role", "data-analyst", "--start", "2027-01-04", "--hours-per-week", "10", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(plan.keys) == ["role", "feasible", "objective", "totals", "steps", "unmet"])
        #expect(plan["role"] as? String == "data-analyst")
        #expect(plan["feasible"] as? Bool == true)
        let objective = try #require(plan["objective"] as? [String: Any])
        #expect(objective["kind"] as? String == "cost")
        #expect(objective["value"] as? Double == 100)
        let totals = try #require(plan["totals"] as? [String: Any])
        #expect(totals["price"] as? Double == 100 && totals["hours"] as? Double == 50 && totals["weeks"] as? Double == 5)
        #expect(totals["credentials"] as? Int == 2)
        let steps = try #require(plan["steps"] as? [[String: Any]])
        #expect(steps.map { $0["credential"] as? String } == ["sql-intro", "sql-next"])
        #expect(Set(steps[0].keys) == ["credential", "title", "price", "hours", "startWeek", "endWeek", "startDate", "endDate", "covers", "milestone", "why"])
        #expect(steps[0]["startDate"] as? String == "2027-01-04")
        #expect(steps[1]["startWeek"] as? Double == 1 && steps[1]["endWeek"] as? Double == 5)
        #expect((plan["unmet"] as? [Any])?.isEmpty == true)
        // Amounts are written as reals, as in PLANNING.md.
        #expect(result.stdout.contains("\"value\": 100.0"))
        #expect(result.stdout.contains("\"credentials\": 2"))
    }

    @Test func flagsOverrideTheObjective() throws {
        let (status, value) = try cli.json(["plan", "--role", "data-analyst", "--objective", "time", "--format", "json"])
        #expect(status == 0)
        let steps = (value as? [String: Any])?["steps"] as? [[String: Any]]
        #expect(steps?.map { $0["credential"] as? String } == ["sql-bootcamp"])
    }

    @Test func recommendedRequirementsOnRequest() throws {
        let (_, value) = try cli.json(["plan", "--role", "data-analyst", "--include-recommended", "--format", "json"])
        let steps = ((value as? [String: Any])?["steps"] as? [[String: Any]])?.compactMap { $0["credential"] as? String }
        #expect(steps?.contains("excel-basics") == true)
    }

    @Test func noValidPlanExitsThreeAndStillPrintsJSON() throws {
        let result = try cli.run(["plan", "--role", "data-analyst", "--budget", "50", "--format", "json"])
        #expect(result.status == 3)
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(plan["feasible"] as? Bool == false)
        #expect((plan["steps"] as? [Any])?.isEmpty == true)
        let unmet = try #require(plan["unmet"] as? [[String: Any]])
        #expect(!unmet.isEmpty)
        #expect(unmet.allSatisfy { $0["condition"] != nil && !(($0["reason"] as? String) ?? "").isEmpty })
        #expect((unmet[0]["condition"] as? [String: Any])?["skill"] as? String == "sql")
    }

    @Test func noValidPlanAsTextGivesReasons() throws {
        let result = try cli.run(["plan", "--role", "dba"])
        #expect(result.status == 3)
        #expect(result.stdout.contains("No plan reaches Database Administrator (dba)"))
        #expect(result.stdout.contains("SQL ≥ 5"))
    }

    @Test func textIsPlainAndFitsEightyColumns() throws {
        let result = try cli.run(["plan", "--role", "data-analyst", "--start", "2027-01-04"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("1. Intro to SQL"))
        #expect(result.stdout.contains("2. SQL for Analysts"))
        #expect(result.stdout.contains("covers: SQL (level 2)"))
        #expect(result.stdout.contains("Total: 2 credentials · $100 · 50 h"))
        #expect(!result.stdout.contains("\u{1B}"), "no colour when stdout is not a terminal")
        for line in result.stdout.split(separator: "\n") { #expect(line.count <= 80) }
    }

    @Test func markdown() throws {
        let result = try cli.run(["plan", "--role", "data-analyst", "--format", "markdown"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# Study plan: Data Analyst\n"))
        #expect(result.stdout.contains("| 1 | Intro to SQL (`sql-intro`) |"))
    }

    @Test func profileFileAndFlags() throws {
        let profile = CLIRunner.file(#"{"skills": {"excel": 1}, "objective": "time", "targetRole": "data-analyst"}"#)
        // The profile asks for time (and names the role); the flag asks for cost.
        let (status, value) = try cli.json(["plan", "--profile", profile, "--format", "json"])
        #expect(status == 0)
        #expect(((value as? [String: Any])?["steps"] as? [[String: Any]])?.compactMap { $0["credential"] as? String } == ["sql-bootcamp"])
        let (_, overridden) = try cli.json(["plan", "--profile", profile, "--objective", "cost", "--format", "json"])
        #expect(((overridden as? [String: Any])?["steps"] as? [[String: Any]])?.compactMap { $0["credential"] as? String } == ["sql-intro", "sql-next"])
        let (_, held) = try cli.json(["plan", "--role", "data-analyst", "--have", "sql-intro", "--format", "json"])
        #expect(((held as? [String: Any])?["steps"] as? [[String: Any]])?.compactMap { $0["credential"] as? String } == ["sql-next"])
        let (_, skilled) = try cli.json(["plan", "--role", "data-analyst", "--skill", "sql=2", "--format", "json"])
        #expect(((skilled as? [String: Any])?["steps"] as? [Any])?.isEmpty == true)
    }

    @Test(arguments: [
        (["plan", "--role", "data-analist"], "did you mean \"data-analyst\""),
        (["plan"], "--role"),
        (["plan", "--role", "data-analyst", "--objective", "cheap"], "cheap"),
        (["plan", "--role", "data-analyst", "--format", "yaml"], "yaml"),
        (["plan", "--role", "data-analyst", "--budget=-5"], "--budget"),
        (["plan", "--role", "data-analyst", "--hours-per-week", "0"], "--hours-per-week"),
        (["plan", "--role", "data-analyst", "--skill", "sql"], "ID=LEVEL"),
        (["plan", "--role", "data-analyst", "--skill", "sql=9"], "0 to 5"),
        (["plan", "--role", "data-analyst", "--skill", "sqll=2"], "did you mean \"sql\""),
        (["plan", "--role", "data-analyst", "--have", "sql-intr"], "did you mean \"sql-intro\""),
        (["plan", "--role", "data-analyst", "--start", "2027-02-30"], "YYYY-MM-DD"),
        (["plan", "--role", "data-analyst", "--save", "../x"], "plan name"),
        (["plan", "--role", "data-analyst", "--no-such-flag"], "no-such-flag"),
    ])
    func badUsageExits64(arguments: [String], message: String) throws {
        let result = try cli.run(arguments)
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func missingFilesExit66() throws {
        let catalog = try cli.run(["plan", "--role", "data-analyst", "--catalog", "/nonexistent/catalog"])
        #expect(catalog.status == 66)
        #expect(catalog.stderr.contains("/nonexistent/catalog"))
        let profile = try cli.run(["plan", "--role", "data-analyst", "--profile", "/nonexistent/me.json"])
        #expect(profile.status == 66)
        #expect(profile.stderr.contains("/nonexistent/me.json"))
    }

    @Test func invalidCatalogExits65NamingEveryError() throws {
        let catalog = CLIRunner.catalog(replacing: "roles.json", with: """
        [{"id": "data-analyst", "title": "Data Analyst", "requires": [{"skill": "sqll", "level": 2}]},
         {"id": "dba", "title": 7, "requires": ["sql-intr"]}]
        """)
        let result = try cli.run(["plan", "--role", "data-analyst", "--catalog", catalog])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\(catalog)/roles.json:1:"))
        #expect(result.stderr.contains("unknown skill \"sqll\" (did you mean \"sql\"?)"))
        #expect(result.stderr.contains("roles.json:2:") && result.stderr.contains("[1].title: expected a string"))
        #expect(result.stderr.contains("unknown credential \"sql-intr\" (did you mean \"sql-intro\"?)"))
    }

    @Test(arguments: [
        ("{\"skills\": {\"sql\": 2}", "1:"),
        ("{\"skills\": {\"sqll\": 2}}", "skills.sqll: unknown skill \"sqll\" (did you mean \"sql\"?)"),
        ("{\"targetRole\": \"data-analist\"}", "targetRole: unknown role"),
        ("{\"hoursPerWeek\": \"lots\"}", "hoursPerWeek: expected a number"),
        ("", "the file is empty"),
        ("{\"budget\": 1e999}", "1:"),
    ])
    func invalidProfileExits65(text: String, message: String) throws {
        let file = CLIRunner.file(text)
        let result = try cli.run(["plan", "--role", "data-analyst", "--profile", file])
        #expect(result.status == 65, "\(text): \(result.stderr)")
        #expect(result.stderr.contains(file))
        #expect(result.stderr.contains(message), "\(text): \(result.stderr)")
    }

    @Test func deeplyNestedConditionsExit65WithoutCrashing() throws {
        let depth = 100_000
        let nested = String(repeating: #"{"anyOf": ["#, count: depth) + #""sql-intro""# + String(repeating: "]}", count: depth)
        let catalog = CLIRunner.catalog(replacing: "roles.json", with: #"[{"id": "data-analyst", "title": "Data Analyst", "requires": ["# + nested + "]}]")
        let result = try cli.run(["plan", "--role", "data-analyst", "--catalog", catalog])
        #expect(result.status == 65)
        #expect(result.stderr.contains("roles.json:1:"))
    }

    @Test func nonUTF8ProfileExits65() throws {
        let file = CLIRunner.file("")
        try Data([0x7B, 0xC3, 0x28, 0x7D]).write(to: URL(fileURLWithPath: file))
        let result = try cli.run(["plan", "--role", "data-analyst", "--profile", file])
        #expect(result.status == 65)
        #expect(result.stderr.contains("not valid UTF-8"))
    }

    @Test func helpHasExamples() throws {
        for command in [["plan"], ["roles"], ["role"], ["catalog"], ["catalog", "check"], ["catalog", "list"], ["catalog", "show"],
                        ["catalog", "search"], ["plans"], ["plans", "list"], ["plans", "show"], ["plans", "export"], ["plans", "mark"],
                        ["plans", "delete"], ["plans", "rename"], ["profile"], ["profile", "set"], ["profile", "show"]] {
            let result = try cli.run(command + ["--help"])
            #expect(result.status == 0, "\(command)")
            #expect(result.stdout.contains("Example"), "\(command) --help has no examples")
        }
    }
}
