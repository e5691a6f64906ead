/// Which limits rule out meeting some goals, from the least sum of each limit's measure (the
/// reasons of an infeasible plan and of the closest plan).
extension Planner {
    /// For each limit, whether the least sum of its measure over a plan meeting some goals (with
    /// every filter, but no limit) is over it: the reasons of those that are, and whether the
    /// time limit stopped a search before it knew.
    struct LimitFindings {
        var over: [String] = []
        var undecided = false
        /// Whether a plan meeting the goals is known that keeps to every limit: then a plan
        /// within the limits exists.
        var fitsEveryLimit = false
        /// The least-sum plans the searches found, each meeting the goals.
        var plans: [[Int]] = []
    }

    /// The ``LimitFindings`` for `goals`, each least sum proven by an exact search with no limits.
    ///
    /// A search is skipped when a plan known to meet the goals already keeps to its limit: the
    /// least sum is then within the limit too, and it is not over. Those plans are the least-sum
    /// plans found so far and `witnesses` (each must meet `goals` with usable credentials only).
    /// When `decidingFit`, a search is still made while only it could show that some plan keeps
    /// to every limit at once (``LimitFindings/fitsEveryLimit``), until a limit is found broken.
    /// `tightestFirst` is the order to try the limits in (the one most likely to be broken
    /// first, so its plan settles the others); the reasons keep the limits' own order.
    /// Limits with the same measure (`maxHours` and `deadline`) share one search.
    func limitFindings(_ goals: [Condition], meeting: String = "meeting it", decidingFit: Bool = false,
                       witnesses: [[Int]] = [], tightestFirst: [Int]? = nil, problem: PlanningProblem,
                       request: PlanRequest, until deadline: Deadline) -> LimitFindings {
        let limits = problem.limits
        var findings = LimitFindings()
        var over = [String?](repeating: nil, count: limits.count)
        // Each plan known to meet the goals, as its sum under every limit, in thousandths.
        var sums: [[Int64]] = []
        func note(_ plan: [Int]) {
            let sum = limits.map { limit in plan.reduce(Int64(0)) { $0 + limit.amount[$1] } }
            sums.append(sum)
            if zip(limits, sum).allSatisfy({ $0.allows($1) }) { findings.fitsEveryLimit = true }
        }
        witnesses.forEach(note)
        var searched: [ResourceLimit.Measure: Attempt] = [:]
        // The problems differ only in their costs, so they share one relaxed task.
        var task: RelaxedTask?
        for l in tightestFirst ?? Array(limits.indices) {
            let limit = limits[l]
            let fitSettled = !decidingFit || findings.fitsEveryLimit || over.contains { $0 != nil }
            if fitSettled && sums.contains(where: { limit.allows($0[l]) }) { continue }
            let answer: Attempt
            if let known = searched[limit.measure] {
                answer = known
            } else {
                let unlimited = unlimitedProblem(goals, measure: limit.measure.objective, problem: problem, request: request)
                if task == nil { task = RelaxedTask(problem: unlimited) }
                answer = attempt(unlimited, task: task, until: deadline)
                searched[limit.measure] = answer
                if answer.proven, let order = answer.order {
                    note(order)
                    findings.plans.append(order)
                }
            }
            guard answer.proven, let order = answer.order else { findings.undecided = true; continue }
            // Decided on the search's own sum, in thousandths; the words show the same sum.
            if !limit.allows(order.reduce(Int64(0)) { $0 + limit.amount[$1] }) {
                let least = Self.tidy(order.reduce(0.0) { $0 + limit.measure.amount(of: catalog.credentials[$1]) })
                over[l] = limit.overReason(least: least, meeting: meeting, currency: catalog.info.currency)
            }
        }
        findings.over = over.compactMap { $0 }
        return findings
    }

    /// Which limits rule out meeting `goals` (reachable when the limits are ignored): for each
    /// limit, the least sum of its measure over a plan meeting them, proven by an exact search
    /// with no limits, and the limit's reason when that sum is over it. Never an empty amount:
    /// when the time limit stops a search, the reason names the limits without one.
    func limitReason(_ goals: [Condition], meeting: String, witnesses: [[Int]] = [], tightestFirst: [Int]? = nil,
                     problem: PlanningProblem, request: PlanRequest, until deadline: Deadline) -> String {
        limitReason(limitFindings(goals, meeting: meeting, witnesses: witnesses, tightestFirst: tightestFirst,
                                  problem: problem, request: request, until: deadline),
                    meeting: meeting, problem: problem)
    }

    /// The reason ``limitFindings(_:meeting:decidingFit:witnesses:tightestFirst:problem:request:until:)`` amount to.
    func limitReason(_ findings: LimitFindings, meeting: String, problem: PlanningProblem) -> String {
        if !findings.over.isEmpty { return findings.over.joined(separator: "; ") }
        let names = problem.limits.map { $0.name(currency: catalog.info.currency) }.joined(separator: ", ")
        if findings.undecided {
            return "\(meeting) breaks the limits (\(names)); the time limit stopped the search for by how much"
        }
        return "no plan keeps to every limit at once (\(names)) while \(meeting), though each alone can be kept"
    }

    /// The limits' indices, the one the plan `order` uses most of (as a share of the limit) first.
    static func tightestFirst(_ limits: [ResourceLimit], using order: [Int]) -> [Int] {
        let share = limits.map { limit in
            Double(order.reduce(Int64(0)) { $0 + limit.amount[$1] }) / Double(max(limit.bound, 1))
        }
        return limits.indices.sorted { share[$0] > share[$1] || (share[$0] == share[$1] && $0 < $1) }
    }
}
