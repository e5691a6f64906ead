import Foundation
import Testing

/// `skillpath roles --rank`: every role planned from the profile, cheapest first, infeasible last.
@Suite struct RoleRankingCommandTests {
    let cli = CLIRunner()

    @Test func jsonFollowsTheContract() throws {
        let result = try cli.run(["roles", "--rank", "--start", "2027-01-04", "--hours-per-week", "10", "--format", "json"])
        #expect(result.status == 0)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(entries.map { $0["role"] as? String } == ["data-analyst", "dba"])
        let first = entries[0]
        #expect(Set(first.keys).isSuperset(of: ["role", "title", "feasible", "objective", "totals"]))
        #expect(first["title"] as? String == "Data Analyst")
        #expect(first["feasible"] as? Bool == true)
        let objective = try #require(first["objective"] as? [String: Any])
        #expect(objective["kind"] as? String == "cost" && objective["value"] as? Double == 100)
        let totals = try #require(first["totals"] as? [String: Any])
        #expect(totals["price"] as? Double == 100 && totals["hours"] as? Double == 50 && totals["weeks"] as? Double == 5)
        #expect(totals["credentials"] as? Int == 2)
        #expect(first["finishDate"] as? String == "2027-02-08")
        #expect(entries[1]["feasible"] as? Bool == false)
        #expect(((entries[1]["reasons"] as? [String]) ?? []).contains { $0.contains("sql") })
    }

    /// Each value is the optimum `plan` finds for that role with the same options.
    @Test func valuesAreWhatPlanFinds() throws {
        let options = ["--objective", "time", "--skill", "excel=1"]
        let (status, ranked) = try cli.json(["roles", "--rank", "--format", "json"] + options)
        #expect(status == 0)
        let (_, plan) = try cli.json(["plan", "--role", "data-analyst", "--format", "json"] + options)
        let rankedValue = ((ranked as? [[String: Any]])?.first?["objective"] as? [String: Any])?["value"] as? Double
        let planValue = ((plan as? [String: Any])?["objective"] as? [String: Any])?["value"] as? Double
        #expect(rankedValue == 20 && planValue == 20)
    }

    @Test func textListsPlansThenRolesWithoutOne() throws {
        let result = try cli.run(["roles", "--rank", "--start", "2027-01-04", "--hours-per-week", "10"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let row = try #require(lines.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("1  data-analyst") })
        #expect(row.contains("$100") && row.contains("50 h") && row.contains("2027-02-08"))
        let missing = try #require(lines.firstIndex { $0.hasPrefix("No valid plan (1 role)") })
        #expect(lines[missing + 1].contains("dba (Database Administrator)"))
        #expect(lines[missing + 2].contains("- ") && lines[missing + 2].contains("sql"))
        #expect(result.stdout.contains("2 roles: 1 with a plan, 1 without."))
    }

    /// A budget no role fits still exits 0: the ranking is the answer, not a failure.
    @Test func noRoleWithinReachStillSucceeds() throws {
        let (status, value) = try cli.json(["roles", "--rank", "--budget", "50", "--format", "json"])
        #expect(status == 0)
        let entries = try #require(value as? [[String: Any]])
        #expect(entries.map { $0["role"] as? String } == ["data-analyst", "dba"])
        #expect(entries.allSatisfy { $0["feasible"] as? Bool == false })
        #expect(entries.allSatisfy { $0["finishDate"] is NSNull })
    }

    @Test func theSavedOrGivenProfileIsUsed() throws {
        let file = CLIRunner.file(#"{"skills": {"sql": 2}, "startDate": "2027-01-04"}"#)
        let (status, value) = try cli.json(["roles", "--rank", "--profile", file, "--format", "json"])
        #expect(status == 0)
        let first = try #require((value as? [[String: Any]])?.first)
        #expect((first["objective"] as? [String: Any])?["value"] as? Double == 0)
        #expect((first["totals"] as? [String: Any])?["credentials"] as? Int == 0)
    }

    @Test func usageErrors() throws {
        let unknown = try cli.run(["roles", "--rank", "--have", "no-such-thing"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("no-such-thing"))
        let withoutRank = try cli.run(["roles", "--budget", "100"])
        #expect(withoutRank.status == 64)
        #expect(withoutRank.stderr.contains("only makes sense with --rank"))
        let missing = try cli.run(["roles", "--rank", "--profile", "/no/such/profile.json"])
        #expect(missing.status == 66)
        let bad = try cli.run(["roles", "--rank", "--profile", CLIRunner.file(#"{"budget": -1}"#)])
        #expect(bad.status == 65)
    }
}
