/// A number on the scalarised objective: the three terms of a ``Cost`` folded into one value that
/// orders the same way (``Cost/Weights``). Every search and bound compares plans in this one type.
typealias ObjectiveValue = Int128

/// The objective's three terms, in thousandths, compared lexicographically.
///
/// `cost` is (Σ price, Σ hours, |S|); `time` is (Σ hours, Σ price, |S|); `balanced` is
/// (Σ price + hourValue × hours, |S|, 0). Sums of credential costs stay within `Int64` (see
/// ``PlanningProblem/fixed(_:)``).
struct Cost: Hashable, Comparable, Sendable {
    var first: Int64
    var second: Int64
    var third: Int64

    static let zero = Cost(first: 0, second: 0, third: 0)

    static func + (a: Cost, b: Cost) -> Cost {
        Cost(first: a.first + b.first, second: a.second + b.second, third: a.third + b.third)
    }

    static func - (a: Cost, b: Cost) -> Cost {
        Cost(first: a.first - b.first, second: a.second - b.second, third: a.third - b.third)
    }

    static func < (a: Cost, b: Cost) -> Bool {
        if a.first != b.first { return a.first < b.first }
        if a.second != b.second { return a.second < b.second }
        return a.third < b.third
    }

    /// The smallest cost that is greater than this one in the last term.
    var nextInLastTerm: Cost { Cost(first: first, second: second, third: third + 1) }

    /// Weights that fold the three terms into one ``ObjectiveValue`` ordering the same way, for a
    /// set of credential costs: the second term's total plus one, times the most credentials plus
    /// one, and the latter.
    struct Weights: Sendable {
        let first: ObjectiveValue
        let second: ObjectiveValue

        init(costs: [Cost]) {
            let count = ObjectiveValue(costs.count + 1)
            let secondTotal = costs.reduce(ObjectiveValue(0)) { $0 + ObjectiveValue($1.second) }
            first = (secondTotal + 1) * count
            second = count
        }

        /// The cost as one number that orders the same way as the triple, for sums of the costs
        /// these weights were made from.
        func scalar(_ cost: Cost) -> ObjectiveValue {
            ObjectiveValue(cost.first) * first + ObjectiveValue(cost.second) * second + ObjectiveValue(cost.third)
        }
    }
}
