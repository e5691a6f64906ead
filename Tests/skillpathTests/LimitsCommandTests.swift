import Foundation
import Testing

/// `--max-hours`, `--deadline` and `--only-provider` on `plan` and `profile set` (PLANNING.md
/// version 2), on the fixture catalog of ``CLIRunner``: sql-intro then sql-next (coursera, $100,
/// 50 h) or sql-bootcamp (udemy, $300, 20 h).
@Suite struct LimitsCommandTests {
    let cli = CLIRunner()

    func plan(_ arguments: [String]) throws -> (status: Int32, steps: [String], reasons: [String]) {
        let (status, value) = try cli.json(["plan", "--role", "data-analyst", "--format", "json", "--start", "2027-01-04"] + arguments)
        let object = try #require(value as? [String: Any])
        let steps = (object["steps"] as? [[String: Any]] ?? []).compactMap { $0["credential"] as? String }
        let reasons = (object["unmet"] as? [[String: Any]] ?? []).compactMap { $0["reason"] as? String }
        return (status, steps, reasons)
    }

    @Test func maxHoursAndDeadlineChooseTheQuickerPlan() throws {
        #expect(try plan([]).steps == ["sql-intro", "sql-next"])
        #expect(try plan(["--max-hours", "30"]).steps == ["sql-bootcamp"])
        // 50 h at 10 h a week take 5 weeks (to 2027-02-08); 20 h take 2 weeks.
        #expect(try plan(["--hours-per-week", "10", "--deadline", "2027-02-08"]).steps == ["sql-intro", "sql-next"])
        #expect(try plan(["--hours-per-week", "10", "--deadline", "2027-02-07"]).steps == ["sql-bootcamp"])
    }

    @Test func impossibleLimitsExit3NamingTheLimit() throws {
        let hours = try plan(["--max-hours", "10"])
        #expect(hours.status == 3 && hours.reasons == ["over the 10 h limit: meeting it takes at least 20 h"])
        let deadline = try plan(["--hours-per-week", "10", "--deadline", "2027-01-10"])
        #expect(deadline.status == 3 && deadline.reasons == ["cannot finish by 2027-01-10 at 10 h/week: needs at least 20 h"])
        let text = try cli.run(["plan", "--role", "data-analyst", "--budget", "50"])
        #expect(text.status == 3 && text.stdout.contains("more than the budget of $50"), "\(text.stdout)")
    }

    @Test func onlyProviderKeepsToTheListedOnes() throws {
        #expect(try plan(["--only-provider", "udemy"]).steps == ["sql-bootcamp"])
        #expect(try plan(["--only-provider", "udemy", "--only-provider", "coursera"]).steps == ["sql-intro", "sql-next"])
    }

    @Test(arguments: [["--max-hours", "-1"], ["--max-hours", "1e400"], ["--deadline", "2027-02-30"], ["--only-provider", "udemi"]])
    func badValuesExit64(flag: [String]) throws {
        for command in [["plan", "--role", "data-analyst"], ["profile", "set"]] {
            let result = try cli.run(command + flag)
            #expect(result.status == 64, "\(command + flag): \(result.stderr)")
            #expect(result.stderr.contains(flag[0]), "\(result.stderr)")
        }
        #expect(try cli.run(["plan", "--role", "data-analyst", "--only-provider", "udemi"]).stderr.contains("did you mean \"udemy\""))
        #expect(!FileManager.default.fileExists(atPath: cli.home + "/profile.json"), "a refused value was saved")
    }

    @Test func unknownOnlyProviderInAProfileFileExits65() throws {
        let file = CLIRunner.file(#"{"onlyProviders": ["udemi"]}"#)
        let result = try cli.run(["plan", "--role", "data-analyst", "--profile", file])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("onlyProviders[0]") && result.stderr.contains("did you mean \"udemy\""), "\(result.stderr)")
    }

    @Test func profileSetSavesShowsAndClearsThem() throws {
        let set = try cli.run(["profile", "set", "--max-hours", "30", "--deadline", "2027-06-30", "--only-provider", "udemy"])
        #expect(set.status == 0, "\(set.stderr)")
        let (_, saved) = try cli.json(["profile", "show", "--format", "json"])
        let profile = try #require(saved as? [String: Any])
        #expect(profile["maxHours"] as? Double == 30 && profile["deadline"] as? String == "2027-06-30")
        #expect(profile["onlyProviders"] as? [String] == ["udemy"])
        let shown = try cli.run(["profile", "show"])
        #expect(shown.stdout.contains("Hours limit") && shown.stdout.contains("2027-06-30") && shown.stdout.contains("Only from"), "\(shown.stdout)")
        #expect(try plan([]).steps == ["sql-bootcamp"])
        let cleared = try cli.run(["profile", "set", "--no-max-hours", "--no-deadline", "--remove-only-provider", "udemy"])
        #expect(cleared.status == 0, "\(cleared.stderr)")
        let (_, after) = try cli.json(["profile", "show", "--format", "json"])
        let rest = try #require(after as? [String: Any])
        #expect(rest["maxHours"] == nil && rest["deadline"] == nil && rest["onlyProviders"] == nil)
    }
}
