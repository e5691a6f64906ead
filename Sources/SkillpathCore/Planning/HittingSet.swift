/// An exact minimum-cost hitting set: the cheapest set of credentials containing at least one
/// member of every landmark, within every resource limit.
///
/// Depth-first branch and bound: branch on the unhit landmark with the fewest usable members;
/// branch i takes member i and forbids members 0..<i, so branches partition the solutions.
/// The bound shares each member's cost among the unhit landmarks it would hit.
///
/// Each credential also brings its prerequisite clauses (``PlanningProblem/prerequisiteClauses(of:)``,
/// worked out the first time it is taken):
/// once it is chosen, they must be hit too, as every valid plan holding it meets its
/// prerequisites. A solution is then a set whose members' direct prerequisites it meets, its
/// prerequisite chains are paid for in the bound, and the landmark loop has little left to learn.
///
/// Landmarks can have a thousand members on a large catalog, and every node walks every unhit
/// one, so the walk is one pass over flat arrays: the landmarks' members back to back, and per
/// credential the number of unhit landmarks holding it, kept up to date as credentials are taken.
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
    /// Per credential c and limit i: `limits[i].amount[c]` at `c * limits.count + i`.
    private let amounts: [Int64]

    /// The landmarks' members, one landmark after another; landmark l is `members[offsets[l]..<offsets[l + 1]]`.
    private var members: [Int32] = []
    private var offsets: [Int] = [0]
    /// Per credential: the landmarks holding it, as a list through ``holding``: its first entry
    /// (or −1). Flat arrays, so a search of a large catalog allocates and frees a few arrays
    /// instead of one per credential.
    private var firstHolding: [Int32]
    private var holding: [Holding] = []
    /// One entry of a credential's list of the landmarks holding it.
    private struct Holding {
        /// The landmark.
        var landmark: Int32
        /// The credential's next entry, or −1.
        var next: Int32
    }
    /// Per landmark: how many chosen credentials it holds.
    private var hits: [Int32] = []
    /// Per landmark: whether it must be hit now (a landmark always; a clause once its credential is chosen).
    private var required: [Bool] = []
    /// The landmarks proper (not clauses), in the order added.
    private var proper: [Int32] = []
    /// Per credential: where its prerequisite clauses, as landmark numbers, start in
    /// ``clauseNumbers`` once worked out (else −1), and end.
    private var clauseStart: [Int32]
    private var clauseEnd: [Int32]
    private var clauseNumbers: [Int32] = []
    /// Per credential: its prerequisite clauses (sets of credentials of which a plan holding it
    /// holds at least one each); none when the search has no clauses.
    private let clauses: ((Int) -> [[Int]])?
    /// Per credential: whether it is chosen.
    private var isChosen: [Bool]
    /// The clauses of the chosen credentials, in the order chosen.
    private var activeClauses: [Int32] = []
    /// Per credential: how many unhit landmarks hold it.
    private var open: [Int32]
    private var chosen: [Int] = []
    private var forbidden: [Bool]
    private var sum: Value = 0
    /// Per limit: its sum over the chosen credentials.
    private var spent: [Int64]
    /// Per limit: the shared bound of its amount over the unhit landmarks, worked out at each node.
    private var sharedAmount: [Int64]
    /// Per limit: the least amount share in the landmark being walked (scratch for ``walkUnhit()``).
    private var cheapestAmount: [Int64]
    /// Per limit: the price λ put on its amount by the Lagrangian bound at this node (0: not used).
    private var multiplier: [Int64]
    /// Per limit: the least share of cost + λ × amount in the landmark being walked (scratch).
    private var cheapestWeighted: [Int64]
    /// Per limit: Σ over the unhit landmarks of ``cheapestWeighted`` (the walk's result).
    private var sharedWeighted: [Value]
    private var best: (set: [Int], cost: Value)?
    private var target: Value = 0
    /// Search nodes visited over all solves.
    private(set) var nodes = 0

    /// A hitting set over credentials of `cost`; `clauses` gives a credential's prerequisite
    /// clauses (sets of credentials of which a plan holding it holds at least one each).
    /// `small` is `cost` as `Int64` when every cost fits, if the caller has it already.
    init(cost: [Value], small: [Int64]? = nil, limits: [ResourceLimit], clauses: ((Int) -> [[Int]])? = nil) {
        self.cost = cost
        self.limits = limits
        let small = small ?? (cost.allSatisfy { $0 >= 0 && $0 <= Value(Int64.max) } ? cost.map { Int64($0) } : nil)
        costsFitInt64 = small != nil
        smallCost = small ?? []
        var amounts: [Int64] = []
        amounts.reserveCapacity(cost.count * limits.count)
        for c in cost.indices { for limit in limits { amounts.append(limit.amount[c]) } }
        self.amounts = amounts
        spent = [Int64](repeating: 0, count: limits.count)
        sharedAmount = spent
        cheapestAmount = spent
        multiplier = spent
        cheapestWeighted = spent
        sharedWeighted = [Value](repeating: 0, count: limits.count)
        firstHolding = [Int32](repeating: -1, count: cost.count)
        open = [Int32](repeating: 0, count: cost.count)
        forbidden = [Bool](repeating: false, count: cost.count)
        clauseStart = firstHolding
        clauseEnd = firstHolding
        isChosen = [Bool](repeating: false, count: cost.count)
        self.clauses = clauses
    }

    /// Where credential `c`'s clauses, as landmark numbers, sit in ``clauseNumbers``: stored the
    /// first time (hit by what is chosen now).
    private mutating func clauseLandmarks(of c: Int) -> Range<Int> {
        if clauseStart[c] >= 0 { return Int(clauseStart[c])..<Int(clauseEnd[c]) }
        var numbers: [Int32] = []
        for clause in clauses?(c) ?? [] {
            let l = append(clause, required: false)
            for k in offsets[l]..<offsets[l + 1] where isChosen[Int(members[k])] { hits[l] += 1 }
            numbers.append(Int32(l))
        }
        clauseStart[c] = Int32(clauseNumbers.count)
        clauseNumbers.append(contentsOf: numbers)
        clauseEnd[c] = Int32(clauseNumbers.count)
        return Int(clauseStart[c])..<Int(clauseEnd[c])
    }

    /// Stores a landmark or a clause; a required one counts in its members' ``open`` at once.
    private mutating func append(_ members: [Int], required isRequired: Bool) -> Int {
        let index = hits.count
        // Each member once, in order: sorted, and a member equal to the one before skipped.
        let sorted = members.sorted()
        for (k, c) in sorted.enumerated() where k == 0 || sorted[k - 1] != c {
            self.members.append(Int32(c))
            holding.append(Holding(landmark: Int32(index), next: firstHolding[c]))
            firstHolding[c] = Int32(holding.count - 1)
            if isRequired { open[c] += 1 }
        }
        offsets.append(self.members.count)
        hits.append(0)
        required.append(isRequired)
        return index
    }

    /// The number of landmarks added.
    var landmarkCount: Int { proper.count }

    /// Adds a landmark: a set of credentials of which every plan holds at least one. Called
    /// between solves, when nothing is chosen.
    mutating func add(_ landmark: [Int]) {
        proper.append(Int32(append(landmark, required: true)))
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

    /// What one walk over the unhit landmarks finds: where to branch and the cost bound.
    private struct Walk {
        /// The unhit landmark with the fewest usable members; nil when every landmark is hit.
        var branch: Int?
        /// Whether an unhit landmark has no usable member left (the node has no solution).
        var dead = false
        /// Σ over unhit landmarks of the cheapest member's cost divided among the unhit landmarks
        /// it holds, or the dearest single landmark's cheapest member, or a limit's Lagrangian
        /// bound (``setMultipliers()``), whichever is largest.
        var bound: Value = 0
    }

    /// Chooses each limit's λ for this node's Lagrangian bound: the cost still to spend before the
    /// best set found so far, over what is left of the limit (none without a best set).
    ///
    /// For any λ ≥ 0, a completion T within the limit (amount(T) ≤ left) costs at least
    /// cost(T) + λ (amount(T) − left) = Σ over T of (cost + λ × amount) − λ × left, and sharing
    /// cost + λ × amount among the unhit landmarks (as the plain bound shares cost) bounds that
    /// sum from below. With λ at this ratio, landmarks whose cheap members would together spend
    /// more than is left push the bound up, where the plain bound sees only their costs: a closest
    /// plan's stand-ins (which cost more than everything else but spend nothing) are forced this way.
    private mutating func setMultipliers() {
        for i in limits.indices { multiplier[i] = 0 }
        guard let known = best else { return }
        let gap = known.cost - sum
        guard gap > 0 else { return }
        for (i, limit) in limits.enumerated() {
            let left = limit.bound - spent[i]
            guard left > 0 else { continue }
            multiplier[i] = Int64(clamping: gap / Value(left))
        }
    }

    private mutating func visit() {
        nodes += 1
        // A node walks every landmark, so a clock read every 16 nodes costs nothing beside it.
        if nodes & 15 == 0 && deadline.hasPassed { timedOut = true }
        if timedOut { return }
        setMultipliers()
        let walk = walkUnhit()
        if walk.dead { return }
        guard let branch = walk.branch else {
            if best == nil || sum < best!.cost, withinLimits() { best = (chosen, sum) }
            return
        }
        if let known = best {
            if known.cost <= target { return }
            if sum + walk.bound >= known.cost { return }
        }
        if !withinLimits() { return }

        let members = self.members[offsets[branch]..<offsets[branch + 1]].map(Int.init).filter { !forbidden[$0] }.sorted { a, b in
            let sa = share(a), sb = share(b)
            return sa != sb ? sa < sb : (cost[a] != cost[b] ? cost[a] < cost[b] : a < b)
        }
        var forbade: [Int] = []
        for c in members {
            // A member that would reach the best cost or break a limit is in no better set here,
            // nor in the later branches (sums only grow below this node): forbidden at once.
            if !canImprove(taking: c) {
                forbidden[c] = true
                forbade.append(c)
                continue
            }
            take(c)
            visit()
            drop(c)
            if let known = best, known.cost <= target { break }
            forbidden[c] = true
            forbade.append(c)
        }
        for c in forbade { forbidden[c] = false }
    }

    /// One pass over the unhit landmarks: the branching landmark, the cost bound, and each
    /// limit's shared bound (left in ``sharedAmount``).
    private mutating func walkUnhit() -> Walk {
        var walk = Walk()
        var branchSize = Int.max
        var shared: Value = 0, single: Value = 0
        let limitCount = limits.count
        for i in 0..<limitCount { sharedAmount[i] = 0; sharedWeighted[i] = 0 }
        let fits = costsFitInt64
        let weighted = fits && multiplier.contains { $0 > 0 }
        members.withUnsafeBufferPointer { members in
        forbidden.withUnsafeBufferPointer { forbidden in
        open.withUnsafeBufferPointer { open in
        smallCost.withUnsafeBufferPointer { smallCost in
        cost.withUnsafeBufferPointer { cost in
        amounts.withUnsafeBufferPointer { amounts in
            for group in [proper, activeClauses] {
            for l32 in group where hits[Int(l32)] == 0 {
                let l = Int(l32)
                var size = 0
                var cheapestShare = Value.max, cheapest = Value.max
                for i in 0..<limitCount { cheapestAmount[i] = Int64.max; cheapestWeighted[i] = Int64.max }
                for k in offsets[l]..<offsets[l + 1] {
                    let m = Int(members[k])
                    if forbidden[m] { continue }
                    size += 1
                    let holders = max(open[m], 1)
                    let memberShare = fits ? Value(smallCost[m] / Int64(holders)) : cost[m] / Value(holders)
                    if memberShare < cheapestShare { cheapestShare = memberShare }
                    if cost[m] < cheapest { cheapest = cost[m] }
                    for i in 0..<limitCount {
                        let amount = amounts[m * limitCount + i] / Int64(holders)
                        if amount < cheapestAmount[i] { cheapestAmount[i] = amount }
                        guard weighted && multiplier[i] > 0 else { continue }
                        // cost + λ × amount, saturating: a lower weight only weakens the bound.
                        let (product, overflow) = multiplier[i].multipliedReportingOverflow(by: amounts[m * limitCount + i])
                        let (weight, overflow2) = smallCost[m].addingReportingOverflow(product)
                        let share = (overflow || overflow2 ? Int64.max : weight) / Int64(holders)
                        if share < cheapestWeighted[i] { cheapestWeighted[i] = share }
                    }
                }
                if size == 0 { walk.dead = true; return }
                if size < branchSize { branchSize = size; walk.branch = l }
                shared += cheapestShare
                if cheapest > single { single = cheapest }
                for i in 0..<limitCount {
                    sharedAmount[i] += cheapestAmount[i]
                    if weighted && multiplier[i] > 0 { sharedWeighted[i] += Value(cheapestWeighted[i]) }
                }
            }
            }
        }}}}}}
        walk.bound = max(shared, single)
        if weighted {
            for (i, limit) in limits.enumerated() where multiplier[i] > 0 {
                let lagrangian = sharedWeighted[i] - Value(multiplier[i]) * Value(limit.bound - spent[i])
                if lagrangian > walk.bound { walk.bound = lagrangian }
            }
        }
        return walk
    }

    /// A credential's cost divided among the unhit landmarks it hits (at least one), rounded down.
    private func share(_ c: Int) -> Value {
        let holders = max(open[c], 1)
        if costsFitInt64 { return Value(smallCost[c] / Int64(holders)) }
        return cost[c] / Value(holders)
    }

    /// Whether taking `c` keeps the sum under the best set's cost and every limit.
    private func canImprove(taking c: Int) -> Bool {
        if let known = best, sum + cost[c] >= known.cost { return false }
        for (i, limit) in limits.enumerated() where !limit.allows(spent[i] + amounts[c * limits.count + i]) { return false }
        return true
    }

    /// Whether every limit can still hold: its sum so far plus its shared bound over the unhit
    /// landmarks (from the last walk) is within it.
    private func withinLimits() -> Bool {
        for (i, limit) in limits.enumerated() where !limit.allows(spent[i] + sharedAmount[i]) { return false }
        return true
    }

    private mutating func take(_ c: Int) {
        chosen.append(c)
        sum += cost[c]
        for i in limits.indices { spent[i] += amounts[c * limits.count + i] }
        var entry = firstHolding[c]
        while entry >= 0 {
            let l = Int(holding[Int(entry)].landmark)
            hits[l] += 1
            if hits[l] == 1 && required[l] { changeOpen(l, by: -1) }
            entry = holding[Int(entry)].next
        }
        isChosen[c] = true
        for k in clauseLandmarks(of: c) {
            let l = clauseNumbers[k]
            required[Int(l)] = true
            activeClauses.append(l)
            if hits[Int(l)] == 0 { changeOpen(Int(l), by: 1) }
        }
    }

    private mutating func changeOpen(_ l: Int, by delta: Int32) {
        for k in offsets[l]..<offsets[l + 1] { open[Int(members[k])] += delta }
    }

    private mutating func drop(_ c: Int) {
        chosen.removeLast()
        sum -= cost[c]
        for i in limits.indices { spent[i] -= amounts[c * limits.count + i] }
        isChosen[c] = false
        for k in (Int(clauseStart[c])..<Int(clauseEnd[c])).reversed() {
            let l = Int(clauseNumbers[k])
            if hits[l] == 0 { changeOpen(l, by: -1) }
            required[l] = false
            activeClauses.removeLast()
        }
        var entry = firstHolding[c]
        while entry >= 0 {
            let l = Int(holding[Int(entry)].landmark)
            if hits[l] == 1 && required[l] { changeOpen(l, by: 1) }
            hits[l] -= 1
            entry = holding[Int(entry)].next
        }
    }
}
