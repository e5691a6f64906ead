import Foundation
import Testing

/// `--format json` on every command that lists or shows something: `roles`, `role`,
/// `catalog list|search|show`, `plans list|show`, `profile show`; the shapes of docs/CLI.md.
@Suite struct JSONFormatCommandTests {
    let cli = CLIRunner()

    /// Runs, expects status 0 and nothing on standard error, and parses standard output as a JSON object.
    func object(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let result = try cli.run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
        let value = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(value as? [String: Any], sourceLocation: sourceLocation)
    }

    static let credentialKeys: Set<String> = ["id", "title", "type", "provider", "issuer", "price", "currency", "hours", "weeks",
                                              "format", "accredited", "verifiable", "expiresMonths", "skills", "requires", "stack", "total", "subscription",
                                              "countsToward", "url", "summary", "retires", "successor"]
    static let roleKeys: Set<String> = ["id", "title", "onet", "summary", "requires", "recommends"]

    @Test func roles() throws {
        let json = try object(["roles", "--format", "json"])
        let roles = try #require(json["roles"] as? [[String: Any]])
        #expect(roles.map { $0["id"] as? String } == ["data-analyst", "dba"])
        #expect(Set(roles[0].keys) == Self.roleKeys)
        let requires = try #require(roles[0]["requires"] as? [[String: Any]])
        #expect(requires.first?["skill"] as? String == "sql" && requires.first?["level"] as? Int == 2)
    }

    @Test func roleAgainstTheProfile() throws {
        let json = try object(["role", "data-analyst", "--skill", "sql=2", "--format", "json"])
        #expect(Set(json.keys) == ["role", "met", "total", "requirements"])
        #expect((json["role"] as? [String: Any])?["id"] as? String == "data-analyst")
        #expect(json["met"] as? Int == 1 && json["total"] as? Int == 1)
        let requirements = try #require(json["requirements"] as? [[String: Any]])
        #expect(requirements.map { $0["kind"] as? String } == ["requires", "recommends"])
        #expect(requirements[0]["met"] as? Bool == true && requirements[0]["level"] as? Int == 2)
        #expect(requirements[1]["met"] as? Bool == false && requirements[1]["level"] as? Int == 0)
    }

    @Test func catalogList() throws {
        let json = try object(["catalog", "list", "--provider", "udemy", "--format", "json"])
        let credentials = try #require(json["credentials"] as? [[String: Any]])
        #expect(credentials.map { $0["id"] as? String } == ["excel-basics", "sql-bootcamp"])
        #expect(Set(credentials[0].keys) == Self.credentialKeys)
        #expect(credentials[1]["price"] as? Double == 300 && credentials[1]["hours"] as? Double == 20)
        #expect(credentials[1]["currency"] as? String == "USD" && credentials[1]["issuer"] is NSNull)
    }

    @Test func catalogSearch() throws {
        let json = try object(["catalog", "search", "sql", "--format", "json"])
        #expect(Set(json.keys) == ["roles", "skills", "credentials"])
        #expect((json["skills"] as? [[String: Any]])?.map { $0["id"] as? String } == ["sql"])
        let ids = (json["credentials"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(ids == ["sql-bootcamp", "sql-intro", "sql-next"])
        let none = try object(["catalog", "search", "zzz", "--format", "json"])
        #expect((none["credentials"] as? [Any])?.isEmpty == true)
    }

    @Test func catalogShow() throws {
        let credential = try object(["catalog", "show", "sql-next", "--format", "json"])
        #expect(Set(credential.keys) == ["id", "credential", "role", "skill", "provider"])
        let c = try #require(credential["credential"] as? [String: Any])
        #expect(Set(c.keys) == Self.credentialKeys)
        #expect(c["requires"] as? [String] == ["sql-intro"])
        #expect(credential["role"] is NSNull && credential["skill"] is NSNull)
        let skill = try object(["catalog", "show", "sql", "--format", "json"])
        let taught = try #require((skill["skill"] as? [String: Any])?["taughtBy"] as? [[String: Any]])
        #expect(Set(taught.compactMap { $0["credential"] as? String }) == ["sql-intro", "sql-next", "sql-bootcamp"])
        let provider = try object(["catalog", "show", "udemy", "--format", "json"])
        #expect((provider["provider"] as? [String: Any])?["credentials"] as? Int == 2)
        let unknown = try cli.run(["catalog", "show", "sql-nxt", "--format", "json"])
        #expect(unknown.status == 64 && unknown.stdout.isEmpty && unknown.stderr.contains("did you mean \"sql-next\""))
    }

    @Test func plansListAndShow() throws {
        let (_, empty) = try cli.json(["plans", "list", "--format", "json"])
        #expect((empty as? [Any])?.isEmpty == true)
        #expect(try cli.run(["plan", "--role", "data-analyst", "--start", "2027-01-04", "--save", "analyst"]).status == 0)
        #expect(try cli.run(["plans", "mark", "analyst", "sql-intro", "done"]).status == 0)

        let (_, list) = try cli.json(["plans", "list", "--format", "json"])
        let plans = try #require(list as? [[String: Any]])
        #expect(plans.count == 1)
        #expect(plans[0]["name"] as? String == "analyst" && plans[0]["role"] as? String == "data-analyst")
        #expect(plans[0]["objective"] as? String == "cost" && plans[0]["error"] is NSNull)
        #expect(plans[0]["stale"] is Bool)
        let progress = try #require(plans[0]["progress"] as? [String: Int])
        #expect(progress == ["done": 1, "skipped": 0, "inProgress": 0, "total": 2])

        let show = try object(["plans", "show", "analyst", "--format", "json"])
        #expect(Set(["name", "role", "progress", "steps", "feasible", "objective", "totals", "unmet", "created", "updated"])
                    .isSubset(of: Set(show.keys)))
        #expect(show["name"] as? String == "analyst" && show["role"] as? String == "data-analyst")
        #expect(show["progress"] as? [String: Int] == progress)
        let steps = try #require(show["steps"] as? [[String: Any]])
        #expect(steps.map { $0["credential"] as? String } == ["sql-intro", "sql-next"])
        #expect(steps.map { $0["status"] as? String } == ["done", "todo"])
        #expect(steps[0]["finished"] is String && steps[1]["started"] is NSNull)
        #expect(show["stale"] is Bool && show["staleReasons"] is [Any] && steps.allSatisfy { $0["pinned"] as? Bool == false })

        // export --format json prints the same object.
        let exported = try cli.run(["plans", "export", "analyst", "--format", "json"])
        let shown = try cli.run(["plans", "show", "analyst", "--format", "json"])
        #expect(exported.status == 0 && exported.stdout == shown.stdout)
    }

    @Test func profileShow() throws {
        let json = try object(["profile", "show", "--format", "json"])
        #expect(json["hoursPerWeek"] as? Double == 5 && json["objective"] as? String == "cost")
    }

    @Test func everyListingCommandTakesFormatJSON() throws {
        for command in [["roles"], ["role"], ["catalog", "list"], ["catalog", "search"], ["catalog", "show"],
                        ["plans", "list"], ["plans", "show"], ["profile", "show"], ["plan"]] {
            let help = try cli.run(command + ["--help"])
            #expect(help.stdout.contains("--format") && help.stdout.contains("json"), "\(command) --help has no --format json")
        }
    }
}
