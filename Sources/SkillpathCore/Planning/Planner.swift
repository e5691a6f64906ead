/// Finds an optimal study plan for a role (see docs/PLANNING.md).
///
/// The search is exact: ``BranchAndBound`` proves the plan it returns is optimal under the
/// profile's objective, or that no valid plan exists, in which case each unmet role condition
/// comes with a reason. The same request always gives the same plan.
public struct Planner: Sendable {
    public let catalog: Catalog
    /// The catalog's profile-independent part of every planning problem, compiled once here so
    /// a planner reused for many requests (`plan --batch`, `roles --rank`) does not redo it.
    let compiled: CompiledCatalog

    public init(catalog: Catalog) {
        self.catalog = catalog
        compiled = CompiledCatalog(catalog)
    }

    /// An optimal plan for the request, or a plan with `feasible == false` and the reasons.
    public func plan(_ request: PlanRequest) throws(PlanningError) -> Plan {
        try validate(request)
        guard let role = catalog.role(request.role) else {
            throw .unknownRole(request.role, suggestion: Identifier.suggestion(for: request.role, among: catalog.roleIndex.keys))
        }
        let goals = role.requires + (request.includeRecommended ? role.recommends : [])
            + request.mustInclude.map { Condition.credential($0) } + Self.requiredGoals(request, role: role)
        let problem = PlanningProblem(compiled: compiled, goals: goals, profile: request.profile, exclude: Set(request.exclude),
                                      today: request.today)
        // The time limit holds for the whole command: the closest plan and the reasons get what
        // the search for a plan leaves.
        let deadline = Deadline(seconds: request.timeLimit)
        // Pruned once here: the closest plan's searches with the same limits start from it.
        let (limited, pruningTask) = problem.prunedByLimitsWithTask()
        // Compiled here when the pruning did not, so the closest plan can reuse it.
        let task = pruningTask ?? RelaxedTask(problem: limited)
        let outcome = Self.search(limited, seconds: request.timeLimit, task: task)
        let start = request.profile.startDate ?? request.today
        guard let found = outcome.order else {
            var plan = Plan(role: role.id, objective: problem.objective, feasible: false, value: 0, tiebreak: 0,
                            totals: Plan.Totals(price: 0, hours: 0, weeks: 0, credentials: 0), steps: [],
                            unmet: [], startDate: start, hoursPerWeek: request.profile.hoursPerWeek)
            plan.optimal = outcome.proven
            guard outcome.proven else {
                plan.unmet = [Plan.Unmet(condition: .allOf(goals), reason: "the search found no plan within its time limit of \(request.timeLimit) s; a plan may still exist")]
                return plan
            }
            let conditions = role.requires + (request.includeRecommended ? role.recommends : [])
            let fixed = Array(goals.dropFirst(conditions.count))
            let reachable = problem.reachableState()
            plan.closest = !request.findClosest ? nil : closest(role: role, conditions: conditions, fixed: fixed, problem: problem,
                                   limited: limited, task: task, start: outcome.start, reachable: reachable,
                                   request: request, until: deadline)
            plan.unmet = unmetReasons(goals: goals, conditions: conditions.count, closest: plan.closest,
                                      problem: problem, reachable: reachable, request: request, until: deadline)
            return plan
        }
        let order = presentationOrder(found, problem: problem)
        var plan = schedule(order, role: role, goals: goals, problem: problem, profile: request.profile, start: start)
        plan.optimal = outcome.proven
        plan.assignReasons(catalog: catalog, role: role, profile: request.profile,
                           includeRecommended: request.includeRecommended, required: Set(request.mustInclude + request.profile.require))
        return plan
    }

    /// The profile's `require` as goal conditions (rule 4 as amended): each credential held at the
    /// end. One the role (or `mustInclude`) already names as a top-level goal is not repeated.
    static func requiredGoals(_ request: PlanRequest, role: Role) -> [Condition] {
        var named = Set(request.mustInclude)
        for condition in role.requires + (request.includeRecommended ? role.recommends : []) {
            if case .credential(let id) = condition { named.insert(id) }
        }
        return request.profile.require.filter { named.insert($0).inserted }.map { Condition.credential($0) }
    }

    /// Runs two exact searches in turn until one finishes: the landmark search first (it usually
    /// proves the optimum within a few rounds), then branch and bound, which keeps the best plan
    /// found so far, then the landmark search again where it stopped. When the time limit stops
    /// both, the branch-and-bound plan is returned, not proven optimal.
    /// Credentials no plan within the limits can take are dropped first (``PlanningProblem/prunedByLimits()``).
    /// `task` is the problem's relaxed task when the caller has it already (a problem without limits,
    /// or one already pruned by them), and `start` an LM-cut start kept by a search of that task's
    /// actions under the same costs; the outcome's `start` is this search's own.
    static func search(_ problem: PlanningProblem, seconds: Double, task: RelaxedTask? = nil,
                       start: LandmarkCut.Start? = nil) -> (order: [Int]?, proven: Bool, start: LandmarkCut.Start?) {
        // Every stage's deadline is counted from the start, so the stages together keep to `seconds`.
        let end = Deadline(seconds: seconds)
        let landmarkTurn = Deadline(seconds: seconds * 0.4)
        let branchTurn = Deadline(seconds: seconds * 0.7)
        let (problem, pruningTask) = problem.prunedByLimitsWithTask()
        let given = problem.limits.isEmpty || problem.limitsPruned ? task : nil
        // The start holds only for the given task (a task compiled here has its own facts).
        var exact = pruningTask != nil || given == nil ? LandmarkSearch(problem: problem, task: pruningTask)
            : LandmarkSearch(problem: problem, task: given, start: start)
        exact.run(until: landmarkTurn)
        if !exact.timedOut { return (exact.best?.order, true, exact.start) }
        var anytime = BranchAndBound(problem: problem, tuningUntil: branchTurn)
        anytime.run(until: branchTurn)
        if !anytime.timedOut { return (anytime.best?.order, true, exact.start) }
        exact.run(until: end)
        if !exact.timedOut { return (exact.best?.order, true, exact.start) }
        return (anytime.best?.order, false, exact.start)
    }

    /// Rejects ids the catalog does not know and values outside their range.
    func validate(_ request: PlanRequest) throws(PlanningError) {
        let profile = request.profile
        for id in profile.onlyProviders where catalog.providerIndex[id] == nil {
            throw .unknownProvider(id, suggestion: Identifier.suggestion(for: id, among: catalog.providerIndex.keys))
        }
        for id in profile.earned + profile.require + profile.avoid + request.mustInclude + request.exclude
        where catalog.credentialIndex[id] == nil {
            throw .unknownCredential(id, suggestion: Identifier.suggestion(for: id, among: catalog.credentialIndex.keys))
        }
        for id in profile.skills.keys.sorted() where catalog.skillIndex[id] == nil {
            throw .unknownSkill(id, suggestion: Identifier.suggestion(for: id, among: catalog.skillIndex.keys))
        }
        // The ranges (Limits) are what keeps the search's Int64 arithmetic from overflowing.
        if let problem = profile.validate().first { throw .invalidValue(problem.description) }
        guard Limits.timeLimit.contains(request.timeLimit) else {
            throw .invalidValue("time limit: \(JSONReader.format(request.timeLimit)) s is out of range (\(Limits.describe(Limits.timeLimit)))")
        }
        // A loaded catalog is in range already; one built in code is checked (once) by CompiledCatalog.
        if let problem = compiled.outOfRange { throw problem }
    }

    /// A valid order of the chosen credentials that keeps catalog order where prerequisites allow,
    /// with zero-cost stacks the plan completes inserted as milestones where they become earned.
    func presentationOrder(_ chosen: [Int], problem: PlanningProblem) -> [(credential: Int, milestone: Bool)] {
        var held = problem.startHeld
        var levels = problem.startLevels
        var remaining = chosen.sorted()
        var result: [(Int, Bool)] = []
        let free = catalog.credentials.indices.filter { c in
            let credential = catalog.credentials[c]
            return credential.stack != nil && credential.price == 0 && credential.hours == 0 && problem.usable[c]
        }
        func take(_ c: Int, milestone: Bool) {
            held[c] = true
            for (s, level) in problem.grants[c] { levels[s] = max(levels[s], level) }
            result.append((c, milestone))
        }
        func ready(_ c: Int) -> Bool { problem.prerequisites.holds(c, held: held, levels: levels) }
        while !remaining.isEmpty {
            guard let i = remaining.firstIndex(where: ready) else { break }
            let c = remaining.remove(at: i)
            let credential = catalog.credentials[c]
            take(c, milestone: credential.stack != nil && credential.price == 0 && credential.hours == 0)
            var grew = true
            while grew {
                grew = false
                for m in free where !held[m] && ready(m) {
                    take(m, milestone: true)
                    remaining.removeAll { $0 == m }
                    grew = true
                }
            }
        }
        return result
    }

    /// Lays the steps end to end at the profile's pace and adds up the totals.
    func schedule(_ order: [(credential: Int, milestone: Bool)], role: Role, goals: [Condition],
                  problem: PlanningProblem, profile: Profile, start: CalendarDate) -> Plan {
        let perWeek = profile.hoursPerWeek
        var levels = problem.startLevels
        let wanted = relevantLevels(goals: goals, order: order.map(\.credential))
        var hours = 0.0, price = 0.0, count = 0
        var steps: [Plan.Step] = []
        for (c, milestone) in order {
            let credential = catalog.credentials[c]
            let startWeek = hours / perWeek
            hours += credential.hours
            price += credential.price
            if !milestone { count += 1 }
            let endWeek = hours / perWeek
            var covers: [SkillLevel] = []
            for (s, level) in problem.grants[c] where level > levels[s] {
                levels[s] = level
                if wanted.contains(s) { covers.append(SkillLevel(skill: catalog.skills[s].id, level: level)) }
            }
            let endDate = Self.date(start, week: endWeek)
            steps.append(Plan.Step(credential: credential.id, title: credential.title, price: credential.price,
                                   hours: credential.hours, startWeek: startWeek, endWeek: endWeek,
                                   startDate: Self.date(start, week: startWeek), endDate: endDate,
                                   covers: covers, milestone: milestone,
                                   warnings: credential.retirementWarning(endingOn: endDate).map { [$0] } ?? []))
        }
        let value: Double, tiebreak: Double
        switch problem.objective {
        case .cost: (value, tiebreak) = (price, hours)
        case .time: (value, tiebreak) = (hours, price)
        case .balanced:
            value = order.reduce(0.0) { $0 + catalog.credentials[$1.credential].price + profile.hourValue * catalog.credentials[$1.credential].hours }
            tiebreak = 0
        }
        return Plan(role: role.id, objective: problem.objective, feasible: true, value: Self.tidy(value),
                    tiebreak: Self.tidy(tiebreak),
                    totals: Plan.Totals(price: Self.tidy(price), hours: Self.tidy(hours), weeks: Self.tidy(hours / perWeek), credentials: count),
                    steps: steps, unmet: [], startDate: start, hoursPerWeek: perWeek)
    }

    /// Skills named by the goals or by a prerequisite of a planned credential.
    private func relevantLevels(goals: [Condition], order: [Int]) -> Set<Int> {
        var ids = goals.flatMap(\.skillLevels).map(\.skill)
        for c in order { ids += catalog.credentials[c].requires.flatMap(\.skillLevels).map(\.skill) }
        return Set(ids.compactMap { catalog.skillIndex[$0] })
    }

    /// The calendar day a fractional week falls on, counted from the start date.
    ///
    /// Within ``Limits`` a week is at most 10^12, so the day count fits an `Int`; the clamp keeps
    /// the conversion total even so.
    static func date(_ start: CalendarDate, week: Double) -> CalendarDate {
        let days = (week * 7 - 1e-9).rounded(.up)
        return start.adding(days: days.isNaN ? 0 : Int(min(max(days, 0), Limits.planWeeks.upperBound * 7)))
    }

    /// Rounds away binary noise from sums of decimal prices and hours.
    static func tidy(_ x: Double) -> Double { (x * 1_000_000).rounded() / 1_000_000 }
}
