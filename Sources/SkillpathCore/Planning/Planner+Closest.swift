import Foundation

/// The closest plan (PLANNING.md, "The closest plan") and the limit reasons derived from exact searches.
extension Planner {
    /// One exact search's answer for a set of goals: the optimal order (nil when no plan
    /// exists), whether the search proved it, and its cost under the problem's objective.
    struct Attempt {
        let order: [Int]?
        let proven: Bool
        let cost: Cost
    }

    /// Solves `problem` (a variant of the request's, ``PlanningProblem/with(goals:)`` or
    /// ``PlanningProblem/unlimited(goals:objective:compiled:)``) with what is left of the command's time limit.
    /// `task` is the problem's relaxed task, when already compiled for another variant with the same goals.
    /// `start` is an LM-cut start for `task` under the problem's costs (``search(_:seconds:task:start:)``).
    func attempt(_ problem: PlanningProblem, task: RelaxedTask? = nil, start: LandmarkCut.Start? = nil,
                 until deadline: Deadline) -> Attempt {
        guard !deadline.hasPassed else { return Attempt(order: nil, proven: false, cost: .zero) }
        let outcome = Self.search(problem, seconds: deadline.remainingSeconds, task: task, start: start)
        let cost = outcome.order.map { $0.reduce(Cost.zero) { $0 + problem.cost[$1] } } ?? .zero
        return Attempt(order: outcome.order, proven: outcome.proven, cost: cost)
    }

    /// The problem of meeting `goals` with every filter of the request but no limit, under the
    /// objective whose first term is `measure`.
    func unlimitedProblem(_ goals: [Condition], measure objective: Objective, problem: PlanningProblem,
                          request: PlanRequest) -> PlanningProblem {
        if let variant = problem.unlimited(goals: goals, objective: objective, compiled: compiled) { return variant }
        var unlimited = request.profile
        unlimited.budget = nil; unlimited.maxHours = nil; unlimited.deadline = nil
        unlimited.objective = objective
        return PlanningProblem(compiled: compiled, goals: goals, profile: unlimited, exclude: Set(request.exclude),
                               today: request.today)
    }

    /// The closest plan for a request with no valid plan, or nil when not even the `fixed` goals
    /// (the profile's `require`, `mustInclude`) can be met within the limits.
    ///
    /// One exact search of the problem with a stand-in per condition
    /// (``PlanningProblem/withStandIns(for:fixed:)``): its optimum meets the most conditions and
    /// is optimal at that count. Near the edge of ``Limits``, where the stand-ins' costs would
    /// overflow, the levels of ``closestOrderByLevels(conditions:fixed:problem:request:until:)``
    /// find the same plan. Only the conditions the usable credentials can reach at all take part;
    /// without limits they can all be met at once, and the closest plan is their optimum.
    ///
    /// `limited` is `problem` pruned by its limits (``PlanningProblem/prunedByLimitsWithTask()``):
    /// the searches with the limits start from it, `task` is its relaxed task, and `start` the LM-cut
    /// start the search for a plan kept on that task.
    func closest(role: Role, conditions: [Condition], fixed: [Condition], problem: PlanningProblem,
                 limited: PlanningProblem, task: RelaxedTask, start: LandmarkCut.Start?, reachable: ClosureState,
                 request: PlanRequest,
                 until deadline: Deadline) -> ClosestPlan? {
        let profile = request.profile
        let found: (order: [Int], proven: Bool)
        // A condition the usable credentials can never meet is unmet in every plan: it needs no stand-in.
        let reachableConditions = conditions.filter { Requirement($0, in: catalog).holds(held: reachable.held, levels: reachable.levels) }
        if reachableConditions.isEmpty || problem.limits.isEmpty {
            // Without limits every reachable condition can be met at once (take every usable
            // credential), so the most any plan meets is exactly those: no stand-in is needed.
            let goals = limited.with(goals: fixed + reachableConditions)
            // Same actions and costs as the search for a plan: its h^max from the start holds here.
            let answer = attempt(goals, task: task.with(goals: goals.goals), start: start, until: deadline)
            guard let order = answer.order else { return nil }
            found = (order, answer.proven)
        } else if let relaxed = limited.withStandIns(for: reachableConditions, fixed: fixed) {
            guard !deadline.hasPassed else { return nil }
            let outcome = Self.search(relaxed, seconds: deadline.remainingSeconds)
            guard let order = outcome.order else { return nil }
            found = (order.filter { $0 < relaxed.standInStart }, outcome.proven)
        } else {
            guard let byLevels = closestOrderByLevels(conditions: reachableConditions, fixed: fixed, problem: limited,
                                                      request: request, until: deadline) else { return nil }
            found = byLevels
        }

        let start = problem.start
        let state = problem.closureState(of: found.order)
        let met = conditions.map { Requirement($0, in: catalog).holds(held: state.held, levels: state.levels) }
        let metGoals = conditions.indices.filter { met[$0] }.map { conditions[$0] }
        var plan = schedule(presentationOrder(found.order, problem: problem), role: role, goals: fixed + metGoals,
                            problem: problem, profile: profile, start: start)
        plan.assignReasons(catalog: catalog, role: role, profile: profile, includeRecommended: request.includeRecommended,
                           required: Set(request.mustInclude + profile.require))
        let metCount = met.filter { $0 }.count
        // Each unmet condition's reason takes its own exact searches, independent of the others'
        // (and each deterministic), so they run at once on every core.
        let open = conditions.indices.filter { !met[$0] }
        // The limit the closest plan uses most of is likely the one that rules a condition out.
        let tightestFirst = Self.tightestFirst(problem.limits, using: found.order)
        let reasons = Locked([String](repeating: "", count: open.count))
        DispatchQueue.concurrentPerform(iterations: open.count) { k in
            let why = closestReason(conditions[open[k]], fixed: fixed, metGoals: metGoals, closest: found.order,
                                    tightestFirst: tightestFirst, problem: problem, limited: limited, request: request,
                                    reachable: reachable, until: deadline)
            reasons.withLock { $0[k] = why }
        }
        let unmet = zip(open, reasons.withLock { $0 }).map { ClosestPlan.Unmet(condition: $0, reason: $1) }
        return ClosestPlan(meets: metCount, of: conditions.count, value: plan.value, tiebreak: plan.tiebreak,
                           totals: plan.totals, steps: plan.steps, unmet: unmet, optimal: found.proven)
    }

    /// Why the closest plan does not meet a condition: it cannot be reached at all, or alone it
    /// breaks a limit, or together with the conditions the plan meets it does.
    ///
    /// Whether it alone (with the `fixed` goals) fits the limits is decided by the least sum of
    /// each limit's measure, which the reason needs anyway: a sum over its limit rules it out; a
    /// least-sum plan that keeps to every limit shows it fits. Only when neither settles it (with
    /// several limits, each kept one at a time) does a search with every limit decide.
    /// The `closest` plan's credentials with any plan found for the condition alone meet it
    /// together with the conditions met, so where they keep to a limit, that limit's search is
    /// not needed.
    private func closestReason(_ condition: Condition, fixed: [Condition], metGoals: [Condition], closest: [Int],
                               tightestFirst: [Int], problem: PlanningProblem, limited: PlanningProblem,
                               request: PlanRequest, reachable: ClosureState, until deadline: Deadline) -> String {
        let requirement = Requirement(condition, in: catalog)
        if !requirement.holds(held: reachable.held, levels: reachable.levels) {
            return reason(for: requirement, problem: problem, request: request, reachable: reachable)
        }
        let alone = limitFindings(fixed + [condition], decidingFit: true, tightestFirst: tightestFirst, problem: problem,
                                  request: request, until: deadline)
        let aloneReason = limitReason(alone, meeting: "meeting it", problem: problem)
        if !alone.over.isEmpty { return aloneReason }
        var plans = alone.plans
        if !alone.fitsEveryLimit {
            let single = attempt(limited.with(goals: fixed + [condition]), until: deadline)
            guard single.proven || single.order != nil else {
                return "the time limit stopped the search before it could tell whether this can be met within the limits (try --time-limit)"
            }
            guard let order = single.order else { return aloneReason }
            plans.append(order)
        }
        let witnesses = plans.map { Array(Set(closest).union($0)) }
        let others = metGoals.count == 1 ? "the 1 condition met" : "the \(metGoals.count) conditions met"
        return limitReason(fixed + metGoals + [condition], meeting: "meeting it as well as \(others)", witnesses: witnesses,
                           tightestFirst: tightestFirst, problem: problem, request: request, until: deadline)
    }
}
