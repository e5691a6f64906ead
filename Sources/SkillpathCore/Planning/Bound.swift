/// An admissible lower bound on what it still costs to meet a node's open requirements, and the
/// requirement to branch on.
///
/// Each measure (the objective's three terms, and each resource limit's amount) is bounded on its
/// own, so the triple is a lower bound in the lexicographic order too. For one measure the bound is
/// the larger of
/// - the dearest single open requirement, each met by its cheapest candidates; and
/// - the sum over open requirements where every candidate's cost is shared among the open atoms
///   it could satisfy (cost partitioning: a credential's cost is counted at most once in total).
struct Bound {
    /// A value per measure: three at once (the objective's terms, or one limit's amount and two zeros).
    struct Measures {
        var terms: (Double, Double, Double)

        static let zero = Measures(terms: (0, 0, 0))
        static let infinity = Measures(terms: (.infinity, .infinity, .infinity))

        static func + (a: Measures, b: Measures) -> Measures {
            Measures(terms: (a.terms.0 + b.terms.0, a.terms.1 + b.terms.1, a.terms.2 + b.terms.2))
        }
        static func / (a: Measures, n: Double) -> Measures {
            Measures(terms: (a.terms.0 / n, a.terms.1 / n, a.terms.2 / n))
        }
        func minimum(_ b: Measures) -> Measures {
            Measures(terms: (min(terms.0, b.terms.0), min(terms.1, b.terms.1), min(terms.2, b.terms.2)))
        }
        func maximum(_ b: Measures) -> Measures {
            Measures(terms: (max(terms.0, b.terms.0), max(terms.1, b.terms.1), max(terms.2, b.terms.2)))
        }
        var isInfinite: Bool { terms.0 == .infinity }
    }

    /// The outcome for one node.
    struct Estimate {
        var cost: Cost
        /// Per resource limit of the problem: a lower bound on what the open requirements add to its sum.
        var limits: [Int64]
        /// The candidates of the most constrained open requirement, most promising first.
        var branch: [Int]
    }

    let problem: PlanningProblem
    /// Per credential: the objective's terms.
    private let full: [Measures]
    /// Per resource limit, per credential: its amount as the first term.
    private let limitFull: [[Measures]]
    private var occurrences: [Int32]
    private var touched: [Int] = []

    init(problem: PlanningProblem) {
        self.problem = problem
        full = problem.cost.indices.map { c in
            let cost = problem.cost[c]
            return Measures(terms: (Double(cost.first), Double(cost.second), Double(cost.third)))
        }
        limitFull = problem.limits.map { limit in limit.amount.map { Measures(terms: (Double($0), 0, 0)) } }
        occurrences = [Int32](repeating: 0, count: problem.cost.count)
    }

    /// The bound and branching choice for a node, or nil when some open requirement has no candidate.
    mutating func estimate(open: [Requirement], held: [Bool], levels: [Int], forbidden: [Bool]) -> Estimate? {
        defer {
            for c in touched { occurrences[c] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        var atoms: [Requirement] = []
        var branch: [Int]?
        for requirement in open {
            atoms.removeAll(keepingCapacity: true)
            requirement.unmetAtoms(held: held, levels: levels, into: &atoms)
            var candidates: [Int] = []
            for atom in atoms {
                problem.forEachCandidate(of: atom, held: held, forbidden: forbidden) { c in
                    if occurrences[c] == 0 { touched.append(c) }
                    occurrences[c] += 1
                    candidates.append(c)
                }
            }
            if candidates.isEmpty { return nil }
            if branch == nil || Set(candidates).count < branch!.count { branch = Array(Set(candidates)) }
        }

        var shared = Measures.zero
        var single = Measures.zero
        for requirement in open {
            let (s, f) = value(of: requirement, held: held, levels: levels, forbidden: forbidden, full: full)
            if f.isInfinite { return nil }
            shared = shared + s
            single = single.maximum(f)
        }
        let h = shared.maximum(single)
        func whole(_ x: Double) -> Int64 { Int64((x - 1e-6).rounded(.up)) }
        let limits = limitFull.map { amounts in
            var shared = Measures.zero, single = Measures.zero
            for requirement in open {
                let (s, f) = value(of: requirement, held: held, levels: levels, forbidden: forbidden, full: amounts)
                shared = shared + s
                single = single.maximum(f)
            }
            return whole(shared.maximum(single).terms.0)
        }
        let counts = occurrences
        let sorted = (branch ?? []).sorted { a, b in
            let sa = full[a].terms.0 / Double(max(counts[a], 1)), sb = full[b].terms.0 / Double(max(counts[b], 1))
            if sa != sb { return sa < sb }
            let ca = problem.cost[a], cb = problem.cost[b]
            if ca != cb { return ca < cb }
            return a < b
        }
        return Estimate(cost: Cost(first: whole(h.terms.0), second: whole(h.terms.1), third: whole(h.terms.2)),
                        limits: limits, branch: sorted)
    }

    /// The shared and the full lower bound of one unmet requirement, for credentials measuring `full`.
    private func value(of requirement: Requirement, held: [Bool], levels: [Int], forbidden: [Bool],
                       full: [Measures]) -> (Measures, Measures) {
        switch requirement {
        case .credential, .skill:
            var shared = Measures.infinity, whole = Measures.infinity
            problem.forEachCandidate(of: requirement, held: held, forbidden: forbidden) { c in
                let f = full[c]
                let n = Double(max(occurrences[c], 1))
                shared = shared.minimum(f / n)
                whole = whole.minimum(f)
            }
            return (shared, whole)
        case .anyOf(let parts):
            var shared = Measures.infinity, whole = Measures.infinity
            for part in parts {
                if part.holds(held: held, levels: levels) { return (.zero, .zero) }
                let (s, f) = value(of: part, held: held, levels: levels, forbidden: forbidden, full: full)
                shared = shared.minimum(s); whole = whole.minimum(f)
            }
            return (shared, whole)
        case .allOf(let parts):
            var shared = Measures.zero, whole = Measures.zero
            for part in parts where !part.holds(held: held, levels: levels) {
                let (s, f) = value(of: part, held: held, levels: levels, forbidden: forbidden, full: full)
                shared = shared + s; whole = whole.maximum(f)
            }
            return (shared, whole)
        case .atLeast(let k, let of):
            var need = k
            var shares: [Measures] = [], wholes: [Measures] = []
            for c in of {
                if held[c] { need -= 1; continue }
                guard problem.usable[c] && !forbidden[c] else { continue }
                let n = Double(max(occurrences[c], 1))
                let f = full[c]
                shares.append(f / n)
                wholes.append(f)
            }
            if need <= 0 { return (.zero, .zero) }
            if shares.count < need { return (.infinity, .infinity) }
            return (Self.smallest(need, of: shares), Self.smallest(need, of: wholes))
        case .never:
            return (.infinity, .infinity)
        }
    }

    /// Per measure, the sum of the `k` smallest values.
    private static func smallest(_ k: Int, of values: [Measures]) -> Measures {
        func sum(_ key: (Measures) -> Double) -> Double { values.map(key).sorted().prefix(k).reduce(0, +) }
        return Measures(terms: (sum { $0.terms.0 }, sum { $0.terms.1 }, sum { $0.terms.2 }))
    }
}
