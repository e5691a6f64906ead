import Foundation
import Testing

/// `plans mark --on`, `plans show` when the plan is out of date, and `plans replan`, against a private data home.
@Suite struct PlanProgressCommandTests {
    let cli = CLIRunner()

    func show(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let (status, value) = try cli.json(["plans", "show", name, "--format", "json"])
        #expect(status == 0, sourceLocation: sourceLocation)
        return try #require(value as? [String: Any], sourceLocation: sourceLocation)
    }

    /// A plan saved from the saved profile (so that it starts up to date).
    func saveAnalyst() throws {
        #expect(try cli.run(["profile", "set", "--start", "2027-01-04", "--hours-per-week", "5"]).status == 0)
        let plan = try cli.run(["plan", "--role", "data-analyst", "--save", "analyst"])
        #expect(plan.status == 0, "\(plan.stderr)")
    }

    @Test func markRecordsTheDayGivenWithOn() throws {
        try saveAnalyst()
        #expect(try cli.run(["plans", "mark", "analyst", "sql-intro", "in-progress", "--on", "2027-01-05"]).status == 0)
        let done = try cli.run(["plans", "mark", "analyst", "sql-intro", "done", "--on", "2027-01-20"])
        #expect(done.status == 0)
        #expect(done.stdout == "sql-intro: done on 2027-01-20. 1 of 2 steps done.\n")
        let step = try #require((try show("analyst")["steps"] as? [[String: Any]])?.first)
        #expect(step["status"] as? String == "done" && step["started"] as? String == "2027-01-05"
                && step["finished"] as? String == "2027-01-20" && step["pinned"] as? Bool == false)
        // Marking it done again corrects the day it finished; todo clears both days.
        #expect(try cli.run(["plans", "mark", "analyst", "sql-intro", "done", "--on", "2027-01-21"]).status == 0)
        #expect((try show("analyst")["steps"] as? [[String: Any]])?.first?["finished"] as? String == "2027-01-21")
        let bad = try cli.run(["plans", "mark", "analyst", "sql-intro", "done", "--on", "2027-13-01"])
        #expect(bad.status == 64 && bad.stderr.contains("YYYY-MM-DD") && bad.stderr.contains("2027-13-01"))
    }

    @Test func skippedIsNotDoneInEveryCount() throws {
        try saveAnalyst()
        #expect(try cli.run(["plans", "mark", "analyst", "sql-intro", "skipped"]).status == 0)
        let list = try cli.run(["plans", "list"])
        #expect(list.stdout.contains("0/2 done"), "\(list.stdout)")
        let (_, json) = try cli.json(["plans", "list", "--format", "json"])
        let entry = try #require((json as? [[String: Any]])?.first)
        #expect(entry["progress"] as? [String: Int] == ["done": 0, "skipped": 1, "inProgress": 0, "total": 2])
        #expect(try show("analyst")["progress"] as? [String: Int] == ["done": 0, "skipped": 1, "inProgress": 0, "total": 2])
    }

    @Test func showSaysWhenThePlanIsOutOfDate() throws {
        try saveAnalyst()
        var shown = try show("analyst")
        #expect(shown["stale"] as? Bool == false && (shown["staleReasons"] as? [String]) == [])
        #expect(try cli.run(["profile", "set", "--hours-per-week", "10", "--exclude-provider", "udemy"]).status == 0)
        shown = try show("analyst")
        #expect(shown["stale"] as? Bool == true)
        #expect(shown["staleReasons"] as? [String] == ["hours per week 5 → 10", "provider udemy excluded"])
        let text = try cli.run(["plans", "show", "analyst"])
        #expect(text.stdout.contains("Out of date: hours per week 5 → 10; provider udemy excluded.")
                && text.stdout.contains("skillpath plans replan analyst"), "\(text.stdout)")
        let (_, json) = try cli.json(["plans", "list", "--format", "json"])
        let entry = try #require((json as? [[String: Any]])?.first)
        #expect(entry["stale"] as? Bool == true && entry["name"] as? String == "analyst" && entry["role"] as? String == "data-analyst")
    }

    @Test func replanKeepsProgressEvenWhenTheProfileEarnedTheStep() throws {
        try saveAnalyst()
        #expect(try cli.run(["plans", "mark", "analyst", "sql-intro", "done", "--on", "2027-01-20"]).status == 0)
        // The same credential is now also earned in the profile, and the pace changed.
        #expect(try cli.run(["profile", "set", "--have", "sql-intro", "--hours-per-week", "10"]).status == 0)
        let replan = try cli.run(["plans", "replan", "analyst"])
        #expect(replan.status == 0, "\(replan.stderr)")
        #expect(replan.stdout.hasPrefix("Re-planned \"analyst\" · 1 of 2 steps done\n"), "\(replan.stdout)")
        let shown = try show("analyst")
        #expect(shown["stale"] as? Bool == false, "\(shown["staleReasons"] ?? "")")
        #expect(shown["progress"] as? [String: Int] == ["done": 1, "skipped": 0, "inProgress": 0, "total": 2])
        let steps = try #require(shown["steps"] as? [[String: Any]])
        #expect(steps.map { $0["credential"] as? String } == ["sql-intro", "sql-next"])
        #expect(steps[0]["status"] as? String == "done" && steps[0]["finished"] as? String == "2027-01-20")
        #expect(steps[1]["status"] as? String == "todo")
        let missing = try cli.run(["plans", "replan", "analyts"])
        #expect(missing.status == 66 && missing.stderr.contains("did you mean \"analyst\""))
    }

    @Test func replanPinsTheStepInProgress() throws {
        try saveAnalyst()
        #expect(try cli.run(["plans", "mark", "analyst", "sql-next", "in-progress", "--on", "2027-01-06"]).status == 0)
        let (status, value) = try cli.json(["plans", "replan", "analyst", "--format", "json"])
        #expect(status == 0)
        let steps = try #require((value as? [String: Any])?["steps"] as? [[String: Any]])
        let next = try #require(steps.first { $0["credential"] as? String == "sql-next" })
        #expect(next["status"] as? String == "in-progress" && next["started"] as? String == "2027-01-06" && next["pinned"] as? Bool == true)
        // The text marks the pinned step too.
        let text = try cli.run(["plans", "show", "analyst"])
        #expect(text.status == 0 && text.stdout.contains("Pinned: \(next["title"] as? String ?? "") [sql-next] (in progress)\n"), "\(text.stdout)")
    }

    @Test func showListsNoPinsForAPlanWithout() throws {
        try saveAnalyst()
        let text = try cli.run(["plans", "show", "analyst"])
        #expect(text.status == 0 && !text.stdout.contains("Pinned:"), "\(text.stdout)")
    }
}
