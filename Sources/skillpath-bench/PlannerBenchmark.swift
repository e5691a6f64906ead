import Foundation
import SkillpathCore
import CatalogGenerator

/// The planner on the shared planner cases (against their proven optima) and on every shipped role.
struct PlannerBenchmark {
    /// The fixed start date of every request, so runs compare.
    static let today = CalendarDate(year: 2026, month: 12, day: 1)
    let timeLimit: Double

    /// Plans every case of `directory/cases.json` against `directory/catalog`.
    func runCases(_ report: BenchReport, set name: String, directory: String, targets: Bool) throws {
        report.section("Planner cases: \(name)")
        let catalog = try CatalogLoader.load(directory: directory + "/catalog")
        let cases = try PlannerCase.load(path: directory + "/cases.json")
        report.line("\(cases.count) cases on a catalog of \(catalog.credentials.count) credentials, \(catalog.roles.count) roles; "
            + "`PlanRequest(role:profile:today: \(Self.today), timeLimit: \(Int(timeLimit)))`, one at a time.")
        report.line()
        let planner = Planner(catalog: catalog)
        var times = Timings()
        var met = 0, optimal = 0, failed = 0
        var misses: [[String]] = []
        var slowest: [(Double, PlannerCase)] = []
        for c in cases {
            let request = PlanRequest(role: c.role, profile: c.profile, today: Self.today, timeLimit: timeLimit)
            let (result, t) = timed { Result { () throws(PlanningError) in try planner.plan(request) } }
            times.add(t)
            slowest.append((t, c))
            switch result {
            case .success(let plan):
                if c.isMet(by: plan) { met += 1 } else {
                    misses.append(["\(c.number)", c.role, c.profile.objective.rawValue,
                                   "\(plan.feasible) \(Self.amount(plan.value)) / \(Self.amount(plan.tiebreak))",
                                   "\(c.feasible) \(c.value.map(Self.amount) ?? "–") / \(c.tiebreak.map(Self.amount) ?? "–")",
                                   plan.optimal ? "yes" : "no", ms(t)])
                }
                if plan.optimal { optimal += 1 }
            case .failure(let error):
                failed += 1
                misses.append(["\(c.number)", c.role, c.profile.objective.rawValue, "error: \(error)",
                               "\(c.feasible) \(c.value.map(Self.amount) ?? "–")", "–", ms(t)])
            }
        }
        report.table(["cases", "met expect", "proven optimal", "errors", "median", "p95", "worst", "total"],
                     [["\(cases.count)", "\(met)", "\(optimal)", "\(failed)", ms(times.median), ms(times.p95),
                       ms(times.worst), ms(times.total)]])
        if !misses.isEmpty {
            report.line("Cases that missed their expectation (got feasible value / tiebreak vs. expected):")
            report.line()
            report.table(["case", "role", "objective", "got", "expected", "optimal", "time"], misses)
        }
        let top = slowest.sorted { $0.0 > $1.0 }.prefix(3)
        report.line("Slowest: " + top.map { "case \($0.1.number) (\($0.1.role), \($0.1.profile.objective.rawValue)) \(ms($0.0))" }
            .joined(separator: "; ") + ".")
        report.line()
        if targets {
            report.target("planner-cases/\(name): all \(cases.count) exact (\(met) met, \(optimal) proven optimal)",
                          met == cases.count)
            report.target("planner-cases/\(name): median under 100 ms (\(ms(times.median)))", times.median < 100)
            report.target("planner-cases/\(name): worst under 2 s (\(ms(times.worst)))", times.worst < 2000)
        }
    }

    /// Plans every role of `catalog` from an empty profile, all at once on every core, as the TUI's
    /// Roles screen does; each plan also times itself (under contention from the others).
    func runRoles(_ report: BenchReport, catalog: Catalog) {
        report.section("Every shipped role from an empty profile (the Roles screen)")
        let planner = Planner(catalog: catalog)
        let roles = catalog.roles.map(\.id)
        let limit = timeLimit
        let results = RoleResults(count: roles.count)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let (_, wall) = timed {
            DispatchQueue.concurrentPerform(iterations: roles.count) { i in
                let request = PlanRequest(role: roles[i], profile: Profile(), today: Self.today, timeLimit: limit)
                let (result, t) = timed { Result { () throws(PlanningError) in try planner.plan(request) } }
                results.set(i, (t, result))
            }
        }
        var times = Timings()
        var feasible = 0, optimal = 0, failed = 0
        for (t, result) in results.all {
            times.add(t)
            switch result {
            case .success(let plan):
                if plan.feasible { feasible += 1 }
                if plan.optimal { optimal += 1 }
            case .failure: failed += 1
            }
        }
        report.line("\(roles.count) roles, default profile (no skills), timeLimit \(Int(timeLimit)) s, all at once with "
            + "`DispatchQueue.concurrentPerform` on \(cores) cores like the TUI; per-role times are measured inside that run.")
        report.line()
        report.table(["roles", "feasible", "proven optimal", "errors", "median", "p95", "worst", "sum of plans", "all done after"],
                     [["\(roles.count)", "\(feasible)", "\(optimal)", "\(failed)", ms(times.median), ms(times.p95),
                       ms(times.worst), ms(times.total), ms(wall)]])
        let slow = zip(roles, results.all.map(\.0)).sorted { $0.1 > $1.1 }.prefix(5)
        report.line("Slowest roles: " + slow.map { "\($0.0) \(ms($0.1))" }.joined(separator: ", ") + ".")
        report.line()
        report.target("every shipped role planned within 1 s (all done after \(ms(wall)))", wall < 1000)
    }

    /// Per-role results written from several threads.
    final class RoleResults: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [(Double, Result<Plan, PlanningError>)?]
        init(count: Int) { items = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ value: (Double, Result<Plan, PlanningError>)) { lock.withLock { items[i] = value } }
        var all: [(Double, Result<Plan, PlanningError>)] { lock.withLock { items.compactMap { $0 } } }
    }

    static func amount(_ x: Double) -> String { String(format: "%.2f", x) }
}
