import Foundation
import SkillpathCore

/// The whole `skillpath` process: start, load the shipped catalog, plan one role, print JSON, exit.
struct ProcessBenchmark {
    /// The `skillpath` release binary.
    let executable: String
    /// The package root, where the benchmark runs; the child inherits it (and finds the shipped `Catalog/`).
    let root: String
    /// An empty data home, so no saved profile changes the plan.
    let home: String
    let runs: Int

    func run(_ report: BenchReport) throws {
        report.section("Whole process: shipped catalog loaded and one role planned")
        let arguments = ["plan", "--role", "data-analyst", "--format", "json"]
        report.line("`\(executable) \(arguments.joined(separator: " "))`, run up to \(runs) times (fewer when slow) from the package root "
            + "with `SKILLPATH_HOME` set to an empty directory (a new user's empty profile); wall time from spawn to exit.")
        report.line()
        let output = home + "/plan.json"
        var times = Timings()
        // On Linux a spawned child's ru_maxrss starts from the parent's high-water mark (the child
        // shares the parent's memory until exec), so it is only meaningful above this figure.
        let ownPeak = ResourceUsage.peakKilobytes(children: false)
        var childPeak = 0
        // At least three runs; more (up to `runs`) while they add up to under ten seconds.
        for i in 0..<runs where i < 3 || times.total < 10_000 {
            let ((status, peak), t) = try timed { try Self.spawn(executable, arguments, directory: root,
                                                                  environment: ["SKILLPATH_HOME": home], stdout: output) }
            childPeak = max(childPeak, peak)
            guard status == 0 else { throw BenchError("\(executable) exited with status \(status) (run \(i + 1))") }
            // The first run warms the file cache and the dynamic loader; it counts like the others.
            times.add(t)
        }
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        guard let json = try? JSONParser.parse(Array(text.utf8)), json["role"] != nil else {
            throw BenchError("\(executable) did not print a JSON plan: \(text.prefix(200))")
        }
        var feasible = "?"
        if case .bool(let b)? = json["feasible"]?.kind { feasible = b ? "feasible" : "infeasible" }
        let catalog = try CatalogLoader.load(directory: root + "/Catalog")
        let (_, inProcess) = timed { _ = try? Planner(catalog: catalog).plan(PlanRequest(role: "data-analyst", profile: Profile())) }
        report.table(["runs", "median", "worst", "best", "plan", "same plan in process (planner only)"],
                     [["\(times.count)", ms(times.median), ms(times.worst), ms(times.samples.min() ?? 0), feasible, ms(inProcess)]])
        report.line(childPeak > ownPeak
            ? "Peak resident memory of `skillpath plan` (ru_maxrss from wait4): \(childPeak / 1024) MiB."
            : "Peak resident memory of `skillpath plan`: at most \(childPeak / 1024) MiB (not measurable below the "
              + "benchmark's own \(ownPeak / 1024) MiB at spawn time).")
        report.line()
        report.target("shipped catalog loaded and one role planned, whole process, under 50 ms (median \(ms(times.median)), worst \(ms(times.worst)))",
                      times.median < 50)
    }

    /// Runs a program to completion with stdout to a file and stderr discarded; returns its exit status
    /// and its peak resident memory in KiB.
    /// It runs in the current directory, which must be `directory`.
    static func spawn(_ path: String, _ arguments: [String], directory: String, environment: [String: String],
                      stdout: String) throws -> (status: Int32, peakKilobytes: Int) {
        guard FileManager.default.currentDirectoryPath == directory else {
            throw BenchError("run the benchmark from \(directory)")
        }
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv + envp { free(p) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, path, &actions, nil, argv, envp)
        guard rc == 0 else { throw BenchError("cannot start \(path): \(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS by hand (they are macros).
        return ((status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f), Int(usage.ru_maxrss))
    }
}
