import HeapModule

/// The LM-cut heuristic (Helmert and Domshlak, 2009) on a ``RelaxedTask``: an admissible lower
/// bound on the cost of reaching the goals, prerequisite chains included.
///
/// Each round computes h^max, finds a cut of actions every relaxed plan must use (a disjunctive
/// action landmark), adds its cheapest cost to the bound and subtracts that cost from the cut.
struct LandmarkCut {
    /// A cost on the scalarised objective; ``LandmarkCut/disabled`` marks a forbidden action.
    typealias Value = Int128
    static let disabled: Value = -1
    static let unreachable: Value = .max

    let task: RelaxedTask
    private var cost: [Value] = []
    private var hmax: [Value]
    private var pcf: [Int32]
    private var unsatisfied: [Int32]
    private var zone: [UInt8]
    private var heap = Heap<Entry>()
    /// After ``estimate(actionCost:goals:)``: the smallest cut found, a set of actions of which
    /// every relaxed plan, and so every plan, must use one.
    private(set) var smallestCut: [Int32] = []
    /// After ``estimate(actionCost:goals:)``: every cut found, each a disjunctive action landmark.
    private(set) var cuts: [[Int32]] = []

    private struct Entry: Comparable {
        var value: Value
        var fact: Int32
        static func < (a: Entry, b: Entry) -> Bool { (a.value, a.fact) < (b.value, b.fact) }
    }

    init(task: RelaxedTask) {
        self.task = task
        hmax = [Value](repeating: Self.unreachable, count: task.factTotal)
        pcf = [Int32](repeating: -1, count: task.pre.count)
        unsatisfied = [Int32](repeating: 0, count: task.pre.count)
        zone = [UInt8](repeating: 0, count: task.factTotal)
    }

    /// The bound for reaching every fact in `goals` when actions cost `actionCost`
    /// (``disabled`` for actions that may not be used); nil when the goals are unreachable.
    mutating func estimate(actionCost: [Value], goals: [Int32]) -> Value? {
        cost = actionCost
        smallestCut = []
        cuts = []
        var total: Value = 0
        while true {
            computeHmax()
            var top: Int32 = -1
            var topValue: Value = 0
            for g in goals {
                let v = hmax[Int(g)]
                if v == Self.unreachable { return nil }
                if v > topValue || top < 0 { top = g; topValue = v }
            }
            if top < 0 || topValue == 0 { return total }
            let cut = findCut(goalFact: top)
            guard let m = cut.map({ cost[Int($0)] }).min(), m > 0 else { return total }
            if smallestCut.isEmpty || cut.count < smallestCut.count { smallestCut = cut }
            cuts.append(cut)
            total += m
            for a in cut { cost[Int(a)] -= m }
        }
    }

    /// h^max of every fact under the current costs, with each action's precondition choice.
    private mutating func computeHmax() {
        for f in hmax.indices { hmax[f] = Self.unreachable }
        heap = Heap()
        for a in task.pre.indices {
            unsatisfied[a] = Int32(task.pre[a].count)
            pcf[a] = -1
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
        for f in zone.indices { zone[f] = 0 }
        // 2: goal zone, facts that reach the goal through zero-cost justification edges.
        var stack = [goalFact]
        zone[Int(goalFact)] = 2
        while let f = stack.popLast() {
            for a in task.achievers[Int(f)] {
                let action = Int(a)
                guard unsatisfied[action] == 0, cost[action] == 0 else { continue }
                let p = pcf[action]
                if p >= 0 && zone[Int(p)] == 0 { zone[Int(p)] = 2; stack.append(p) }
            }
        }
        // 1: facts reachable from the start without entering the goal zone.
        var cut: [Int32] = []
        var frontier: [Int32] = []
        func expand(_ action: Int, _ zone: inout [UInt8], _ frontier: inout [Int32], _ cut: inout [Int32]) {
            var crosses = false
            for e in task.add[action] {
                switch zone[Int(e)] {
                case 2: crosses = true
                case 0: zone[Int(e)] = 1; frontier.append(e)
                default: break
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
