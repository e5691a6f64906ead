/// Where the closure of a set of credentials ends: the order they started in, those that never
/// could, and the credentials held and skill levels reached.
struct ClosureState {
    let order: [Int]
    let blocked: [Int]
    let held: [Bool]
    let levels: [Int]
}

extension PlanningProblem {
    /// Orders a set of credentials so each one's prerequisites hold when it starts.
    ///
    /// Returns the order of those that can start and the ones that cannot (blocked by a cycle
    /// or by prerequisites nothing in the set meets).
    func closure(of set: [Int]) -> (order: [Int], blocked: [Int]) {
        let state = closureState(of: set)
        return (state.order, state.blocked)
    }

    /// ``closure(of:)`` with the held credentials and skill levels it ends with.
    func closureState(of set: [Int]) -> ClosureState {
        var held = startHeld
        var levels = startLevels
        var remaining = set
        var order: [Int] = []
        var progress = true
        while progress && !remaining.isEmpty {
            progress = false
            var next: [Int] = []
            for c in remaining {
                if prerequisites.holds(c, held: held, levels: levels) {
                    held[c] = true
                    for (s, level) in grants[c] { levels[s] = max(levels[s], level) }
                    order.append(c)
                    progress = true
                } else {
                    next.append(c)
                }
            }
            remaining = next
        }
        return ClosureState(order: order, blocked: remaining, held: held, levels: levels)
    }

    /// Everything the usable credentials can ever reach, ignoring the limits.
    func reachableState() -> ClosureState {
        closureState(of: usable.indices.filter { usable[$0] })
    }

    /// Calls `body` for each usable credential, not held and not forbidden, that satisfies an atom.
    func forEachCandidate(of atom: Requirement, held: [Bool], forbidden: [Bool], _ body: (Int) -> Void) {
        switch atom {
        case .credential(let c):
            if usable[c] && !held[c] && !forbidden[c] { body(c) }
        case .skill(let s, let level):
            for (c, granted) in grantors[s] {
                if granted < level { break }
                if !held[c] && !forbidden[c] { body(c) }
            }
        default:
            break
        }
    }
}

extension PlanningProblem {
    /// Credential `c`'s prerequisite clauses. Each requirement not met at the start becomes the
    /// set of usable credentials that satisfy one of its unmet atoms: a plan holding the
    /// credential must hold one of them, whatever else it holds. A clause with no member means
    /// the credential can never start. An unusable credential has none (no plan holds it).
    func prerequisiteClauses(of c: Int) -> [[Int]] {
        guard c < requirements.count, usable[c] else { return [] }
        var clauses: [[Int]] = []
        for requirement in requirements[c] where !requirement.holds(held: startHeld, levels: startLevels) {
            var atoms: [Requirement] = []
            requirement.unmetAtoms(held: startHeld, levels: startLevels, into: &atoms)
            var members: [Int] = []
            for atom in atoms {
                forEachCandidate(of: atom, held: startHeld, forbidden: startHeld) { members.append($0) }
            }
            clauses.append(members)
        }
        return clauses
    }
}
