/// The answer to one line of a batch (`skillpath plan --batch`): a plan, or why the line could not
/// be planned. Either way it is written as one line of JSON.
public struct BatchAnswer: Sendable {
    /// What became of the line.
    public enum Outcome: Sendable {
        /// The line planned; the plan may still have `feasible == false` (that is a result, not an error).
        case planned(Plan)
        /// The line was not a valid profile with a known role; the message names the file, the
        /// line:column and the JSON path where there is one, and the fix.
        case failed(String)
    }

    /// The line's number in the input, from 1 (blank lines count).
    public var line: Int
    public var outcome: Outcome
    /// Warnings about the line (unknown keys), each naming the file and line.
    public var warnings: [String]

    public init(line: Int, outcome: Outcome, warnings: [String] = []) {
        self.line = line; self.outcome = outcome; self.warnings = warnings
    }

    /// Whether the line was bad.
    public var failed: Bool {
        if case .failed = outcome { return true }
        return false
    }

    /// The answer as JSON: the plan as `plan --format json` prints it, or
    /// `{"line": 7, "error": "people.jsonl:7:12: budget: …"}`.
    public var output: JSONOutput {
        switch outcome {
        case .planned(let plan): return PlanJSON.output(plan)
        case .failed(let message): return .object([("line", .integer(line)), ("error", .string(message))])
        }
    }

    /// The answer as one compact line of JSON, without the newline.
    public var jsonLine: String { output.rendered(pretty: false) }
}
