/// Shrinks a landmark to a minimal one by growing, one credential at a time, a set from which
/// the goals stay out of reach.
///
/// A landmark found where a hitting set gets stuck is every credential that could start there:
/// on a large catalog a thousand or more, which bound almost nothing. Its minimal core is found by
/// trying the members in turn (dearest first, so the cheap ones stay): a member is allowed when
/// the closure of everything allowed still misses the goals, and kept in the landmark when it
/// would reach them. What is kept is a landmark (every plan avoiding it lies inside the allowed
/// set, whose closure misses the goals) and minimal (each kept member with the allowed set is a
/// plan that meets the goals and hits the landmark only there).
///
/// The closure grows incrementally: taking a credential re-checks only its watchers
/// (``RequirementWatchers``), and a member that reaches the goals is undone from a log, so each
/// try costs what it changes rather than a closure of the whole catalog.
struct LandmarkShrinker {
    private let problem: PlanningProblem
    private let watchers: RequirementWatchers
    private var held: [Bool]
    private var levels: [Int]
    /// Credentials that may start when their prerequisites hold.
    private var allowed: [Bool]
    /// What the current try changed, to undo it: credentials taken, and skills with their old level.
    private var takenLog: [Int] = []
    private var levelLog: [(skill: Int, level: Int)] = []
    private var queue: [Int] = []

    /// A shrinker starting from `reached` (the closure of the allowed set): `allowed` are the
    /// credentials that may start, the landmark's members excluded.
    init(problem: PlanningProblem, allowed: [Bool], held: [Bool], levels: [Int]) {
        self.problem = problem
        watchers = problem.watchers
        self.allowed = allowed
        self.held = held
        self.levels = levels
    }

    /// The minimal landmark inside `landmark` (credentials not held, none of them allowed), trying
    /// its members in the given order. At the deadline the members not yet tried stay in it:
    /// still a landmark, if not a minimal one.
    mutating func shrink(_ landmark: [Int], until deadline: Deadline) -> [Int] {
        var kept: [Int] = []
        for (i, c) in landmark.enumerated() {
            if i & 31 == 31 && deadline.hasPassed { return kept + landmark[i...] }
            takenLog.removeAll(keepingCapacity: true)
            levelLog.removeAll(keepingCapacity: true)
            take(c)
            spread()
            if problem.goals.allSatisfy({ $0.holds(held: held, levels: levels) }) {
                undo()
                kept.append(c)
            } else {
                allowed[c] = true
            }
        }
        return kept
    }

    private mutating func take(_ c: Int) {
        held[c] = true
        takenLog.append(c)
        for (s, level) in problem.grants[c] where level > levels[s] {
            levelLog.append((s, levels[s]))
            levels[s] = level
        }
        queue.append(c)
    }

    /// Starts every allowed credential whose prerequisites the last ones taken made hold, and so on.
    private mutating func spread() {
        while let x = queue.popLast() {
            for w in watchers.watching(credential: x) { consider(Int(w)) }
            for (s, _) in problem.grants[x] {
                for w in watchers.ofSkill[s] { consider(Int(w)) }
            }
        }
    }

    private mutating func consider(_ w: Int) {
        if allowed[w] && !held[w] && problem.prerequisites.holds(w, held: held, levels: levels) { take(w) }
    }

    private mutating func undo() {
        for c in takenLog { held[c] = false }
        for entry in levelLog.reversed() { levels[entry.skill] = entry.level }
    }
}
