/// Depth-first branch and bound over sets of credentials, exact under the lexicographic objective.
///
/// A node is a set S of chosen credentials. Its open requirements are the goals and the
/// prerequisites of S that S does not yet meet. The search branches on the open requirement with
/// the fewest candidates: every valid plan extending S contains a credential satisfying one of its
/// unmet atoms. Branch i includes candidate i and forbids candidates 0..<i, so branches partition
/// the plans below a node and no set is visited twice. Sets whose prerequisites hold only through a
/// cycle (a needs b, b needs a) are caught by an ordering check and branched on the credentials
/// that could break the cycle. Nodes are pruned by an admissible lower bound (``Bound``).
struct BranchAndBound {
    let problem: PlanningProblem
    private(set) var held: [Bool]
    private(set) var levels: [Int]
    private(set) var chosen: [Int] = []
    private var forbidden: [Bool]
    /// Skill levels to restore on ``remove(_:)``, each credential's run opened by ``LevelUndo/mark``.
    private var levelUndo: [LevelUndo] = []
    private var sum = Cost.zero
    /// Per resource limit of the problem: its sum over the chosen credentials.
    private var spent: [Int64]
    private var bound: Bound
    private var landmarks: LandmarkCut
    /// Per relaxed action: its cost on the scalarised objective at this node.
    private var actionCost: [ObjectiveValue]
    /// Per resource limit, per relaxed action: its credential's amount at this node (0 once
    /// chosen, ``LandmarkCut/disabled`` once forbidden), for LM-cut on the limit.
    private var limitCost: [[ObjectiveValue]]
    /// The limits relaxed into the objective, and per relaxed action its raised cost at this node.
    private let lagrangian: LagrangianBound
    private var raisedCost: [ObjectiveValue]
    private let weights: Cost.Weights

    /// The best plan found so far, in a valid order, and its cost.
    private(set) var best: (order: [Int], cost: Cost)?
    /// Search nodes visited.
    private(set) var nodes = 0

    /// `tuningUntil` bounds the time spent choosing the Lagrangian multipliers (``LagrangianBound``).
    init(problem: PlanningProblem, tuningUntil: Deadline = .never) {
        self.problem = problem
        held = problem.startHeld
        levels = problem.startLevels
        forbidden = [Bool](repeating: false, count: problem.cost.count)
        spent = [Int64](repeating: 0, count: problem.limits.count)
        bound = Bound(problem: problem)
        let task = RelaxedTask(problem: problem)
        landmarks = LandmarkCut(task: task)
        let weights = problem.weights
        self.weights = weights
        let scalar = problem.costs.scalar
        actionCost = task.credential.map { c in c != RelaxedTask.auxiliary ? scalar[Int(c)] : 0 }
        limitCost = problem.limits.map { limit in
            task.credential.map { c in c != RelaxedTask.auxiliary ? ObjectiveValue(limit.amount[Int(c)]) : 0 }
        }
        lagrangian = LagrangianBound.tune(problem: problem, landmarks: &landmarks, objectiveCost: actionCost, until: tuningUntil)
        raisedCost = lagrangian.raised(actionCost, task: task, chosen: [Bool](repeating: false, count: problem.cost.count))
    }

    /// The objective triple as one number that orders the same way.
    private func scalar(_ cost: Cost) -> ObjectiveValue {
        weights.scalar(cost)
    }

    /// The node's relaxed goals: the role's goals plus holding every chosen credential.
    private func nodeGoals() -> [Int32] {
        let task = landmarks.task
        var goals = task.goals
        for c in chosen where task.heldFact[c] != RelaxedTask.noFact { goals.append(task.heldFact[c]) }
        return goals
    }

    /// Whether LM-cut on some limit's amounts proves that the node cannot stay within it.
    private mutating func overSomeLimit(goals: [Int32]) -> Bool {
        for (l, limit) in problem.limits.enumerated() {
            guard let least = landmarks.estimate(actionCost: limitCost[l], goals: goals)?.value else { return true }
            if !limit.allows(spent[l] + Int64(clamping: least)) { return true }
        }
        return false
    }

    /// Sets a credential's relaxed action to chosen (every cost 0), forbidden, or free (its costs).
    private mutating func setActionCost(_ c: Int, _ state: ActionState) {
        let a = landmarks.task.action[c]
        guard a != RelaxedTask.noAction else { return }
        let i = Int(a)
        switch state {
        case .chosen:
            actionCost[i] = 0
            raisedCost[i] = 0
            for l in limitCost.indices { limitCost[l][i] = 0 }
        case .forbidden:
            actionCost[i] = LandmarkCut.disabled
            raisedCost[i] = LandmarkCut.disabled
            for l in limitCost.indices { limitCost[l][i] = LandmarkCut.disabled }
        case .free:
            actionCost[i] = scalar(problem.cost[c])
            raisedCost[i] = actionCost[i] + lagrangian.penalty[c]
            for (l, limit) in problem.limits.enumerated() { limitCost[l][i] = ObjectiveValue(limit.amount[c]) }
        }
    }

    /// What a credential's relaxed action stands for at a node.
    private enum ActionState { case chosen, forbidden, free }

    /// Runs the search to completion; afterwards ``best`` is an optimal plan or nil when none exists.
    mutating func run(until deadline: Deadline) {
        self.deadline = deadline
        visit()
    }


    private var deadline = Deadline.never
    /// Whether the deadline stopped the search: ``best`` is then the best plan found, not proven optimal.
    private(set) var timedOut = false

    private mutating func visit() {
        nodes += 1
        // Every node: one costs several LM-cuts, so checking the clock is cheap beside it.
        if deadline.hasPassed { timedOut = true }
        if timedOut { return }
        var open: [Requirement] = []
        for goal in problem.goals where !goal.holds(held: held, levels: levels) { open.append(goal) }
        for c in chosen {
            for requirement in problem.requirements[c] where !requirement.holds(held: held, levels: levels) {
                open.append(requirement)
            }
        }

        let candidates: [Int]
        for (l, limit) in problem.limits.enumerated() where !limit.allows(spent[l]) { return }
        if open.isEmpty {
            if let order = validOrder() {
                if best == nil || sum < best!.cost { best = (order, sum) }
                return
            }
            // Every prerequisite is met inside S, but only in a cycle: some credential outside S
            // must help one of the blocked ones start.
            if let known = best, !(sum.nextInLastTerm < known.cost) { return }
            candidates = cycleBreakers()
        } else {
            guard let estimate = bound.estimate(open: open, held: held, levels: levels, forbidden: forbidden) else { return }
            for (l, limit) in problem.limits.enumerated() where !limit.allows(spent[l] + estimate.limits[l]) { return }
            if let known = best, scalar(sum) + scalar(estimate.cost) >= scalar(known.cost) { return }
            let goals = nodeGoals()
            guard let lmcut = landmarks.estimate(actionCost: actionCost, goals: goals) else { return }
            if let known = best, scalar(sum) + lmcut.value >= scalar(known.cost) { return }
            if lagrangian.isActive, let known = best {
                guard let raised = landmarks.estimate(actionCost: raisedCost, goals: goals) else { return }
                if scalar(sum) + raised.value - lagrangian.slack(spent: spent) >= scalar(known.cost) { return }
            }
            if overSomeLimit(goals: goals) { return }
            let cut = lmcut.smallestCut.compactMap { a -> Int? in
                let c = landmarks.task.credential[Int(a)]
                return c != RelaxedTask.auxiliary ? Int(c) : nil
            }
            if !cut.isEmpty && cut.count == lmcut.smallestCut.count && cut.count < estimate.branch.count {
                candidates = cheapestFirst(cut)
            } else {
                candidates = estimate.branch
            }
        }

        var forbade: [Int] = []
        for candidate in candidates {
            add(candidate)
            visit()
            remove(candidate)
            forbidden[candidate] = true
            setActionCost(candidate, .forbidden)
            forbade.append(candidate)
        }
        for c in forbade {
            forbidden[c] = false
            setActionCost(c, .free)
        }
    }

    private mutating func add(_ c: Int) {
        held[c] = true
        chosen.append(c)
        setActionCost(c, .chosen)
        sum = sum + problem.cost[c]
        for (l, limit) in problem.limits.enumerated() { spent[l] += limit.amount[c] }
        levelUndo.append(.mark)
        for (s, level) in problem.grants[c] where levels[s] < level {
            levelUndo.append(.level(skill: s, old: levels[s]))
            levels[s] = level
        }
    }

    private mutating func remove(_ c: Int) {
        while case .level(let s, let old)? = levelUndo.popLast() { levels[s] = old }
        sum = sum - problem.cost[c]
        for (l, limit) in problem.limits.enumerated() { spent[l] -= limit.amount[c] }
        chosen.removeLast()
        held[c] = false
        setActionCost(c, .free)
    }

    /// The chosen credentials in an order where each one's prerequisites hold, or nil when some
    /// can only be ordered in a cycle.
    func validOrder() -> [Int]? {
        let (order, blocked) = problem.closure(of: chosen)
        return blocked.isEmpty ? order : nil
    }

    /// Credentials outside S that satisfy an unmet atom of a prerequisite of a blocked credential.
    private func cycleBreakers() -> [Int] {
        let closure = problem.closureState(of: chosen)
        var atoms: [Requirement] = []
        for b in closure.blocked {
            for requirement in problem.requirements[b] where !requirement.holds(held: closure.held, levels: closure.levels) {
                requirement.unmetAtoms(held: closure.held, levels: closure.levels, into: &atoms)
            }
        }
        var seen = Set<Int>()
        var result: [Int] = []
        for atom in atoms {
            problem.forEachCandidate(of: atom, held: held, forbidden: forbidden) { c in
                if seen.insert(c).inserted { result.append(c) }
            }
        }
        return cheapestFirst(result)
    }

    /// Credentials by cost, then catalog order, so branching is deterministic.
    private func cheapestFirst(_ credentials: [Int]) -> [Int] {
        credentials.sorted { problem.cost[$0] < problem.cost[$1] || (problem.cost[$0] == problem.cost[$1] && $0 < $1) }
    }

    /// One entry of the level undo stack.
    private enum LevelUndo {
        /// Where one added credential's changes begin.
        case mark
        /// A skill level to restore.
        case level(skill: Int, old: Int)
    }
}
