import HeapModule

/// The LM-cut heuristic (Helmert and Domshlak, 2009) on a ``RelaxedTask``: an admissible lower
/// bound on the cost of reaching the goals, prerequisite chains included.
///
/// Each round computes h^max, finds a cut of actions every relaxed plan must use (a disjunctive
/// action landmark), adds its cheapest cost to the bound and subtracts that cost from the cut.
struct LandmarkCut {
    typealias Value = ObjectiveValue
    /// The cost that marks an action that may not be used.
    static let disabled: Value = -1
    /// The h^max of a fact that cannot be reached.
    static let unreachable: Value = .max
    /// No precondition chosen (``pcf``) or no goal picked yet.
    private static let noFact: Int32 = -1

    let task: RelaxedTask
    /// The task's lists, held here for the inner loops.
    private let pre: FlatLists
    private let add: FlatLists
    private let consumers: FlatLists
    private let achievers: FlatLists
    /// The actions with no precondition.
    private let startActions: [Int32]
    private var cost: [Value] = []
    private var hmax: [Value]
    private var pcf: [Int32]
    private var unsatisfied: [Int32]
    private var heap = Heap<Entry>()
    /// The value being settled now: a fact lowered to it is settled next without the heap
    /// (nothing is pending below it, and facts of equal value may settle in any order).
    private var settling: Value = -1
    /// The facts lowered to ``settling``, waiting to be settled.
    private var atSettling: [Int32] = []
    /// h^max under some costs before any cut, kept by ``estimate(actionCost:goals:keepingStart:)``:
    /// it depends on the actions and costs, not on the goals, so another LM-cut on the same task
    /// (or one made from it by ``RelaxedTask/with(goals:)``) may start from it (``init(task:start:)``).
    struct Start {
        fileprivate let cost: [Value]
        fileprivate let hmax: [Value]
        fileprivate let pcf: [Int32]
        fileprivate let unsatisfied: [Int32]
    }
    /// The start kept by the last estimate that kept one (or given at init).
    private(set) var kept: Start?
    /// Whether to recompute h^max in full after every cut instead of lowering it from the cut
    /// (``lowerHmax(after:)``): the reference the tests hold the faster update to.
    var recomputesAfterEachCut = false
    /// Whether to find each cut by walking forward from the start over the whole justification
    /// graph (``cutByForwardWalk(goalFact:)``) instead of from the goal zone back: the reference
    /// the tests hold ``findCut(goalFact:)`` to.
    var findsCutsByForwardWalk = false
    /// Marks of one ``findCut(goalFact:)`` (its ``generation``): a fact in the goal zone, a fact
    /// of the dear region explored, a fact of that region reached from the start, an action seen.
    private var inGoalZone: [UInt32]
    private var inRegion: [UInt32]
    private var fromStart: [UInt32]
    private var actionSeen: [UInt32]
    private var generation: UInt32 = 0

    /// Where a fact lies when a cut is found.
    private enum Zone {
        /// Neither reached from the start nor in the goal zone yet.
        case unvisited
        /// Reachable from the start without entering the goal zone.
        case start
        /// Reaches the goal through zero-cost justification edges.
        case goal
    }

    /// The outcome of ``estimate(actionCost:goals:)``.
    struct Estimate {
        /// The lower bound.
        var value: Value
        /// Every cut found, each a disjunctive action landmark.
        var cuts: [[Int32]]
        /// The smallest cut found, a set of actions of which every relaxed plan, and so every
        /// plan, must use one; empty when no cut was needed.
        var smallestCut: [Int32]
    }

    private struct Entry: Comparable {
        var value: Value
        var fact: Int32
        static func < (a: Entry, b: Entry) -> Bool { (a.value, a.fact) < (b.value, b.fact) }
    }

    /// `start` is one kept on this task's actions (its own, or one made by ``RelaxedTask/with(goals:)``
    /// from the same task): an estimate under the same costs then starts from it.
    init(task: RelaxedTask, start: Start? = nil) {
        self.task = task
        kept = start.flatMap { $0.hmax.count == task.factTotal && $0.pcf.count == task.actionCount ? $0 : nil }
        pre = task.pre
        add = task.add
        consumers = task.consumers
        achievers = task.achievers
        startActions = (0..<task.actionCount).filter { task.pre.isEmpty($0) }.map(Int32.init)
        hmax = [Value](repeating: Self.unreachable, count: task.factTotal)
        pcf = [Int32](repeating: Self.noFact, count: task.actionCount)
        unsatisfied = [Int32](repeating: 0, count: task.actionCount)
        inGoalZone = [UInt32](repeating: 0, count: task.factTotal)
        inRegion = inGoalZone
        fromStart = inGoalZone
        actionSeen = [UInt32](repeating: 0, count: task.actionCount)
    }

    /// The bound for reaching every fact in `goals` when actions cost `actionCost`
    /// (``disabled`` for actions that may not be used); nil when the goals are unreachable.
    /// When `keepingStart`, h^max under these costs is kept, so a later estimate under the same
    /// costs (of this LM-cut, or of one given the start) begins from it.
    mutating func estimate(actionCost: [Value], goals: [Int32], keepingStart: Bool = false) -> Estimate? {
        if let kept, kept.cost == actionCost {
            // The same costs as the kept start: its h^max is this one.
            cost = kept.cost
            hmax = kept.hmax
            pcf = kept.pcf
            unsatisfied = kept.unsatisfied
        } else {
            cost = actionCost
            computeHmax()
            if keepingStart { kept = Start(cost: cost, hmax: hmax, pcf: pcf, unsatisfied: unsatisfied) }
        }
        return cutUntilReached(goals)
    }

    /// ``estimate(actionCost:goals:keepingStart:)`` under the kept start's costs with the `free`
    /// actions at cost 0: h^max is lowered from the kept one (``lowerHmax(after:)``) instead of
    /// computed again, and the bound and cuts are the same. The kept costs must not disable a
    /// free action.
    mutating func estimate(freeing free: [Int32], goals: [Int32]) -> Estimate? {
        guard let kept else { preconditionFailure("estimate(freeing:goals:) before a start was kept") }
        cost = kept.cost
        hmax = kept.hmax
        pcf = kept.pcf
        unsatisfied = kept.unsatisfied
        // Reachability does not depend on the costs, so what could not apply still cannot.
        var lowered: [Int32] = []
        for a in free where cost[Int(a)] > 0 {
            cost[Int(a)] = 0
            if unsatisfied[Int(a)] == 0 { lowered.append(a) }
        }
        lowerHmax(after: lowered)
        return cutUntilReached(goals)
    }

    /// The cuts from the current h^max until every goal is reached at no cost left.
    private mutating func cutUntilReached(_ goals: [Int32]) -> Estimate? {
        var smallestCut: [Int32] = []
        var cuts: [[Int32]] = []
        var total: Value = 0
        while true {
            var top = Self.noFact
            var topValue: Value = 0
            for g in goals {
                let v = hmax[Int(g)]
                if v == Self.unreachable { return nil }
                if v > topValue || top == Self.noFact { top = g; topValue = v }
            }
            let done = Estimate(value: total, cuts: cuts, smallestCut: smallestCut)
            if top == Self.noFact || topValue == 0 { return done }
            let cut = findCut(goalFact: top)
            guard let m = cut.map({ cost[Int($0)] }).min(), m > 0 else { return done }
            if smallestCut.isEmpty || cut.count < smallestCut.count { smallestCut = cut }
            cuts.append(cut)
            total += m
            for a in cut { cost[Int(a)] -= m }
            if recomputesAfterEachCut { computeHmax() } else { lowerHmax(after: cut) }
        }
    }

    /// Per action: h^max of applying it (its dearest precondition's h^max plus its own cost) when
    /// actions cost `actionCost`; ``unreachable`` for an action that can never apply. A lower bound
    /// on the cost of any plan that takes it.
    mutating func applicationCosts(actionCost: [Value]) -> [Value] {
        cost = actionCost
        computeHmax()
        return (0..<task.actionCount).map { a in
            guard unsatisfied[a] == 0, cost[a] != Self.disabled else { return Self.unreachable }
            return (pcf[a] == Self.noFact ? 0 : hmax[Int(pcf[a])]) + cost[a]
        }
    }

    /// h^max of every fact under the current costs, with each action's precondition choice: the
    /// precondition of greatest (h^max, fact). (Not simply the last one the queue settles: a
    /// zero-cost action can settle a fact of lower number at the same value later, and
    /// ``lowerHmax(after:)`` must be able to make the same choice.)
    private mutating func computeHmax() {
        for f in hmax.indices { hmax[f] = Self.unreachable }
        heap = Heap()
        for a in 0..<pre.count {
            unsatisfied[a] = Int32(pre.range(a).count)
            pcf[a] = Self.noFact
        }
        // No fact is below 0, so the start's zero-cost effects settle first.
        settling = 0
        for a in startActions where cost[Int(a)] != Self.disabled { apply(Int(a), at: 0) }
        while let f = nextSettled() {
            for k in consumers.range(f) {
                let action = Int(consumers.items[k])
                unsatisfied[action] -= 1
                if unsatisfied[action] == 0 && cost[action] != Self.disabled {
                    // Every precondition is settled, and none above this one's value.
                    pcf[action] = dearestPrecondition(of: action, from: Int32(f))
                    apply(action, at: settling)
                }
            }
        }
    }

    /// The next fact to settle, in order of value: one lowered to ``settling`` first, else the
    /// heap's least that is still current (a fact lowered again leaves a stale entry behind).
    private mutating func nextSettled() -> Int? {
        if let f = atSettling.popLast() { return Int(f) }
        while let entry = heap.popMin() {
            guard entry.value == hmax[Int(entry.fact)] else { continue }
            settling = entry.value
            return Int(entry.fact)
        }
        return nil
    }

    /// The precondition of `action` with the greatest (h^max, fact), starting from `fact`.
    private func dearestPrecondition(of action: Int, from fact: Int32) -> Int32 {
        var chosen = fact
        var value = hmax[Int(fact)]
        for j in pre.range(action) {
            let p = pre.items[j]
            let v = hmax[Int(p)]
            if v > value || (v == value && p > chosen) { chosen = p; value = v }
        }
        return chosen
    }

    /// h^max again after the cost of each action of `cut` went down: only what those actions
    /// reach can go down with them, so the queue starts from their effects instead of from
    /// scratch. The values and precondition choices are the ones ``computeHmax()`` would give.
    private mutating func lowerHmax(after cut: [Int32]) {
        // Nothing is settled yet: every lowered fact goes through the heap until one is.
        settling = -1
        // Each action's value before any is applied: applying one can lower another's chosen
        // precondition, and that precondition may then no longer be its dearest.
        let values = cut.map { a in pcf[Int(a)] == Self.noFact ? 0 : hmax[Int(pcf[Int(a)])] }
        for (a, value) in zip(cut, values) { apply(Int(a), at: value) }
        while let f = nextSettled() {
            for k in consumers.range(f) {
                let action = Int(consumers.items[k])
                // Another precondition may now be the dearest; only an action that chose this
                // fact can have a lower h^max (its others are unchanged, or are still queued).
                guard pcf[action] == Int32(f), unsatisfied[action] == 0, cost[action] != Self.disabled else { continue }
                let chosen = dearestPrecondition(of: action, from: Int32(f))
                pcf[action] = chosen
                apply(action, at: hmax[Int(chosen)])
            }
        }
    }

    private mutating func apply(_ a: Int, at value: Value) {
        let v = value + cost[a]
        for k in add.range(a) {
            let e = add.items[k]
            if v < hmax[Int(e)] {
                hmax[Int(e)] = v
                if v == settling { atSettling.append(e) } else { heap.insert(Entry(value: v, fact: e)) }
            }
        }
    }

    /// Whether `action` can apply under the current costs.
    private func usable(_ action: Int) -> Bool {
        unsatisfied[action] == 0 && cost[action] != Self.disabled
    }

    /// The actions crossing from the start's zone into the goal zone (the facts that reach
    /// `goalFact` at no cost along the precondition choices), found from the goal zone back.
    ///
    /// A goal-zone fact's h^max is at least the goal's, so every fact below the goal's h^max
    /// lies in the start's zone (the choices that reach it stay below it). Only an achiever of
    /// the goal zone whose chosen precondition is as dear as the goal needs more: whether that
    /// precondition is reached from the start without the goal zone, decided over the dear
    /// facts behind it. The same cut as ``cutByForwardWalk(goalFact:)``, in another order,
    /// without visiting the whole task.
    private mutating func findCut(goalFact: Int32) -> [Int32] {
        if findsCutsByForwardWalk { return cutByForwardWalk(goalFact: goalFact) }
        generation &+= 1
        if generation == 0 {
            for f in inGoalZone.indices { inGoalZone[f] = 0; inRegion[f] = 0; fromStart[f] = 0 }
            for a in actionSeen.indices { actionSeen[a] = 0 }
            generation = 1
        }
        let mark = generation
        let top = hmax[Int(goalFact)]
        var goalZone = [goalFact]
        inGoalZone[Int(goalFact)] = mark
        var next = 0
        while next < goalZone.count {
            let f = Int(goalZone[next])
            next += 1
            for k in achievers.range(f) {
                let action = Int(achievers.items[k])
                guard unsatisfied[action] == 0, cost[action] == 0 else { continue }
                let p = pcf[action]
                if p != Self.noFact && inGoalZone[Int(p)] != mark { inGoalZone[Int(p)] = mark; goalZone.append(p) }
            }
        }
        var cut: [Int32] = []
        var undecided: [Int32] = []
        for f in goalZone {
            for k in achievers.range(Int(f)) {
                let action = Int(achievers.items[k])
                guard actionSeen[action] != mark, usable(action) else { continue }
                actionSeen[action] = mark
                let p = pcf[action]
                if p == Self.noFact || hmax[Int(p)] < top {
                    cut.append(Int32(action))
                } else if inGoalZone[Int(p)] != mark {
                    undecided.append(Int32(action))
                }
            }
        }
        if !undecided.isEmpty { markReachedFromStart(undecided, top: top, mark: mark) }
        for a in undecided where fromStart[Int(pcf[Int(a)])] == mark { cut.append(a) }
        return cut
    }

    /// Marks ``fromStart`` the dear facts (h^max at least `top`, outside the goal zone) behind
    /// the chosen preconditions of `actions` that the start reaches without the goal zone.
    private mutating func markReachedFromStart(_ actions: [Int32], top: Value, mark: UInt32) {
        // Back from the preconditions over the dear facts, noting those with an achiever that
        // starts from the start's zone.
        var stack: [Int32] = []
        for a in actions {
            let p = pcf[Int(a)]
            if inRegion[Int(p)] != mark { inRegion[Int(p)] = mark; stack.append(p) }
        }
        var reached: [Int32] = []
        while let q = stack.popLast() {
            var entered = false
            for k in achievers.range(Int(q)) {
                let action = Int(achievers.items[k])
                guard usable(action) else { continue }
                let r = pcf[action]
                if r == Self.noFact || hmax[Int(r)] < top {
                    entered = true
                } else if inGoalZone[Int(r)] != mark && inRegion[Int(r)] != mark {
                    inRegion[Int(r)] = mark
                    stack.append(r)
                }
            }
            if entered { fromStart[Int(q)] = mark; reached.append(q) }
        }
        // Forward from those within the region.
        while let f = reached.popLast() {
            for k in consumers.range(Int(f)) {
                let action = Int(consumers.items[k])
                guard pcf[action] == f, usable(action) else { continue }
                for j in add.range(action) {
                    let e = Int(add.items[j])
                    if inRegion[e] == mark && fromStart[e] != mark { fromStart[e] = mark; reached.append(Int32(e)) }
                }
            }
        }
    }

    /// The actions crossing from the start's zone into the zone that reaches the goal at no
    /// cost, found by walking the whole justification graph forward from the start.
    private func cutByForwardWalk(goalFact: Int32) -> [Int32] {
        // The tests' reference only: its own marks, made afresh each time.
        var zone = [Zone](repeating: .unvisited, count: task.factTotal)
        var stack = [goalFact]
        zone[Int(goalFact)] = .goal
        while let f = stack.popLast() {
            for k in achievers.range(Int(f)) {
                let action = Int(achievers.items[k])
                guard unsatisfied[action] == 0, cost[action] == 0 else { continue }
                let p = pcf[action]
                if p != Self.noFact && zone[Int(p)] == .unvisited { zone[Int(p)] = .goal; stack.append(p) }
            }
        }
        var cut: [Int32] = []
        var frontier: [Int32] = []
        func expand(_ action: Int, _ zone: inout [Zone], _ frontier: inout [Int32], _ cut: inout [Int32]) {
            var crosses = false
            for k in add.range(action) {
                let e = add.items[k]
                switch zone[Int(e)] {
                case .goal: crosses = true
                case .unvisited: zone[Int(e)] = .start; frontier.append(e)
                case .start: break
                }
            }
            if crosses { cut.append(Int32(action)) }
        }
        for a in startActions where cost[Int(a)] != Self.disabled {
            expand(Int(a), &zone, &frontier, &cut)
        }
        while let f = frontier.popLast() {
            for k in consumers.range(Int(f)) {
                let a = Int(consumers.items[k])
                if pcf[a] == f && unsatisfied[a] == 0 && cost[a] != Self.disabled {
                    expand(a, &zone, &frontier, &cut)
                }
            }
        }
        return cut
    }
}
