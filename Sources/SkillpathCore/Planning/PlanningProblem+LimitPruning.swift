extension PlanningProblem {
    /// This problem with every credential that no plan within the limits can take made unusable.
    ///
    /// For each limit, h^max of the relaxed task with the limit's amounts as action costs bounds
    /// from below the limit's sum over any plan that takes a credential: its own amount plus what
    /// its prerequisites need (a chain of prerequisites adds up; alternatives take the cheapest). A
    /// credential whose bound is over the limit is in no valid plan, so dropping it keeps every
    /// optimum; the searches then never branch on it, and the hitting sets and cuts are tighter.
    /// Repeated until nothing more is dropped (dropping under one limit can raise another's bounds).
    func prunedByLimits() -> PlanningProblem { prunedByLimitsWithTask().problem }

    /// ``prunedByLimits()`` and the relaxed task of the problem it returns, when it built one
    /// (its last round compiles exactly that problem), so the search need not compile it again.
    ///
    /// A problem pruned already is returned as it is, even with other goals (``with(goals:)`` keeps
    /// the limits): a credential's bound is its own amount plus what its prerequisites need,
    /// whatever the goals, so one dropped for some goals is in no plan within the limits for any.
    /// The closest plan's searches plan parts of the request's goals, whose credentials were all
    /// bounded already; for others, pruning less only costs time (the search is exact without it).
    func prunedByLimitsWithTask() -> (problem: PlanningProblem, task: RelaxedTask?) {
        guard !limits.isEmpty, !limitsPruned else { return (self, nil) }
        var problem = self
        while true {
            let task = RelaxedTask(problem: problem)
            var cut = LandmarkCut(task: task)
            var dropped = false
            for limit in limits {
                let actionCost = task.credential.map { c -> ObjectiveValue in
                    c == RelaxedTask.auxiliary ? 0 : ObjectiveValue(limit.amount[Int(c)])
                }
                let reach = cut.applicationCosts(actionCost: actionCost)
                for (a, c) in task.credential.enumerated() where c != RelaxedTask.auxiliary {
                    if reach[a] > ObjectiveValue(limit.bound) && problem.usable[Int(c)] {
                        problem.usable[Int(c)] = false
                        dropped = true
                    }
                }
            }
            guard dropped else {
                problem.limitsPruned = true
                return (problem, task)
            }
            let usable = problem.usable
            problem.grantors = problem.grantors.map { list in list.filter { usable[$0.credential] } }
        }
    }
}
