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
    private var cost: [Value] = []
    private var hmax: [Value]
    private var pcf: [Int32]
    private var unsatisfied: [Int32]
    private var zone: [Zone]
    private var heap = Heap<Entry>()

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

    init(task: RelaxedTask) {
        self.task = task
        hmax = [Value](repeating: Self.unreachable, count: task.factTotal)
        pcf = [Int32](repeating: Self.noFact, count: task.pre.count)
        unsatisfied = [Int32](repeating: 0, count: task.pre.count)
        zone = [Zone](repeating: .unvisited, count: task.factTotal)
    }

    /// The bound for reaching every fact in `goals` when actions cost `actionCost`
    /// (``disabled`` for actions that may not be used); nil when the goals are unreachable.
    mutating func estimate(actionCost: [Value], goals: [Int32]) -> Estimate? {
        cost = actionCost
        var smallestCut: [Int32] = []
        var cuts: [[Int32]] = []
        var total: Value = 0
        while true {
            computeHmax()
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
        }
    }

    /// Per action: h^max of applying it (its dearest precondition's h^max plus its own cost) when
    /// actions cost `actionCost`; ``unreachable`` for an action that can never apply. A lower bound
    /// on the cost of any plan that takes it.
    mutating func applicationCosts(actionCost: [Value]) -> [Value] {
        cost = actionCost
        computeHmax()
        return task.pre.indices.map { a in
            guard unsatisfied[a] == 0, cost[a] != Self.disabled else { return Self.unreachable }
            return (pcf[a] == Self.noFact ? 0 : hmax[Int(pcf[a])]) + cost[a]
        }
    }

    /// h^max of every fact under the current costs, with each action's precondition choice.
    private mutating func computeHmax() {
        for f in hmax.indices { hmax[f] = Self.unreachable }
        heap = Heap()
        for a in task.pre.indices {
            unsatisfied[a] = Int32(task.pre[a].count)
            pcf[a] = Self.noFact
            if unsatisfied[a] == 0 && cost[a] != Self.disabled { apply(a, at: 0) }
        }
        while let entry = heap.popMin() {
            let f = Int(entry.fact)
            guard entry.value == hmax[f] else { continue }
            for a in task.consumers[f] {
                let action = Int(a)
                unsatisfied[action] -= 1
                if unsatisfied[action] == 0 && cost[action] != Self.disabled {
                    pcf[action] = entry.fact
                    apply(action, at: entry.value)
                }
            }
        }
    }

    private mutating func apply(_ a: Int, at value: Value) {
        let v = value + cost[a]
        for e in task.add[a] where v < hmax[Int(e)] {
            hmax[Int(e)] = v
            heap.insert(Entry(value: v, fact: e))
        }
    }

    /// The actions crossing from the start's zone into the zone that reaches the goal at no cost.
    private mutating func findCut(goalFact: Int32) -> [Int32] {
        for f in zone.indices { zone[f] = .unvisited }
        var stack = [goalFact]
        zone[Int(goalFact)] = .goal
        while let f = stack.popLast() {
            for a in task.achievers[Int(f)] {
                let action = Int(a)
                guard unsatisfied[action] == 0, cost[action] == 0 else { continue }
                let p = pcf[action]
                if p != Self.noFact && zone[Int(p)] == .unvisited { zone[Int(p)] = .goal; stack.append(p) }
            }
        }
        var cut: [Int32] = []
        var frontier: [Int32] = []
        func expand(_ action: Int, _ zone: inout [Zone], _ frontier: inout [Int32], _ cut: inout [Int32]) {
            var crosses = false
            for e in task.add[action] {
                switch zone[Int(e)] {
                case .goal: crosses = true
                case .unvisited: zone[Int(e)] = .start; frontier.append(e)
                case .start: break
                }
            }
            if crosses { cut.append(Int32(action)) }
        }
        for a in task.pre.indices where task.pre[a].isEmpty && cost[a] != Self.disabled {
            expand(a, &zone, &frontier, &cut)
        }
        while let f = frontier.popLast() {
            for a in task.consumers[Int(f)] where pcf[Int(a)] == f && unsatisfied[Int(a)] == 0 && cost[Int(a)] != Self.disabled {
                expand(Int(a), &zone, &frontier, &cut)
            }
        }
        return cut
    }
}
