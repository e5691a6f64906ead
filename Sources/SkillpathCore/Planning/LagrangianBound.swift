/// A lower bound that uses the resource limits: LM-cut on costs raised by a multiple of each
/// limit's amount, less that multiple of what is left of the limit (Lagrangian relaxation).
///
/// For multipliers λ_l ≥ 0, any plan extending the chosen set S by T within every limit has
/// Σ_T cost ≥ Σ_T (cost + Σ_l λ_l·amount_l) − Σ_l λ_l·(bound_l − spent_l), because each
/// Σ_T amount_l ≤ bound_l − spent_l. LM-cut on the raised costs is a lower bound on the first sum,
/// so the whole is an admissible bound for any λ ≥ 0, whichever λ is used. The plain LM-cut
/// ignores the limits; where a tight `maxHours` or budget rules out the cheap credentials, this
/// bound is what proves the optimum. The multipliers are chosen once, at the root, as those that
/// give the largest root bound over a geometric grid (``tune(problem:landmarks:objectiveCost:until:)``).
struct LagrangianBound {
    typealias Value = ObjectiveValue

    /// Per resource limit: its multiplier, in objective units per thousandth of its amount.
    let multipliers: [Value]
    /// Per credential: Σ over limits of multiplier × amount, added to its action's cost.
    let penalty: [Value]
    /// Per limit: its bound, in thousandths.
    private let bounds: [Int64]

    /// Whether any multiplier is positive (otherwise the bound is the plain LM-cut's).
    var isActive: Bool { multipliers.contains { $0 > 0 } }

    init(multipliers: [Value], limits: [ResourceLimit], credentials: Int) {
        self.multipliers = multipliers
        bounds = limits.map(\.bound)
        var penalty = [Value](repeating: 0, count: credentials)
        for (l, limit) in limits.enumerated() where multipliers[l] > 0 {
            for c in 0..<credentials { penalty[c] += multipliers[l] * Value(limit.amount[c]) }
        }
        self.penalty = penalty
    }

    /// Σ over limits of multiplier × (bound − spent): what the raised LM-cut value overstates at most.
    func slack(spent: [Int64]) -> Value {
        var total: Value = 0
        for (l, m) in multipliers.enumerated() where m > 0 { total += m * Value(max(bounds[l] - spent[l], 0)) }
        return total
    }

    /// The raised action costs: `objectiveCost` (per relaxed action; 0 for a chosen credential,
    /// ``LandmarkCut/disabled`` for a forbidden one) plus each other credential's penalty.
    func raised(_ objectiveCost: [Value], task: RelaxedTask, chosen: [Bool]) -> [Value] {
        var cost = objectiveCost
        for a in cost.indices where cost[a] != LandmarkCut.disabled {
            let c = task.credential[a]
            if c != RelaxedTask.auxiliary && !chosen[Int(c)] { cost[a] += penalty[Int(c)] }
        }
        return cost
    }

    /// Exponents of the grid: a multiplier is the objective's first-term weight times 2^k.
    static let grid = stride(from: -12, through: 12, by: 3)

    /// The multipliers, one limit at a time, that give the largest root bound; all zero when no
    /// positive multiplier beats the plain LM-cut. Multipliers that could overflow the sums
    /// (``ObjectiveValue``) are not tried. At the deadline the best multipliers so far are kept.
    static func tune(problem: PlanningProblem, landmarks: inout LandmarkCut, objectiveCost: [Value],
                     until deadline: Deadline) -> LagrangianBound {
        let limits = problem.limits
        let n = problem.cost.count
        var multipliers = [Value](repeating: 0, count: limits.count)
        let none = [Bool](repeating: false, count: n)
        guard !limits.isEmpty, let plain = landmarks.estimate(actionCost: objectiveCost, goals: landmarks.task.goals) else {
            return LagrangianBound(multipliers: multipliers, limits: limits, credentials: n)
        }
        let unit = problem.weights.first
        // Keep every sum below 2^120: the penalties over all credentials plus the objective.
        let objectiveTotal = objectiveCost.reduce(0.0) { $0 + Double(max($1, 0)) }
        var bestValue = plain.value
        for (l, limit) in limits.enumerated() {
            let amountTotal = limit.amount.reduce(0.0) { $0 + Double($1) } + Double(max(limit.bound, 0))
            var bestMultiplier = multipliers[l]
            for k in grid where !deadline.hasPassed {
                let m = k >= 0 ? unit << k : unit >> -k
                guard m > 0, Double(m) * amountTotal * Double(limits.count) + objectiveTotal < 0x1p120 else { continue }
                var trial = multipliers
                trial[l] = m
                let bound = LagrangianBound(multipliers: trial, limits: limits, credentials: n)
                let cost = bound.raised(objectiveCost, task: landmarks.task, chosen: none)
                guard let estimate = landmarks.estimate(actionCost: cost, goals: landmarks.task.goals) else { continue }
                let value = estimate.value - bound.slack(spent: [Int64](repeating: 0, count: limits.count))
                if value > bestValue { bestValue = value; bestMultiplier = m }
            }
            multipliers[l] = bestMultiplier
        }
        return LagrangianBound(multipliers: multipliers, limits: limits, credentials: n)
    }
}
