/// A problem's per-credential costs under its objective: the cost terms, the weights that fold
/// them into one ``ObjectiveValue``, and the folded values every search compares.
///
/// Folding takes a 128-bit multiply per credential and term, and the weights a pass over every
/// cost, so a catalog's costs under `cost` and `time` are folded once (``CompiledCatalog``) and
/// shared by every problem and search on it.
struct ObjectiveCosts: Sendable {
    /// Per credential: the objective's cost terms.
    let terms: [Cost]
    let weights: Cost.Weights
    /// Per credential: `terms` folded by `weights`.
    let scalar: [ObjectiveValue]
    /// `scalar` as `Int64` when every value fits (the hitting set's faster sums); nil otherwise.
    let small: [Int64]?

    init(_ terms: [Cost]) {
        self.terms = terms
        let weights = Cost.Weights(costs: terms)
        self.weights = weights
        let scalar = terms.map { weights.scalar($0) }
        self.scalar = scalar
        small = scalar.allSatisfy { $0 >= 0 && $0 <= ObjectiveValue(Int64.max) } ? scalar.map { Int64($0) } : nil
    }
}
