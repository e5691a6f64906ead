import Foundation
import Testing

/// `--require ID` and `--avoid ID` on `plan` and `profile set`, and `profile set --remove-require`
/// / `--remove-avoid` (PLANNING.md version 2), on the fixture catalog of ``CLIRunner``.
@Suite struct PinsCommandTests {
    let cli = CLIRunner()

    /// The credential ids of a plan's steps and its objective value.
    func plan(_ arguments: [String]) throws -> (status: Int32, steps: [String], value: Double?, unmet: [[String: Any]]) {
        let (status, value) = try cli.json(["plan", "--role", "data-analyst", "--format", "json"] + arguments)
        let object = try #require(value as? [String: Any])
        let steps = (object["steps"] as? [[String: Any]] ?? []).compactMap { $0["credential"] as? String }
        let objective = object["objective"] as? [String: Any]
        return (status, steps, objective?["value"] as? Double, object["unmet"] as? [[String: Any]] ?? [])
    }

    @Test func avoidSwapsInTheNextCheapest() throws {
        let plain = try plan([])
        #expect(plain.status == 0 && plain.steps == ["sql-intro", "sql-next"] && plain.value == 100)
        let avoided = try plan(["--avoid", "sql-next"])
        #expect(avoided.status == 0 && avoided.steps == ["sql-bootcamp"] && avoided.value == 300)
    }

    @Test func requireAddsTheCredentialAndCommaListsWork() throws {
        let required = try plan(["--require", "excel-basics"])
        #expect(required.status == 0 && required.steps == ["sql-intro", "sql-next", "excel-basics"] && required.value == 115)
        let both = try plan(["--require", "excel-basics,sql-bootcamp", "--avoid", "sql-intro"])
        #expect(both.status == 0 && Set(both.steps) == ["sql-bootcamp", "excel-basics"] && both.value == 315)
    }

    @Test func requiredAndAvoidedExits3WithTheReason() throws {
        let result = try plan(["--require", "sql-bootcamp", "--avoid", "sql-bootcamp"])
        #expect(result.status == 3 && result.steps.isEmpty)
        let reasons = result.unmet.compactMap { $0["reason"] as? String }
        #expect(reasons.contains { $0.contains("sql-bootcamp: in the avoid list as well as the require list") }, "\(reasons)")
        let text = try cli.run(["plan", "--role", "data-analyst", "--require", "sql-bootcamp", "--avoid", "sql-bootcamp"])
        #expect(text.status == 3 && text.stdout.contains("require list"), "\(text.stdout)")
    }

    @Test(arguments: [["--require", "sql-nxt"], ["--avoid", "sql-intro,sql-nxt"]])
    func unknownIdsExit64WithDidYouMean(flag: [String]) throws {
        for command in [["plan", "--role", "data-analyst"], ["profile", "set"]] {
            let result = try cli.run(command + flag)
            #expect(result.status == 64, "\(command + flag): \(result.stderr)")
            #expect(result.stderr.contains(flag[0]) && result.stderr.contains("did you mean \"sql-next\""), "\(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: cli.home + "/profile.json"), "a refused id was saved")
    }

    @Test func profileSetSavesShowsAndClearsThem() throws {
        let set = try cli.run(["profile", "set", "--require", "excel-basics", "--avoid", "sql-next,sql-intro"])
        #expect(set.status == 0, "\(set.stderr)")
        let (_, saved) = try cli.json(["profile", "show", "--format", "json"])
        let profile = try #require(saved as? [String: Any])
        #expect(profile["require"] as? [String] == ["excel-basics"])
        #expect(profile["avoid"] as? [String] == ["sql-next", "sql-intro"])
        let shown = try cli.run(["profile", "show"])
        #expect(shown.stdout.contains("Required") && shown.stdout.contains("Avoided") && shown.stdout.contains("sql-next, sql-intro"))
        // The saved pins steer `plan`.
        let planned = try plan([])
        #expect(planned.steps == ["sql-bootcamp", "excel-basics"] && planned.value == 315)

        let cleared = try cli.run(["profile", "set", "--remove-require", "excel-basics", "--remove-avoid", "sql-next,sql-intro"])
        #expect(cleared.status == 0, "\(cleared.stderr)")
        let (_, after) = try cli.json(["profile", "show", "--format", "json"])
        let keys = try #require(after as? [String: Any]).keys
        #expect(!keys.contains("require") && !keys.contains("avoid"))
        #expect(try plan([]).value == 100)
    }

    @Test func profileFileKeysAreChecked() throws {
        let file = CLIRunner.file(#"{"require": ["excel-basic"]}"#)
        let result = try cli.run(["plan", "--role", "data-analyst", "--profile", file])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("require[0]") && result.stderr.contains("did you mean \"excel-basics\""), "\(result.stderr)")
    }
}
