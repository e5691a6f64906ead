/// The planning problem as a delete-free STRIPS task, for the LM-cut lower bound.
///
/// Facts are "skill s at level ≥ L" and "credential c held", plus one auxiliary fact per
/// disjunction. Each relevant usable credential is an action: its prerequisites are its
/// preconditions and the levels it grants are its effects. A disjunction becomes zero-cost
/// auxiliary actions, one per alternative. A stack's "k of these" becomes one disjunction per
/// set of parts that must contain a taken one (see ``stack(_:of:problem:queue:)``). Facts true at
/// the start are compiled away.
struct RelaxedTask {
    /// Per action: its preconditions (fact ids); an empty list means applicable from the start.
    private(set) var pre = FlatLists([], ranges: [])
    /// Per action: its effects (fact ids).
    private(set) var add = FlatLists([], ranges: [])
    /// The credential an action stands for, or ``auxiliary``.
    var credential: [Int32] = []
    /// Per fact: the actions that have it as a precondition.
    private(set) var consumers = FlatLists([], ranges: [])
    /// Per fact: the actions that have it as an effect.
    private(set) var achievers = FlatLists([], ranges: [])
    /// The goal facts (the role's conditions).
    private(set) var goals: [Int32] = []
    /// The goals the task was compiled for (the problem's), and per goal its facts.
    private let compiledGoals: [Requirement]
    private var goalFacts = FlatLists([], ranges: [])
    /// Per credential: the fact "it is held", or ``noFact`` when no relevant action gives it.
    var heldFact: [Int32]
    /// Per credential: its action, or ``noAction`` when it is not relevant or not usable.
    var action: [Int32]

    /// The ``credential`` of an auxiliary action (one alternative of a disjunction).
    static let auxiliary: Int32 = -1
    /// The ``heldFact`` of a credential no relevant action gives.
    static let noFact: Int32 = -1
    /// The ``action`` of a credential that is not relevant or not usable.
    static let noAction: Int32 = -1
    /// The ``action`` of a credential queued for compilation, before its action exists.
    private static let queued: Int32 = -2
    /// A fact that can never be true (stands for `.never` and unreachable atoms).
    let impossible: Int32 = 0

    /// The fact "skill s at level ≥ l" at `s * levelSlots + l`, or ``noFact`` before it is made.
    private var skillFacts: [Int32]
    /// One more than the highest level any credential grants (or ``Limits/level``'s top): a
    /// level above that can never be reached.
    private let levelSlots: Int
    private var factCount: Int32 = 1
    /// The actions' preconditions and effects while the task is compiled (then flattened into
    /// ``pre`` and ``add``). Requirements are compiled by pushing their facts on ``stack``; an
    /// action's list, once complete, is sorted, made unique and moved to ``pool``. (An action's
    /// preconditions can finish after those of the disjunctions inside them, so the lists sit in
    /// the pool in the order finished, each action holding its range.)
    private struct Draft {
        var pool: [Int32] = []
        var pre: [Range<Int>] = []
        var add: [Range<Int>] = []
        var stack: [Int32] = []

        /// The facts pushed on the stack from `mark` on, sorted and each once, moved to the pool.
        mutating func finish(from mark: Int) -> Range<Int> {
            if stack.count - mark > 1 {
                // Sorted in place: most lists hold a few facts, which insertion sort orders fastest.
                stack.withUnsafeMutableBufferPointer { buffer in
                    var list = UnsafeMutableBufferPointer(rebasing: buffer[mark...])
                    guard list.count <= 16 else { list.sort(); return }
                    for i in 1..<list.count {
                        let fact = list[i]
                        var j = i
                        while j > 0 && list[j - 1] > fact { list[j] = list[j - 1]; j -= 1 }
                        list[j] = fact
                    }
                }
            }
            let start = pool.count
            for k in mark..<stack.count where pool.count == start || pool[pool.count - 1] != stack[k] {
                pool.append(stack[k])
            }
            stack.removeSubrange(mark...)
            return start..<pool.count
        }
    }
    private var building = Draft()

    var factTotal: Int { Int(factCount) }
    /// The number of actions.
    var actionCount: Int { credential.count }

    init(problem: PlanningProblem) {
        let n = problem.cost.count
        heldFact = [Int32](repeating: Self.noFact, count: n)
        action = [Int32](repeating: Self.noAction, count: n)
        levelSlots = problem.topLevel + 1
        skillFacts = [Int32](repeating: Self.noFact, count: problem.startLevels.count * levelSlots)
        compiledGoals = problem.goals
        var queue: [Int] = []
        var goalLists: [Range<Int>] = []
        for goal in problem.goals {
            compile(goal, problem: problem, queue: &queue)
            goalLists.append(building.finish(from: 0))
        }
        for list in goalLists { building.stack.append(contentsOf: building.pool[list]) }
        goals = Array(building.pool[building.finish(from: 0)])
        goalFacts = FlatLists(building.pool, ranges: goalLists)
        // Every relevant credential becomes an action; its prerequisites pull in more.
        var head = 0
        while head < queue.count {
            let c = queue[head]; head += 1
            let a = building.pre.count
            action[c] = Int32(a)
            building.pre.append(0..<0); building.add.append(0..<0); credential.append(Int32(c))
            compile(problem.requirements[c], problem: problem, queue: &queue)
            building.pre[a] = building.finish(from: 0)
        }
        // Effects last: skill facts are created while compiling later actions' prerequisites.
        for c in queue {
            building.stack.append(heldFact[c])
            for (s, level) in problem.grants[c] where level >= 1 {
                for l in 1...level where skillFacts[s * levelSlots + l] != Self.noFact {
                    building.stack.append(skillFacts[s * levelSlots + l])
                }
            }
            building.add[Int(action[c])] = building.finish(from: 0)
        }
        pre = FlatLists(building.pool, ranges: building.pre)
        add = FlatLists(building.pool, ranges: building.add)
        consumers = FlatLists(inverting: building.pool, ranges: building.pre, count: factTotal)
        achievers = FlatLists(inverting: building.pool, ranges: building.add, count: factTotal)
        building = Draft()
    }

    /// This task with other goals, each one the task was compiled for (nil when one is not), so a
    /// search of a problem with fewer goals can reuse the task of the problem with all of them.
    /// The actions of the task compiled for those goals alone are among these, and an action more
    /// gives no fact those goals need: LM-cut's bounds stay admissible, and its cuts leave the
    /// extra actions out.
    func with(goals requirements: [Requirement]) -> RelaxedTask? {
        var facts: [Int32] = []
        for requirement in requirements {
            guard let g = compiledGoals.firstIndex(of: requirement) else { return nil }
            facts.append(contentsOf: goalFacts.items[goalFacts.range(g)])
        }
        var task = self
        task.goals = Array(Set(facts)).sorted()
        return task
    }

    private mutating func newFact() -> Int32 {
        defer { factCount += 1 }
        return factCount
    }

    private mutating func fact(held c: Int) -> Int32 {
        if heldFact[c] == Self.noFact { heldFact[c] = newFact() }
        return heldFact[c]
    }

    /// Compiles conjunctive requirements into precondition facts (pushed on the draft's stack),
    /// queueing achievers.
    private mutating func compile(_ requirements: [Requirement], problem: PlanningProblem, queue: inout [Int]) {
        for requirement in requirements { compile(requirement, problem: problem, queue: &queue) }
    }

    private mutating func compile(_ requirement: Requirement, problem: PlanningProblem, queue: inout [Int]) {
        if requirement.holds(held: problem.startHeld, levels: problem.startLevels) { return }
        switch requirement {
        case .skill(let s, let level):
            guard level < levelSlots else { building.stack.append(impossible); return }
            let slot = s * levelSlots + level
            if skillFacts[slot] != Self.noFact { building.stack.append(skillFacts[slot]); return }
            let f = newFact()
            skillFacts[slot] = f
            for (c, granted) in problem.grantors[s] where granted >= level { enqueue(c, &queue) }
            building.stack.append(f)
        case .credential(let c):
            guard problem.usable[c] else { building.stack.append(impossible); return }
            enqueue(c, &queue)
            building.stack.append(fact(held: c))
        case .allOf(let parts):
            compile(parts, problem: problem, queue: &queue)
        case .anyOf(let parts):
            let f = disjunction(parts, problem: problem, queue: &queue)
            building.stack.append(f)
        case .atLeast(let k, let of):
            stack(k, of: of, problem: problem, queue: &queue)
        case .never:
            building.stack.append(impossible)
        }
    }

    /// "At least k of these held" as facts. Of the parts that may still be taken, every set of
    /// (open − need + 1) must contain a taken one: one disjunction each, which is exact. When there
    /// would be too many such sets the stack is relaxed to "one of these", which stays admissible.
    private mutating func stack(_ k: Int, of parts: [Int], problem: PlanningProblem, queue: inout [Int]) {
        let need = k - parts.filter { problem.startHeld[$0] }.count
        let open = parts.filter { !problem.startHeld[$0] && problem.usable[$0] }
        if need <= 0 { return }
        if open.count < need { building.stack.append(impossible); return }
        let size = open.count - need + 1
        if size == 1 { return compile(open.map { .credential($0) }, problem: problem, queue: &queue) }
        guard Self.binomial(open.count, size) <= Self.stackClauseLimit else {
            let f = disjunction(open.map { .credential($0) }, problem: problem, queue: &queue)
            building.stack.append(f)
            return
        }
        var subset = Array(0..<size)
        while true {
            let f = disjunction(subset.map { .credential(open[$0]) }, problem: problem, queue: &queue)
            building.stack.append(f)
            // The next subset in lexicographic order.
            var i = size - 1
            while i >= 0 && subset[i] == open.count - size + i { i -= 1 }
            if i < 0 { break }
            subset[i] += 1
            for j in (i + 1)..<size { subset[j] = subset[j - 1] + 1 }
        }
    }

    /// The most disjunctions one stack is compiled into before it is relaxed to "one of these".
    static let stackClauseLimit = 128

    /// n choose k, saturating well above ``stackClauseLimit``.
    static func binomial(_ n: Int, _ k: Int) -> Int {
        var result = 1
        for i in 0..<min(k, n - k) {
            result = result * (n - i) / (i + 1)
            if result > 1 << 20 { return result }
        }
        return result
    }

    /// An auxiliary fact made true by any one of the alternatives.
    private mutating func disjunction(_ parts: [Requirement], problem: PlanningProblem, queue: inout [Int]) -> Int32 {
        let f = newFact()
        for part in parts {
            let mark = building.stack.count
            compile(part, problem: problem, queue: &queue)
            if building.stack[mark...].contains(impossible) {
                building.stack.removeSubrange(mark...)
                continue
            }
            building.pre.append(building.finish(from: mark))
            building.stack.append(f)
            building.add.append(building.finish(from: building.stack.count - 1))
            credential.append(Self.auxiliary)
        }
        return f
    }

    private mutating func enqueue(_ c: Int, _ queue: inout [Int]) {
        if action[c] == Self.noAction {
            action[c] = Self.queued
            queue.append(c)
            _ = fact(held: c)
        }
    }
}
