/// The closest plan as one exact search (PLANNING.md, "The closest plan"; docs/PLANNING.md).
extension PlanningProblem {
    /// The problem whose optimum is the closest plan: the `fixed` goals stay hard, and each of the
    /// role's `conditions` may instead be met by its own stand-in, an extra credential numbered
    /// from ``standInStart`` up. A stand-in needs nothing, adds nothing to any limit and costs
    /// more than every usable credential together, so an optimal plan of this problem uses the
    /// fewest stand-ins (meets the most conditions) and, among plans using that many, costs the
    /// least under the objective. Nil when the stand-ins' costs would not fit the search's
    /// `Int64` sums (only near the edge of ``Limits``).
    func withStandIns(for conditions: [Condition], fixed: [Condition]) -> PlanningProblem? {
        let n = cost.count
        let usableTotal = cost.indices.reduce(Int128(0)) { $0 + (usable[$1] ? Int128(cost[$1].first) : 0) }
        let standIn = usableTotal + 1
        guard usableTotal + Int128(conditions.count) * standIn <= Int128(Int64.max) else { return nil }
        var relaxed = self
        relaxed.goals = fixed.flatMap { Requirement($0, in: catalog).conjuncts }
        for (i, condition) in conditions.enumerated() {
            relaxed.goals.append(.anyOf([Requirement(condition, in: catalog), .credential(n + i)]))
        }
        let extra = conditions.count
        relaxed.costs = ObjectiveCosts(cost + Array(repeating: Cost(first: Int64(standIn), second: 0, third: 0), count: extra))
        relaxed.requirements += Array(repeating: [], count: extra)
        relaxed.prerequisites.appendEmpty(extra)
        relaxed.startHeld += Array(repeating: false, count: extra)
        relaxed.usable += Array(repeating: true, count: extra)
        relaxed.grants += Array(repeating: [], count: extra)
        for l in relaxed.limits.indices { relaxed.limits[l].amount += Array(repeating: 0, count: extra) }
        return relaxed
    }

    /// The number of the first stand-in credential in a problem made by ``withStandIns(for:fixed:)``:
    /// the catalog's credentials come before it.
    var standInStart: Int { catalog.credentials.count }
}
