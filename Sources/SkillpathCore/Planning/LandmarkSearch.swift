/// Exact planning by iterated landmarks and minimum-cost hitting sets (after Haslum, Slaney
/// and Thiébaux, "Minimal Landmarks for Optimal Delete-Free Planning", ICAPS 2012).
///
/// A landmark is a set of credentials of which every valid plan holds at least one. The cheapest
/// set hitting every known landmark is a lower bound on the optimum; when that set is itself a
/// valid plan it is optimal. When it is not, the credentials that could start where it gets stuck
/// form a new landmark it misses; the landmark is shrunk to a minimal one and the loop goes on.
/// The hitting set also meets the prerequisites of what it takes (``HittingSet``), so its sets
/// pay for their prerequisite chains and far fewer rounds are needed.
/// The problem is monotone (holding more never hurts), which is what makes this exact.
struct LandmarkSearch {
    typealias Value = ObjectiveValue

    let problem: PlanningProblem
    private let task: RelaxedTask
    /// Credentials that can contribute to the goals (the relaxed task's actions).
    private let relevant: [Int]
    private var hittingSet: HittingSet
    private var cut: LandmarkCut
    private let actionCost: [Value]
    private var seeded = false
    /// The cost of the last hitting set: a lower bound on the optimum.
    private var lower: Value = 0

    /// The optimal plan in a valid order, and its cost; nil when no valid plan exists.
    private(set) var best: (order: [Int], cost: Cost)?
    /// The largest landmark worth shrinking: a larger one is kept as it is (on a large catalog,
    /// shrinking one of a thousand members costs more than the rounds it saves).
    static let minimiseUpTo = 200
    /// h^max from the start under the objective's costs, once the search has begun: a search of
    /// the same task's actions (other goals) and costs may begin from it.
    var start: LandmarkCut.Start? { cut.kept }
    /// Rounds of the loop (hitting sets solved).
    private(set) var rounds = 0
    var nodes: Int { hittingSet.nodes }
    /// Whether the deadline stopped the search before it finished.
    private(set) var timedOut = false

    /// A search of `problem`; `task` is its relaxed task when already compiled (``RelaxedTask``
    /// depends only on the goals, the start and the usable credentials, not on costs or limits).
    /// `start` is an LM-cut start kept by a search on the same task's actions and costs (``start``).
    init(problem: PlanningProblem, task: RelaxedTask? = nil, start: LandmarkCut.Start? = nil) {
        self.problem = problem
        let task = task ?? RelaxedTask(problem: problem)
        self.task = task
        relevant = task.credential.filter { $0 != RelaxedTask.auxiliary }.map(Int.init).sorted()
        let scalar = problem.costs.scalar
        hittingSet = HittingSet(cost: scalar, small: problem.costs.small, limits: problem.limits, clauses: { [problem] in problem.prerequisiteClauses(of: $0) })
        cut = LandmarkCut(task: task, start: start)
        actionCost = task.credential.map { c in c != RelaxedTask.auxiliary ? scalar[Int(c)] : 0 }
    }

    /// Runs the loop until the optimum, a proof that no plan exists, or the deadline. After a
    /// deadline, calling it again goes on where it stopped (the landmarks learned are kept).
    mutating func run(until deadline: Deadline) {
        timedOut = false
        if !seeded {
            seeded = true
            // Seed with the cuts LM-cut finds from the start; none at all means the goals are unreachable.
            guard let seed = cut.estimate(actionCost: actionCost, goals: task.goals, keepingStart: true) else {
                hittingSet.add([])
                return
            }
            for landmark in seed.cuts {
                hittingSet.add(landmark.map { Int(task.credential[Int($0)]) })
            }
        }
        while true {
            rounds += 1
            guard !deadline.hasPassed else { timedOut = true; return }
            guard let (set, cost) = hittingSet.solve(atLeast: lower, until: deadline) else {
                timedOut = hittingSet.timedOut
                return
            }
            lower = cost
            let state = problem.closureState(of: set)
            if problem.goals.allSatisfy({ $0.holds(held: state.held, levels: state.levels) }) {
                let total = state.order.reduce(Cost.zero) { $0 + problem.cost[$1] }
                best = (state.order, total)
                return
            }
            guard let landmark = newLandmark(missedBy: set, reached: state, until: deadline) else { return }
            hittingSet.add(landmark)
            // More landmarks: LM-cut with the set's credentials free, from the seed's h^max.
            let free = set.map { task.action[$0] }.filter { $0 != RelaxedTask.noAction }
            if let more = cut.estimate(freeing: free, goals: task.goals) {
                for landmark in more.cuts { hittingSet.add(landmark.map { Int(task.credential[Int($0)]) }) }
            }
        }
    }

    /// A minimal landmark that `set` misses: the credentials that could start in the state `set`
    /// reaches, shrunk by ``LandmarkShrinker`` trying the dearest first, so the landmark keeps its
    /// cheap members. At the deadline the shrinking stops: what is left is still a landmark.
    private func newLandmark(missedBy set: [Int], reached: ClosureState,
                             until deadline: Deadline) -> [Int]? {
        let inSet = Set(set)
        let landmark = relevant.filter { c in
            !reached.held[c] && !inSet.contains(c)
                && problem.prerequisites.holds(c, held: reached.held, levels: reached.levels)
        }
        if landmark.isEmpty { return nil }
        guard landmark.count <= Self.minimiseUpTo else { return landmark }
        // Everything relevant but the landmark may start: its closure is `reached`.
        var allowed = [Bool](repeating: false, count: problem.cost.count)
        for c in relevant { allowed[c] = true }
        for c in landmark { allowed[c] = false }
        var shrinker = LandmarkShrinker(problem: problem, allowed: allowed, held: reached.held, levels: reached.levels)
        let cost = hittingSet.cost
        return shrinker.shrink(landmark.sorted { cost[$0] > cost[$1] || (cost[$0] == cost[$1] && $0 > $1) }, until: deadline)
    }
}
