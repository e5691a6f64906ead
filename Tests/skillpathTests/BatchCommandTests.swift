import Foundation
import Testing

/// `skillpath plan --batch FILE.jsonl`: one plan a line, in input order; an error object for a bad line.
@Suite struct BatchCommandTests {
    let cli = CLIRunner()

    /// Each output line parsed as a JSON object.
    static func objects(_ stdout: String) throws -> [[String: Any]] {
        try stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    /// Many lines, alternating objectives and budgets, come back in input order, each the plan
    /// `plan --format json` prints for that profile.
    @Test func orderIsPreservedAndEachLineIsThePlan() throws {
        var lines: [String] = []
        for i in 0..<60 {
            let objective = i % 3 == 0 ? "time" : "cost"
            let budget = i % 5 == 4 ? #", "budget": 50"# : ""
            lines.append(#"{"role": "\#(i % 7 == 6 ? "dba" : "data-analyst")", "objective": "\#(objective)", "startDate": "2027-01-04"\#(budget)}"#)
        }
        let file = CLIRunner.file(lines.joined(separator: "\n") + "\n", name: "cohort.jsonl")
        let result = try cli.run(["plan", "--batch", file])
        #expect(result.status == 0, "\(result.stderr)")
        let objects = try Self.objects(result.stdout)
        #expect(objects.count == 60)
        for (i, object) in objects.enumerated() {
            let role = i % 7 == 6 ? "dba" : "data-analyst"
            #expect(object["role"] as? String == role)
            #expect((object["objective"] as? [String: Any])?["kind"] as? String == (i % 3 == 0 ? "time" : "cost"))
            #expect(object["feasible"] as? Bool == (role == "data-analyst" && i % 5 != 4))
        }
        // The same object `plan --format json` prints, compact.
        let single = try cli.run(["plan", "--role", "data-analyst", "--objective", "time", "--start", "2027-01-04", "--format", "json"])
        let expected = try JSONSerialization.jsonObject(with: Data(single.stdout.utf8)) as? NSDictionary
        #expect(NSDictionary(dictionary: objects[0]) == expected)
        #expect(!result.stdout.contains("\n  "))
    }

    @Test func aBadLineGetsAnErrorObjectAndTheRestStillPlan() throws {
        let file = CLIRunner.file("""
        {"role": "data-analyst"}
        {"role": "data-analst"}

        {"role": "data-analyst", "budget": -5}
        not json
        {"skills": {"sql": 1}}
        {"targetRole": "data-analyst", "hoursPerWeek": 10}
        """, name: "cohort.jsonl")
        let result = try cli.run(["plan", "--batch", file])
        #expect(result.status == 65)
        #expect(result.stderr.contains("5 of 7 lines could not be planned"))
        let objects = try Self.objects(result.stdout)
        #expect(objects.count == 7)
        #expect(objects[0]["feasible"] as? Bool == true)
        #expect(objects[1...5].map { $0["line"] as? Int } == [2, 3, 4, 5, 6])
        #expect(objects[1...5].allSatisfy { Set($0.keys) == ["line", "error"] })
        let errors = objects[1...5].map { $0["error"] as? String ?? "" }
        #expect(errors[0].contains("cohort.jsonl:2:10: role: unknown role \"data-analst\" (did you mean \"data-analyst\"?)"))
        #expect(errors[1].contains("cohort.jsonl:3: the line is empty"))
        #expect(errors[2].contains("cohort.jsonl:4:") && errors[2].contains("budget") && errors[2].contains("out of range"))
        #expect(errors[3].contains("cohort.jsonl:5:1"))
        #expect(errors[4].contains("cohort.jsonl:6:1: no role"))
        #expect(try Self.objects(cli.run(["plan", "--batch", "-"], stdin: #"{"targetRole": "nope"}"#).stdout).first?["error"] as? String == #"stdin:1:16: targetRole: unknown role "nope"; `skillpath roles` lists them"#)
        #expect(objects[6]["role"] as? String == "data-analyst" && objects[6]["feasible"] as? Bool == true)
    }

    @Test func standardInputAndWarnings() throws {
        let result = try cli.run(["plan", "--batch", "-"], stdin: """
        {"role": "dba", "colour": "blue"}\r
        {"role": "data-analyst"}
        """)
        #expect(result.status == 0)
        let objects = try Self.objects(result.stdout)
        #expect(objects.map { $0["role"] as? String } == ["dba", "data-analyst"])
        #expect(objects[0]["feasible"] as? Bool == false)
        #expect(result.stderr.contains("stdin:1:") && result.stderr.contains("unknown profile key \"colour\""))
    }

    @Test func usage() throws {
        let clash = try cli.run(["plan", "--batch", "x.jsonl", "--role", "dba"])
        #expect(clash.status == 64 && clash.stderr.contains("--role"))
        let missing = try cli.run(["plan", "--batch", "/no/such/cohort.jsonl"])
        #expect(missing.status == 66 && missing.stderr.contains("no such file"))
        let empty = try cli.run(["plan", "--batch", CLIRunner.file("", name: "empty.jsonl")])
        #expect(empty.status == 0 && empty.stdout.isEmpty)
    }
}
