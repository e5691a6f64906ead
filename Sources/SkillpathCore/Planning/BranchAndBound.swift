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
    private let weights: Cost.Weights

    /// The best plan found so far, in a valid order, and its cost.
    private(set) var best: (order: [Int], cost: Cost)?
    /// Search nodes visited.
    private(set) var nodes = 0

    init(problem: PlanningProblem) {
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
        actionCost = task.credential.map { c in c != RelaxedTask.auxiliary ? weights.scalar(problem.cost[Int(c)]) : 0 }
    }

    /// The objective triple as one number that orders the same way.
    private func scalar(_ cost: Cost) -> ObjectiveValue {
        weights.scalar(cost)
    }

    /// The LM-cut bound for the node: the goals plus holding every chosen credential.
    private mutating func landmarkBound() -> LandmarkCut.Estimate? {
        let task = landmarks.task
        var goals = task.goals
        for c in chosen where task.heldFact[c] != RelaxedTask.noFact { goals.append(task.heldFact[c]) }
        return landmarks.estimate(actionCost: actionCost, goals: goals)
    }

    private mutating func setActionCost(_ c: Int, _ value: ObjectiveValue?) {
        let a = landmarks.task.action[c]
        guard a != RelaxedTask.noAction else { return }
        if let value {
            actionCost[Int(a)] = value
        } else {
            actionCost[Int(a)] = scalar(problem.cost[c])
        }
    }

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
        if nodes & 255 == 0 && deadline.hasPassed { timedOut = true }
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
            guard let lmcut = landmarkBound() else { return }
            if let known = best, scalar(sum) + lmcut.value >= scalar(known.cost) { return }
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
            setActionCost(candidate, LandmarkCut.disabled)
            forbade.append(candidate)
        }
        for c in forbade {
            forbidden[c] = false
            setActionCost(c, nil)
        }
    }

    private mutating func add(_ c: Int) {
        held[c] = true
        chosen.append(c)
        setActionCost(c, 0)
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
        setActionCost(c, nil)
    }

    /// The chosen credentials in an order where each one's prerequisites hold, or nil when some
    /// can only be ordered in a cycle.
    func validOrder() -> [Int]? {
        let (order, blocked) = problem.closure(of: chosen)
        return blocked.isEmpty ? order : nil
    }

    /// Credentials outside S that satisfy an unmet atom of a prerequisite of a blocked credential.
    private func cycleBreakers() -> [Int] {
        let (_, blocked, closureHeld, closureLevels) = problem.closureState(of: chosen)
        var atoms: [Requirement] = []
        for b in blocked {
            for requirement in problem.requirements[b] where !requirement.holds(held: closureHeld, levels: closureLevels) {
                requirement.unmetAtoms(held: closureHeld, levels: closureLevels, into: &atoms)
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
