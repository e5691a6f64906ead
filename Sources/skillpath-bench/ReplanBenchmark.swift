import Foundation
import SkillpathCore

/// Re-planning a 40-step plan with progress on the generated 10k-credential catalog
/// (``SavedPlan/replanned(current:catalog:today:timeLimit:now:)``, what `plans replan` and `r` run).
struct ReplanBenchmark {
    let runs: Int

    /// The role of the benchmark: 40 credentials of the catalog that need nothing first, so the plan has 40 steps.
    static func role(in catalog: Catalog) -> Role {
        let ids = catalog.credentials.filter { $0.requires.isEmpty && $0.stack == nil }.prefix(40).map(\.id)
        return Role(id: "bench-40", title: "Forty steps", requires: ids.map { Condition.credential($0) })
    }

    func run(_ report: BenchReport, catalog generated: Catalog?) throws {
        report.section("Re-plan of a 40-step plan (10k credentials)")
        guard let generated else {
            report.line("Skipped: the 10k-credential catalog was not generated.")
            return
        }
        let role = Self.role(in: generated)
        let catalog = Catalog(info: generated.info, skills: generated.skills, providers: generated.providers,
                              roles: generated.roles + [role], credentials: generated.credentials)
        let today = PlannerBenchmark.today
        let profile = Profile(hoursPerWeek: 8, startDate: today)
        let plan = try Planner(catalog: catalog).plan(PlanRequest(role: role.id, profile: profile, today: today))
        var saved = SavedPlan(name: "bench", plan: plan, profile: profile, includeRecommended: false, catalog: catalog)
        // A quarter done, a few in progress, and a faster pace since.
        for (i, step) in plan.steps.enumerated() where i % 4 == 0 { saved.setStatus(.done, of: step.credential, on: today) }
        for (i, step) in plan.steps.enumerated() where i % 10 == 1 { saved.setStatus(.inProgress, of: step.credential, on: today) }
        var current = profile
        current.hoursPerWeek = 12
        var times = Timings()
        var result = saved
        for _ in 0..<runs {
            let (replanned, t) = try timed { try saved.replanned(current: current, catalog: catalog, today: today) }
            result = replanned
            times.add(t)
        }
        let kept = saved.progress.filter(\.hasProgress).allSatisfy { result.progress.contains($0) }
        report.line("\(plan.steps.count) steps, \(saved.counts.summary); hours per week 8 → 12; \(runs) runs.")
        report.line()
        report.table(["steps after", "progress kept", "median", "worst"],
                     [["\(result.plan.steps.count)", kept ? "yes" : "NO", ms(times.median), ms(times.worst)]])
        report.target("re-plan of a \(plan.steps.count)-step plan on 10k credentials under 100 ms (\(ms(times.median)))",
                      times.median < 100 && kept && plan.steps.count == 40)
    }
}
