import Foundation
import Testing

/// `skillpath profile` and `skillpath plans`, and `plan --save`, against a private data home.
@Suite struct StorageCommandTests {
    let cli = CLIRunner()

    static func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func profileSetShowAndUseInPlan() throws {
        let set = try cli.run(["profile", "set", "--role", "data-analyst", "--skill", "sql=1", "--have", "sql-intro",
                               "--hours-per-week", "10", "--start", "2027-01-04", "--objective", "cost"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(Self.mode(cli.home + "/profile.json") == 0o600)
        #expect(Self.mode(cli.home) == 0o700)
        let show = try cli.run(["profile", "show", "--format", "json"])
        let profile = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        #expect(profile["targetRole"] as? String == "data-analyst")
        #expect((profile["skills"] as? [String: Int]) == ["sql": 1])
        #expect((profile["earned"] as? [String]) == ["sql-intro"])
        #expect(profile["startDate"] as? String == "2027-01-04")
        // plan without --role or --profile uses the saved profile.
        let (status, plan) = try cli.json(["plan", "--format", "json"])
        #expect(status == 0)
        let steps = (plan as? [String: Any])?["steps"] as? [[String: Any]]
        #expect(steps?.compactMap { $0["credential"] as? String } == ["sql-next"])
        #expect(steps?.first?["startDate"] as? String == "2027-01-04")
        let text = try cli.run(["profile", "show"])
        #expect(text.stdout.contains("data-analyst") && text.stdout.contains("10 hours a week from 2027-01-04"))
    }

    @Test func profileSetRejectsUnknownIds() throws {
        let result = try cli.run(["profile", "set", "--skill", "sqll=2"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("did you mean \"sql\""))
        #expect(!FileManager.default.fileExists(atPath: cli.home + "/profile.json"))
    }

    @Test func corruptSavedProfileIsReportedAndKept() throws {
        try FileManager.default.createDirectory(atPath: cli.home, withIntermediateDirectories: true)
        let garbage = "{\"skills\": [1, 2"
        CLIRunner.write(cli.home + "/profile.json", garbage)
        let plan = try cli.run(["plan", "--role", "data-analyst"])
        #expect(plan.status == 65)
        #expect(plan.stderr.contains(cli.home + "/profile.json"))
        #expect(plan.stderr.contains("left as it is"))
        let set = try cli.run(["profile", "set", "--skill", "sql=2"])
        #expect(set.status == 65)
        #expect(try String(contentsOfFile: cli.home + "/profile.json", encoding: .utf8) == garbage)
    }

    @Test func concurrentProfileUpdatesLoseNothing() throws {
        let ids = ["sql-intro", "sql-next", "sql-bootcamp", "excel-basics"]
        let cli = self.cli
        DispatchQueue.concurrentPerform(iterations: ids.count) { i in
            let result = try? cli.run(["profile", "set", "--have", ids[i]])
            #expect(result?.status == 0)
        }
        let show = try cli.run(["profile", "show", "--format", "json"])
        let profile = try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any]
        #expect(Set((profile?["earned"] as? [String]) ?? []) == Set(ids))
    }

    @Test func savedPlanLifecycle() throws {
        let save = try cli.run(["plan", "--role", "data-analyst", "--start", "2027-01-04", "--save", "my plan"])
        #expect(save.status == 0)
        #expect(save.stderr.contains("Saved as \"my plan\""))
        let file = cli.home + "/plans/my plan.json"
        #expect(Self.mode(file) == 0o600)
        #expect(Self.mode(cli.home + "/plans") == 0o700)

        let again = try cli.run(["plan", "--role", "data-analyst", "--save", "my plan"])
        #expect(again.status == 64)
        #expect(again.stdout.isEmpty)
        #expect(again.stderr.contains("already exists"))
        #expect(try cli.run(["plan", "--role", "data-analyst", "--save", "my plan", "--replace"]).status == 0)

        let list = try cli.run(["plans", "list"])
        #expect(list.stdout.contains("my plan") && list.stdout.contains("data-analyst") && list.stdout.contains("0/2 done"))

        #expect(try cli.run(["plans", "mark", "my plan", "sql-intro", "done"]).status == 0)
        let wrongStep = try cli.run(["plans", "mark", "my plan", "sql-intr", "done"])
        #expect(wrongStep.status == 64 && wrongStep.stderr.contains("did you mean \"sql-intro\""))

        let show = try cli.run(["plans", "show", "my plan"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("[done] Intro to SQL") && show.stdout.contains("[to do] SQL for Analysts"))

        let export = try cli.run(["plans", "export", "my plan", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        #expect(json["name"] as? String == "my plan")
        #expect((json["steps"] as? [[String: Any]])?.compactMap { $0["status"] as? String } == ["done", "todo"])
        let markdown = try cli.run(["plans", "export", "my plan", "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("# Study plan \"my plan\": Data Analyst"))
        #expect(markdown.stdout.contains("| done |"))

        #expect(try cli.run(["plans", "rename", "my plan", "renamed"]).status == 0)
        #expect(try cli.run(["plans", "show", "my plan"]).status == 66)
        #expect(try cli.run(["plans", "delete", "renamed"]).status == 0)
        let gone = try cli.run(["plans", "show", "renamed"])
        #expect(gone.status == 66 && gone.stderr.contains("no saved plan named \"renamed\""))
        #expect(try cli.run(["plans", "list"]).stdout.contains("No saved plans"))
    }

    @Test func impossiblePlanIsNotSaved() throws {
        let result = try cli.run(["plan", "--role", "dba", "--save", "never"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("Not saved"))
        #expect(try cli.run(["plans", "show", "never"]).status == 66)
    }

    @Test func corruptAndNewerPlansAreKept() throws {
        #expect(try cli.run(["plan", "--role", "data-analyst", "--save", "p"]).status == 0)
        let file = cli.home + "/plans/p.json"
        let original = try String(contentsOfFile: file, encoding: .utf8)
        let newer = original.replacingOccurrences(of: "\"format\": 1,", with: "\"format\": 2,")
        CLIRunner.write(file, newer)
        let show = try cli.run(["plans", "show", "p"])
        #expect(show.status == 65 && show.stderr.contains("newer skillpath"))
        #expect(try cli.run(["plan", "--role", "data-analyst", "--save", "p", "--replace"]).status == 65)
        #expect(try cli.run(["plans", "mark", "p", "sql-intro", "done"]).status == 65)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == newer)

        CLIRunner.write(file, "{\"format\": 1, \"name\": tru")
        let corrupt = try cli.run(["plans", "show", "p"])
        #expect(corrupt.status == 65 && corrupt.stderr.contains(file + ":1:"))
        let list = try cli.run(["plans", "list"])
        #expect(list.status == 0 && list.stdout.contains("cannot be read"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "{\"format\": 1, \"name\": tru")
    }

    @Test(arguments: ["../../etc/passwd", ".hidden", "a/b", "tab\there", ""])
    func badPlanNames(name: String) throws {
        let result = try cli.run(["plans", "show", name])
        #expect(result.status == 64, "\(name): \(result.stderr)")
        #expect(result.stderr.contains("plan name"))
        #expect(!result.stderr.contains("\t"))
    }
}
