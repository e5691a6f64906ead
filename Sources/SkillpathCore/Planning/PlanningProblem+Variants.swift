/// The problems the closest plan and the reasons search, made from the request's own problem
/// instead of compiled again from the profile: only what differs is worked out.
extension PlanningProblem {
    /// This problem for other goals, with the same profile: filters, limits and costs as they are.
    /// The same problem as `PlanningProblem(compiled:goals:profile:…)` with those goals (pruned
    /// by the limits when this one is: see ``prunedByLimitsWithTask()``).
    func with(goals: [Condition]) -> PlanningProblem {
        var problem = self
        problem.goals = goals.flatMap { Requirement($0, in: catalog).conjuncts }
        return problem
    }

    /// This problem for other goals with no limits, under `objective` (the costs from `compiled`):
    /// the same problem as compiling the profile without `budget`, `maxHours` and `deadline`, and
    /// with that objective. Nil when a limit here allows only the empty plan (it made every
    /// credential unusable, so the usable set has to be worked out again from the profile).
    func unlimited(goals: [Condition], objective: Objective, compiled: CompiledCatalog) -> PlanningProblem? {
        // Pruned under the limits, the usable set is too small for a problem without them.
        guard !onlyTheEmptyPlan, !limitsPruned else { return nil }
        var problem = with(goals: goals)
        problem.limits = []
        if objective != self.objective {
            problem.objective = objective
            // The measures of limits are price and hours; `balanced` needs the profile's hourValue.
            guard objective != .balanced else { return nil }
            problem.costs = compiled.cost(objective, hourValue: 0)
        }
        return problem
    }
}
