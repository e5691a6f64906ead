import Foundation
import SkillpathCore
import CatalogGenerator

// `make bench`: run from the package root after `swift build -c release`.
// Usage: skillpath-bench [--quick] [--planner] [--more-seeds] [--tui] [--cohort] | --cases DIR [--case N] [--repeat K]
//        | --write-hard-set CREDENTIALS SEED DIR
//   --quick: 1k and 10k only, fewer runs; --planner: only the planner against CP-SAT (issue 10);
//   --more-seeds: with the planner, also 5 more hard-shape catalogs of 3,000 (seeds 1-5, 12 cases each);
//   --tui: only the interface section, on 10k and 50k credentials (issue 11);
//   --cohort: only `roles --rank` and `plan --batch` (10,000 profiles, or 1,000 with --quick);
//   --cases DIR [--case N] [--repeat K]: only the planner on DIR's cases (or case N), one line a case;
//     with --repeat, each case K times more, with the median time and, for a case with no plan, the
//     median time without the closest plan (`findClosest: false`); with --only whole or --only proof,
//     the K runs are of that one kind alone and no time is printed (for an instruction-counting profiler);
//   --write-hard-set CREDENTIALS SEED DIR: writes the hard-shape set the planner section uses (12 cases).

let quick = CommandLine.arguments.dropFirst().contains("--quick")
let plannerOnly = CommandLine.arguments.dropFirst().contains("--planner")
let moreSeeds = CommandLine.arguments.dropFirst().contains("--more-seeds")
let tuiOnly = CommandLine.arguments.dropFirst().contains("--tui")
let cohortOnly = CommandLine.arguments.dropFirst().contains("--cohort")
let root = FileManager.default.currentDirectoryPath
let clock = ContinuousClock()
let started = clock.now
let report = BenchReport()

do {
    guard FileManager.default.fileExists(atPath: root + "/Catalog/catalog.json") else {
        throw BenchError("no Catalog/catalog.json in \(root): run skillpath-bench from the package root (make bench)")
    }
    let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        ?? CommandLine.arguments[0]
    let binaries = (executable as NSString).deletingLastPathComponent
    let scratch = NSTemporaryDirectory() + "skillpath-bench-\(getpid())"
    try FileManager.default.createDirectory(atPath: scratch + "/home", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: scratch) }

    report.line("# skillpath benchmark")
    report.line()
    report.line("- When: \(ISO8601DateFormatter().string(from: Date()))")
    report.line("- Machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, "
        + "\(ProcessInfo.processInfo.physicalMemory / 1_048_576) MiB, \(ProcessInfo.processInfo.operatingSystemVersionString)")
    report.line("- Binaries: \(binaries) (build them with `swift build -c release`)")
    report.line("- Times are wall-clock; the machine may be shared, so figures can be noisy.")

    let planner = PlannerBenchmark(timeLimit: 10)
    let cases = root + "/../shared/planner-cases"
    /// The planner against OR-tools CP-SAT on planner-cases/large and the hard-shape sets.
    func sideBySide() throws {
        let limit = ProcessInfo.processInfo.environment["SKILLPATH_BENCH_CPSAT_LIMIT"].flatMap(Double.init) ?? 60
        let cpsat = CPSATRunner.locate(root: root, timeLimit: limit)
        if FileManager.default.fileExists(atPath: cases + "/large/cases.json") {
            try planner.runSideBySide(report, set: "planner-cases/large", directory: cases + "/large", cpsat: cpsat,
                                      targets: .init(medianMilliseconds: 50, worstMilliseconds: 500))
        } else {
            report.section("Planner and CP-SAT: planner-cases/large")
            report.line("Skipped: \(cases)/large/cases.json not found.")
        }
        let version2 = root + "/bench-results/version2-500"
        try PlannerBenchmark.writeVersion2Set(credentials: 500, cases: 40, seed: 2026, to: version2)
        try planner.runSideBySide(report, set: "version 2 keys and retirement, 500 credentials", directory: version2,
                                  cpsat: cpsat, targets: .init())
        for (size, count) in [(3_000, 12), (10_000, 6)] {
            let directory = root + "/bench-results/hard-\(size)"
            try PlannerBenchmark.writeHardSet(credentials: size, cases: count, seed: 2026, to: directory)
            try planner.runSideBySide(report, set: "hard shape, \(size) credentials", directory: directory, cpsat: cpsat,
                                      targets: .init(noPlanUnder2s: size == 10_000))
        }
        // More seeds of the hard shape at 3,000, with CP-SAT as the referee (issue 10's worst case).
        for seed in moreSeeds ? Array(UInt64(1)...5) : [] {
            let directory = root + "/bench-results/hard-3000-seed-\(seed)"
            try PlannerBenchmark.writeHardSet(credentials: 3_000, cases: 12, seed: seed, to: directory)
            try planner.runSideBySide(report, set: "hard shape, 3000 credentials, seed \(seed)", directory: directory,
                                      cpsat: cpsat, targets: .init())
        }
    }
    // `--cases DIR`: only the planner on DIR/catalog and DIR/cases.json, one line a case (for profiling).
    let arguments = CommandLine.arguments
    if let at = arguments.firstIndex(of: "--write-hard-set"), at + 3 < arguments.count {
        guard let credentials = Int(arguments[at + 1]), (1...100_000).contains(credentials),
              let seed = UInt64(arguments[at + 2]) else {
            throw BenchError("--write-hard-set CREDENTIALS SEED DIR: CREDENTIALS is 1 to 100000 and SEED a whole number ≥ 0")
        }
        try PlannerBenchmark.writeHardSet(credentials: credentials, cases: 12, seed: seed, to: arguments[at + 3])
        exit(0)
    }
    if let at = arguments.firstIndex(of: "--cases"), at + 1 < arguments.count {
        let directory = arguments[at + 1]
        let only = arguments.firstIndex(of: "--case").flatMap { $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil }
        let repeats = arguments.firstIndex(of: "--repeat").flatMap { $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil }
            .map { min(max($0, 1), 10_000) }
        let kindOnly = arguments.firstIndex(of: "--only").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
        guard kindOnly == nil || kindOnly == "whole" || kindOnly == "proof" else { throw BenchError("--only takes whole or proof") }
        let catalog = try CatalogLoader.load(directory: directory + "/catalog")
        let planner = Planner(catalog: catalog)
        for c in try PlannerCase.load(path: directory + "/cases.json") where only == nil || c.number == only {
            let request = PlanRequest(role: c.role, profile: c.profile, today: PlannerBenchmark.today, timeLimit: 10)
            let (plan, t) = timed { try? planner.plan(request) }
            print("case \(c.number): \(plan.map { $0.feasible ? "\($0.value) / \($0.tiebreak)" : "no plan" } ?? "error")"
                + " proven \(plan?.optimal == true) \(ms(t))")
            if let repeats, let kind = kindOnly {
                var one = request
                one.findClosest = kind == "whole"
                for _ in 0..<repeats { _ = try? planner.plan(one) }
            } else if let repeats, plan?.feasible == false {
                let (whole, proof) = PlannerBenchmark.wholeAndProof(planner, request, runs: repeats)
                print("  median of \(repeats): \(ms(whole)), without the closest plan \(ms(proof))")
            } else if let repeats {
                var whole = Timings()
                for _ in 0..<repeats { whole.add(timed { try? planner.plan(request) }.1) }
                print("  median of \(repeats): \(ms(whole.median))")
            }
        }
        exit(0)
    }
    if plannerOnly {
        try sideBySide()
        report.summary()
        try report.save(to: root + "/bench-results/latest.md")
        report.progress("report saved to bench-results/latest.md")
        exit(0)
    }
    if tuiOnly {
        let generated = try LoadBenchmark(sizes: [.init(credentials: 10_000, runs: 1), .init(credentials: 50_000, runs: 1)],
                                          seed: 2026, scratch: scratch).run(report)
        for size in [10_000, 50_000] {
            try TUIBenchmark(root: root, runs: quick ? 5 : 15).run(report, large: generated[size])
        }
        report.summary()
        try report.save(to: root + "/bench-results/latest-tui.md")
        report.progress("report saved to bench-results/latest-tui.md")
        exit(0)
    }

    // First, while this process is still small (see ProcessBenchmark on measuring a child's memory).
    if !cohortOnly {
        try ProcessBenchmark(executable: binaries + "/skillpath", root: root, home: scratch + "/home",
                             runs: quick ? 5 : 15).run(report)
    }

    try CohortBenchmark(executable: binaries + "/skillpath", root: root, home: scratch + "/home",
                        runs: quick ? 5 : 15, learners: quick ? 1_000 : 10_000).run(report)
    if cohortOnly {
        report.summary()
        try report.save(to: root + "/bench-results/latest.md")
        report.progress("report saved to bench-results/latest.md")
        exit(0)
    }

    let sizes: [LoadBenchmark.Size] = quick
        ? [.init(credentials: 1_000, runs: 3), .init(credentials: 10_000, runs: 3)]
        : [.init(credentials: 1_000, runs: 7), .init(credentials: 10_000, runs: 5), .init(credentials: 50_000, runs: 2)]
    let generated = try LoadBenchmark(sizes: sizes, seed: 2026, scratch: scratch).run(report)

    for set in ["medium"] {
        if FileManager.default.fileExists(atPath: cases + "/\(set)/cases.json") {
            try planner.runCases(report, set: set, directory: cases + "/\(set)", targets: set == "large")
        } else {
            report.section("Planner cases: \(set)")
            report.line("Skipped: \(cases)/\(set)/cases.json not found.")
        }
    }
    try sideBySide()
    let shipped = try CatalogLoader.load(directory: root + "/Catalog")
    planner.runRoles(report, catalog: shipped)

    try CTDLBenchmark(records: 5_000, runs: quick ? 2 : 5, scratch: scratch).run(report)
    try TUIBenchmark(root: root, runs: quick ? 5 : 15).run(report, large: generated[10_000])
    try ReplanBenchmark(runs: quick ? 5 : 15).run(report, catalog: generated[10_000])
    try LongTextBenchmark(executable: binaries + "/skillpath", root: root, scratch: scratch, runs: quick ? 3 : 7).run(report)

    report.section("Memory")
    let own = ResourceUsage.peakKilobytes(children: false)
    report.line("- Peak resident memory of the benchmark process (getrusage ru_maxrss; it held the "
        + "\(sizes.last!.credentials)-credential catalog and planned the cases): \(own / 1024) MiB")
    report.line("- `skillpath plan` on the shipped catalog: see the whole-process section.")

    report.summary()
    let total = clock.now - started
    report.line()
    report.line("Benchmark took \(total.components.seconds) s.")
    try report.save(to: root + "/bench-results/latest.md")
    report.progress("report saved to bench-results/latest.md")
} catch {
    report.progress("failed: \(error)")
    try? report.save(to: root + "/bench-results/latest.md")
    exit(1)
}
