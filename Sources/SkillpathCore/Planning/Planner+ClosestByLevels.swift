/// The closest plan by levels of condition sets: the search used where the stand-ins of
/// ``PlanningProblem/withStandIns(for:fixed:)`` would overflow, and a second, independent
/// answer for the tests.
extension Planner {
    /// The credentials of the closest plan and whether every search proved its answer, or nil
    /// when not even the `fixed` goals can be met within the limits.
    ///
    /// Exact by levels: a set of conditions that some plan within the limits meets is
    /// "feasible", and every subset of a feasible set is feasible. Level k plans each set of k
    /// conditions whose subsets of k − 1 are all feasible (so a set containing an infeasible one
    /// is never tried), optimally; the last level with a feasible set is the most conditions any
    /// plan meets, and the cheapest of its plans is the closest plan.
    func closestOrderByLevels(conditions: [Condition], fixed: [Condition], problem: PlanningProblem,
                              request: PlanRequest, until deadline: Deadline) -> (order: [Int], proven: Bool)? {
        let base = attempt(problem.with(goals: fixed), until: deadline)
        guard let baseOrder = base.order else { return nil }
        var complete = base.proven
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
            let answer = attempt(problem.with(goals: fixed + subset.map { conditions[$0] }), until: deadline)
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
                if subset.count == conditions.count { continue }
                if solved.contains(where: { Set(subset).isSubset(of: $0.met) }) {
                    level.append((subset, nil))
                    continue
                }
                let answer = exact(subset)
                if answer.order != nil { level.append((subset, answer)) }
            }
            guard !level.isEmpty else { break }
            last = level
            candidates = Self.nextLevel(level.map(\.subset))
        }
        // The optimum at the most conditions met: the cheapest of the last level's sets.
        var best = (order: baseOrder, cost: base.cost)
        var first = true
        for (subset, known) in last {
            let answer = known ?? exact(subset)
            guard let order = answer.order else { continue }
            if first || answer.cost < best.cost { best = (order, answer.cost); first = false }
        }
        return (best.order, complete)
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
}
