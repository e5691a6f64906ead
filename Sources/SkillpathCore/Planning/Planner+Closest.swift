/// The closest plan (PLANNING.md, "The closest plan") and the limit reasons derived from exact searches.
extension Planner {
    /// One exact search's answer for a set of goals: the optimal order (nil when no plan
    /// exists), whether the search proved it, and its cost under the problem's objective.
    struct Attempt {
        let order: [Int]?
        let proven: Bool
        let cost: Cost
    }

    /// Plans `goals` under `profile`, with what is left of the command's time limit.
    func attempt(_ goals: [Condition], profile: Profile, request: PlanRequest, until deadline: Deadline) -> Attempt {
        guard !deadline.hasPassed else { return Attempt(order: nil, proven: false, cost: .zero) }
        let problem = PlanningProblem(catalog: catalog, goals: goals, profile: profile, exclude: Set(request.exclude),
                                      today: request.today)
        let outcome = Self.search(problem, seconds: deadline.remainingSeconds)
        let cost = outcome.order.map { $0.reduce(Cost.zero) { $0 + problem.cost[$1] } } ?? .zero
        return Attempt(order: outcome.order, proven: outcome.proven, cost: cost)
    }

    /// The closest plan for a request with no valid plan, or nil when not even the `fixed` goals
    /// (the profile's `require`, `mustInclude`) can be met within the limits.
    ///
    /// Exact by levels: a set of conditions that some plan within the limits meets is
    /// "feasible", and every subset of a feasible set is feasible. Level k plans each set of k
    /// conditions whose subsets of k − 1 are all feasible (so a set containing an infeasible one
    /// is never tried), optimally; the last level with a feasible set is the most conditions any
    /// plan meets, and the cheapest of its plans is the closest plan.
    func closest(role: Role, conditions: [Condition], fixed: [Condition], problem: PlanningProblem,
                 request: PlanRequest, until deadline: Deadline) -> ClosestPlan? {
        let profile = request.profile
        let base = attempt(fixed, profile: profile, request: request, until: deadline)
        guard let baseOrder = base.order else { return nil }
        var complete = base.proven
        var singles: [Int: Attempt] = [:]
        let requirements = conditions.map { Requirement($0, in: catalog) }
        /// The conditions a set of credentials meets at its end.
        func meets(_ order: [Int]) -> Set<Int> {
            let state = problem.closureState(of: order)
            return Set(conditions.indices.filter { requirements[$0].holds(held: state.held, levels: state.levels) })
        }
        // Each optimal plan found, with the set it was planned for and every condition it meets.
        // For A ⊆ S ⊆ meets(plan of A), the optimum of S is that plan's cost: a plan meeting S
        // meets A, so it costs no less, and the plan of A meets S. And any plan found that meets
        // S proves S feasible; its optimum is then needed only at the last level.
        var solved: [(subset: Set<Int>, met: Set<Int>, answer: Attempt)] = [(subset: [], met: meets(baseOrder), answer: base)]
        func exact(_ subset: [Int]) -> Attempt {
            let wanted = Set(subset)
            if let known = solved.first(where: { $0.subset.isSubset(of: wanted) && wanted.isSubset(of: $0.met) }) {
                return known.answer
            }
            let answer = attempt(fixed + subset.map { conditions[$0] }, profile: profile, request: request, until: deadline)
            if !answer.proven { complete = false }
            if let order = answer.order { solved.append((wanted, meets(order), answer)) }
            return answer
        }
        // The feasible sets of the last level reached, with their optimum where already known.
        var last: [(subset: [Int], answer: Attempt?)] = [([], base)]
        var candidates = conditions.indices.map { [$0] }
        while !candidates.isEmpty {
            var level: [(subset: [Int], answer: Attempt?)] = []
            for subset in candidates {
                // The whole set is the request itself, already proven to have no plan.
                if subset.count == conditions.count {
                    if subset.count == 1 { singles[subset[0]] = Attempt(order: nil, proven: true, cost: .zero) }
                    continue
                }
                if let witness = solved.first(where: { Set(subset).isSubset(of: $0.met) }) {
                    if subset.count == 1 { singles[subset[0]] = witness.answer }
                    level.append((subset, nil))
                    continue
                }
                let answer = exact(subset)
                if subset.count == 1 { singles[subset[0]] = answer }
                if answer.order != nil { level.append((subset, answer)) }
            }
            guard !level.isEmpty else { break }
            last = level
            candidates = Self.nextLevel(level.map(\.subset))
        }
        // The optimum at the most conditions met: the cheapest of the last level's sets.
        var best = (subset: [Int](), order: baseOrder, cost: base.cost)
        var first = true
        for (subset, known) in last {
            let answer = known ?? exact(subset)
            if subset.count == 1 { singles[subset[0]] = answer }
            guard let order = answer.order else { continue }
            if first || answer.cost < best.cost { best = (subset, order, answer.cost); first = false }
        }

        let start = problem.start
        let state = problem.closureState(of: best.order)
        let met = conditions.map { Requirement($0, in: catalog).holds(held: state.held, levels: state.levels) }
        let metGoals = conditions.indices.filter { met[$0] }.map { conditions[$0] }
        var plan = schedule(presentationOrder(best.order, problem: problem), role: role, goals: fixed + metGoals,
                            problem: problem, profile: profile, start: start)
        plan.assignReasons(catalog: catalog, role: role, profile: profile, includeRecommended: request.includeRecommended,
                           required: Set(request.mustInclude + profile.require))
        let reachable = problem.closureState(of: problem.usable.indices.filter { problem.usable[$0] })
        let metCount = met.filter { $0 }.count
        let unmet = conditions.indices.filter { !met[$0] }.map { i in
            ClosestPlan.Unmet(condition: i, reason: closestReason(
                conditions[i], single: singles[i], fixed: fixed, metGoals: metGoals,
                problem: problem, request: request, reachable: reachable, until: deadline))
        }
        return ClosestPlan(meets: metCount, of: conditions.count, value: plan.value, tiebreak: plan.tiebreak,
                           totals: plan.totals, steps: plan.steps, unmet: unmet, optimal: complete)
    }

    /// The candidate sets of the next level: unions of two feasible sets (sorted, in
    /// lexicographic order) that share all but their last condition, kept when every subset one
    /// smaller is feasible.
    static func nextLevel(_ feasible: [[Int]]) -> [[Int]] {
        let known = Set(feasible)
        var next: [[Int]] = []
        for (a, first) in feasible.enumerated() {
            for second in feasible[(a + 1)...] where first.dropLast() == second.dropLast() {
                let union = first + [second[second.count - 1]]
                let allFeasible = union.indices.allSatisfy { i in
                    var smaller = union
                    smaller.remove(at: i)
                    return known.contains(smaller)
                }
                if allFeasible { next.append(union) }
            }
        }
        return next
    }

    /// Why the closest plan does not meet a condition: it cannot be reached at all, or alone it
    /// breaks a limit, or together with the conditions the plan meets it does.
    private func closestReason(_ condition: Condition, single: Attempt?, fixed: [Condition], metGoals: [Condition],
                               problem: PlanningProblem, request: PlanRequest,
                               reachable: (order: [Int], blocked: [Int], held: [Bool], levels: [Int]),
                               until deadline: Deadline) -> String {
        let requirement = Requirement(condition, in: catalog)
        if !requirement.holds(held: reachable.held, levels: reachable.levels) {
            return reason(for: requirement, problem: problem, request: request, reachable: reachable)
        }
        guard let single, single.proven || single.order != nil else {
            return "the time limit stopped the search before it could tell whether this can be met within the limits (try --time-limit)"
        }
        if single.order == nil {
            return limitReason(fixed + [condition], meeting: "meeting it", problem: problem, request: request, until: deadline)
        }
        let others = metGoals.count == 1 ? "the 1 condition met" : "the \(metGoals.count) conditions met"
        return limitReason(fixed + metGoals + [condition], meeting: "meeting it as well as \(others)",
                           problem: problem, request: request, until: deadline)
    }

    /// Which limits rule out meeting `goals` (reachable when the limits are ignored): for each
    /// limit, the least sum of its measure over a plan meeting them, proven by an exact search
    /// with no limits, and the limit's reason when that sum is over it. Never an empty amount:
    /// when the time limit stops a search, the reason names the limits without one.
    func limitReason(_ goals: [Condition], meeting: String, problem: PlanningProblem, request: PlanRequest,
                     until deadline: Deadline) -> String {
        let currency = catalog.info.currency
        var unlimited = request.profile
        unlimited.budget = nil; unlimited.maxHours = nil; unlimited.deadline = nil
        var reasons: [String] = []
        var undecided = false
        for limit in problem.limits {
            var profile = unlimited
            profile.objective = limit.measure.objective
            let answer = attempt(goals, profile: profile, request: request, until: deadline)
            guard answer.proven, let order = answer.order else { undecided = true; continue }
            let least = Self.tidy(order.reduce(0.0) { $0 + limit.measure.amount(of: catalog.credentials[$1]) })
            if !limit.allows(PlanningProblem.fixed(least)) {
                reasons.append(limit.overReason(least: least, meeting: meeting, currency: currency))
            }
        }
        if !reasons.isEmpty { return reasons.joined(separator: "; ") }
        let names = problem.limits.map { $0.name(currency: currency) }.joined(separator: ", ")
        if undecided {
            return "\(meeting) breaks the limits (\(names)); the time limit stopped the search for by how much"
        }
        return "no plan keeps to every limit at once (\(names)) while \(meeting), though each alone can be kept"
    }
}
