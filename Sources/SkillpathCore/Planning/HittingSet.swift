/// An exact minimum-cost hitting set: the cheapest set of credentials containing at least one
/// member of every landmark, within every resource limit.
///
/// Depth-first branch and bound: branch on the unhit landmark with the fewest usable members;
/// branch i takes member i and forbids members 0..<i, so branches partition the solutions.
/// The bound shares each member's cost among the unhit landmarks it would hit.
struct HittingSet {
    typealias Value = ObjectiveValue

    /// Per credential: its scalarised cost.
    let cost: [Value]
    /// The limits every solution keeps to (each with its per-credential amounts).
    let limits: [ResourceLimit]
    /// Per credential: its cost when every cost fits an `Int64` (the usual case: within ``Limits``
    /// a scalarised cost needs more only for catalogs with very large totals), else empty. Sharing
    /// a cost among landmarks is then an `Int64` division, far cheaper than an `Int128` one and
    /// exactly equal to it: the costs are non-negative and the divisor is positive, so both
    /// truncate the same quotient, which is at most the cost.
    private let smallCost: [Int64]
    private let costsFitInt64: Bool

    private(set) var landmarks: [[Int32]] = []
    private var containing: [[Int32]]
    private var hits: [Int32] = []
    private var chosen: [Int] = []
    private var forbidden: [Bool]
    private var sum: Value = 0
    /// Per limit: its sum over the chosen credentials.
    private var spent: [Int64]
    private var best: (set: [Int], cost: Value)?
    private var target: Value = 0
    /// Search nodes visited over all solves.
    private(set) var nodes = 0

    init(cost: [Value], limits: [ResourceLimit]) {
        self.cost = cost
        self.limits = limits
        costsFitInt64 = cost.allSatisfy { $0 >= 0 && $0 <= Value(Int64.max) }
        smallCost = costsFitInt64 ? cost.map { Int64($0) } : []
        spent = [Int64](repeating: 0, count: limits.count)
        containing = [[Int32]](repeating: [], count: cost.count)
        forbidden = [Bool](repeating: false, count: cost.count)
    }

    /// Adds a landmark: a set of credentials of which every plan holds at least one.
    mutating func add(_ landmark: [Int]) {
        let index = Int32(landmarks.count)
        let members = Array(Set(landmark)).sorted()
        landmarks.append(members.map(Int32.init))
        hits.append(0)
        for c in members { containing[c].append(index) }
    }

    /// The cheapest hitting set, or nil when none fits the limits. `atLeast` is a known lower
    /// bound on its cost (the previous optimum); a set of that cost ends the search at once.
    mutating func solve(atLeast: Value, until deadline: Deadline) -> (set: [Int], cost: Value)? {
        best = nil
        target = atLeast
        self.deadline = deadline
        timedOut = false
        visit()
        return timedOut ? nil : best
    }

    private var deadline = Deadline.never
    /// Whether the last ``solve(atLeast:until:)`` ran out of time.
    private(set) var timedOut = false

    private mutating func visit() {
        nodes += 1
        // A node's bound walks every landmark, so a clock read every 16 nodes costs nothing beside it.
        if nodes & 15 == 0 && deadline.hasPassed { timedOut = true }
        if timedOut { return }
        // The unhit landmark with the fewest usable members, and the shared-cost bound.
        var branch: Int?
        var branchSize = Int.max
        var unhit: [Int] = []
        for (l, landmark) in landmarks.enumerated() where hits[l] == 0 {
            unhit.append(l)
            var size = 0
            for c in landmark where !forbidden[Int(c)] { size += 1 }
            if size == 0 { return }
            if size < branchSize { branchSize = size; branch = l }
        }
        guard let branch else {
            if best == nil || sum < best!.cost, withinLimits(unhit: []) { best = (chosen, sum) }
            return
        }
        if let known = best {
            if known.cost <= target { return }
            if sum + bound(unhit) >= known.cost { return }
        }
        if !withinLimits(unhit: unhit) { return }

        let members = landmarks[branch].map(Int.init).filter { !forbidden[$0] }.sorted { a, b in
            let sa = share(a), sb = share(b)
            return sa != sb ? sa < sb : (cost[a] != cost[b] ? cost[a] < cost[b] : a < b)
        }
        var forbade: [Int] = []
        for c in members {
            take(c)
            visit()
            drop(c)
            if let known = best, known.cost <= target { break }
            forbidden[c] = true
            forbade.append(c)
        }
        for c in forbade { forbidden[c] = false }
    }

    private func openCount(_ c: Int) -> Int {
        containing[c].reduce(0) { $0 + (hits[Int($1)] == 0 ? 1 : 0) }
    }

    /// A credential's cost divided among the unhit landmarks it hits (at least one), rounded down.
    private func share(_ c: Int) -> Value {
        let open = max(openCount(c), 1)
        if costsFitInt64 { return Value(smallCost[c] / Int64(open)) }
        return cost[c] / Value(open)
    }

    /// Σ over unhit landmarks of the cheapest member's cost divided among the unhit landmarks it
    /// hits, or the dearest single landmark's cheapest member, whichever is larger.
    private func bound(_ unhit: [Int]) -> Value {
        var shared: Value = 0
        var single: Value = 0
        for l in unhit {
            var cheapestShare = Value.max, cheapest = Value.max
            for c in landmarks[l] where !forbidden[Int(c)] {
                let member = Int(c)
                cheapestShare = min(cheapestShare, share(member))
                cheapest = min(cheapest, cost[member])
            }
            shared += cheapestShare
            single = max(single, cheapest)
        }
        return max(shared, single)
    }

    /// Whether every limit can still hold: its sum so far plus the shared bound of its amount
    /// over the unhit landmarks is within it.
    private func withinLimits(unhit: [Int]) -> Bool {
        for (i, limit) in limits.enumerated() {
            var shared: Int64 = 0
            for l in unhit {
                var cheapest = Int64.max
                for c in landmarks[l] where !forbidden[Int(c)] {
                    let member = Int(c)
                    cheapest = min(cheapest, limit.amount[member] / Int64(max(openCount(member), 1)))
                }
                shared += cheapest
            }
            if !limit.allows(spent[i] + shared) { return false }
        }
        return true
    }

    private mutating func take(_ c: Int) {
        chosen.append(c)
        sum += cost[c]
        for (l, limit) in limits.enumerated() { spent[l] += limit.amount[c] }
        for l in containing[c] { hits[Int(l)] += 1 }
    }

    private mutating func drop(_ c: Int) {
        chosen.removeLast()
        sum -= cost[c]
        for (l, limit) in limits.enumerated() { spent[l] -= limit.amount[c] }
        for l in containing[c] { hits[Int(l)] -= 1 }
    }
}
