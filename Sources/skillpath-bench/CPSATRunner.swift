import Foundation
import SkillpathCore

/// Runs `bench/cpsat.py` (OR-tools CP-SAT, in the venv `make bench` creates) on a catalog and its cases.
struct CPSATRunner {
    /// One case as CP-SAT solved it.
    struct Result {
        /// `optimal`, `infeasible`, `feasible` (time limit hit with a plan) or `unknown`.
        var status: String
        var value: Double?
        var tiebreak: Double?
        /// Building and solving the model inside Python, in milliseconds (interpreter start and
        /// catalog loading excluded).
        var milliseconds: Double
        /// CP-SAT's own wall time for the solves alone (both passes), in milliseconds.
        var solveMilliseconds: Double
    }

    let python: String
    let script: String
    /// CP-SAT's time limit per case, in seconds.
    let timeLimit: Double

    /// The runner, or why CP-SAT cannot run here: the Python is `SKILLPATH_BENCH_PYTHON` when set,
    /// else `.bench-venv/bin/python` under `root`, and must import `ortools`.
    static func locate(root: String, timeLimit: Double) -> Swift.Result<CPSATRunner, BenchError> {
        let python = ProcessInfo.processInfo.environment["SKILLPATH_BENCH_PYTHON"] ?? root + "/.bench-venv/bin/python"
        let script = root + "/bench/cpsat.py"
        guard FileManager.default.isExecutableFile(atPath: python) else {
            return .failure(BenchError("no Python at \(python) (`make bench` creates .bench-venv with ortools)"))
        }
        guard FileManager.default.fileExists(atPath: script) else { return .failure(BenchError("no \(script)")) }
        guard let check = try? run(python, ["-c", "import ortools"]), check.status == 0 else {
            return .failure(BenchError("\(python) cannot import ortools (`\(python) -m pip install ortools`)"))
        }
        return .success(CPSATRunner(python: python, script: script, timeLimit: timeLimit))
    }

    /// Solves every case of `cases` on `catalog`, by case number.
    func solve(catalog: String, cases: String) throws -> [Int: Result] {
        let output = try Self.run(python, [script, catalog, cases, "--time-limit", "\(timeLimit)",
                                           "--repeat-under", "\(PlannerBenchmark.repeatUnderSeconds)",
                                           "--many-under", "\(PlannerBenchmark.manyUnderSeconds)",
                                           "--many-runs", "\(PlannerBenchmark.manyRuns)"])
        guard output.status == 0 else { throw BenchError("bench/cpsat.py exited with \(output.status) on \(cases)") }
        var results: [Int: Result] = [:]
        for line in output.text.split(separator: "\n") {
            let json = try JSONParser.parse(Array(line.utf8))
            guard case .number(let number)? = json["case"]?.kind, case .string(let status)? = json["status"]?.kind,
                  case .number(let seconds)? = json["seconds"]?.kind else {
                throw BenchError("bench/cpsat.py: unexpected line \(line)")
            }
            var result = Result(status: status, milliseconds: seconds * 1000, solveMilliseconds: seconds * 1000)
            if case .number(let solve)? = json["solve_seconds"]?.kind { result.solveMilliseconds = solve * 1000 }
            if case .number(let v)? = json["value"]?.kind { result.value = v }
            if case .number(let t)? = json["tiebreak"]?.kind { result.tiebreak = t }
            results[Int(number)] = result
        }
        return results
    }

    /// Runs a program to completion; its stdout and exit status (stderr passes through).
    private static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, text: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
