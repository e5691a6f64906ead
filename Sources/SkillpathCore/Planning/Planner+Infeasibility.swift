import Foundation

extension Planner {
    /// For a request with no valid plan: each goal that cannot be met, and why. `goals` starts
    /// with the role's `conditions` conditions; the rest are the profile's `require` and
    /// `mustInclude`. The limit reasons come from exact searches (the closest plan's, when there
    /// is one), so the same request always gives the same reasons. `reachable` is the problem's
    /// ``PlanningProblem/reachableState()``.
    func unmetReasons(goals: [Condition], conditions: Int, closest: ClosestPlan?, problem: PlanningProblem,
                      reachable: ClosureState, request: PlanRequest, until deadline: Deadline) -> [Plan.Unmet] {
        var unmet: [Plan.Unmet] = []
        var reachableButDear: [Int] = []
        for (g, goal) in goals.enumerated() {
            let requirement = Requirement(goal, in: catalog)
            if requirement.holds(held: problem.startHeld, levels: problem.startLevels) { continue }
            if requirement.holds(held: reachable.held, levels: reachable.levels) {
                reachableButDear.append(g)
                continue
            }
            // The closest plan gave a role condition it could not reach this same reason already.
            var why = closest?.unmet.first { $0.condition == g }?.reason
                ?? reason(for: requirement, problem: problem, request: request, reachable: reachable)
            if case .credential(let id) = goal, request.profile.require.contains(id) {
                why = "required (--require, or the profile's require list), but \(why)"
            }
            unmet.append(Plan.Unmet(condition: goal, reason: why))
        }
        guard unmet.isEmpty && !problem.limits.isEmpty else { return unmet }
        if let closest {
            // The role's conditions the closest plan leaves unmet, with its reasons.
            for u in closest.unmet where reachableButDear.contains(u.condition) {
                unmet.append(Plan.Unmet(condition: goals[u.condition], reason: u.reason))
            }
            if !unmet.isEmpty { return unmet }
        }
        // The required credentials alone break a limit (or, rarely, only all goals together do).
        let fixed = reachableButDear.filter { $0 >= conditions }
        for g in fixed {
            unmet.append(Plan.Unmet(condition: goals[g], reason: limitReason([goals[g]], meeting: "meeting it", problem: problem,
                                                                              request: request, until: deadline)))
        }
        if unmet.allSatisfy({ $0.reason.hasPrefix("no plan keeps") }) {
            let together = fixed.isEmpty ? reachableButDear : fixed
            let why = limitReason(together.map { goals[$0] }, meeting: "meeting them together", problem: problem,
                                  request: request, until: deadline)
            unmet = together.map { Plan.Unmet(condition: goals[$0], reason: why) }
        }
        return unmet
    }

    /// Why a requirement cannot be reached with the usable credentials.
    func reason(for requirement: Requirement, problem: PlanningProblem, request: PlanRequest,
                        reachable: ClosureState) -> String {
        // A deadline before the start date leaves every credential out for this one reason.
        if problem.onlyTheEmptyPlan, let deadline = request.profile.deadline, deadline < problem.start {
            return "the deadline \(deadline) is before the start date \(problem.start), so no credential fits before it"
        }
        var atoms: [Requirement] = []
        requirement.unmetAtoms(held: reachable.held, levels: reachable.levels, into: &atoms)
        var reasons: [String] = []
        for atom in atoms {
            switch atom {
            case .skill(let s, let level):
                let all = catalog.grantors[s].filter { $0.level >= level }.map(\.credential)
                let name = catalog.skills[s].id
                if all.isEmpty {
                    reasons.append("no credential in the catalog grants \(name) at level \(level)")
                } else if !all.contains(where: { problem.usable[$0] }) {
                    reasons.append("every credential granting \(name) ≥ \(level) is excluded by the filters (\(filterNames(all, request)))")
                } else {
                    reasons.append(blockedReason(all.filter { problem.usable[$0] }, what: "\(name) ≥ \(level)", problem: problem, reachable: reachable))
                }
            case .credential(let c):
                let id = catalog.credentials[c].id
                if !problem.usable[c] {
                    reasons.append("\(id) is excluded by the filters (\(filterNames([c], request)))")
                } else {
                    reasons.append(blockedReason([c], what: id, problem: problem, reachable: reachable))
                }
            default:
                reasons.append("it names something the catalog does not have")
            }
        }
        // Sorted, then each once (long texts: sorting and comparing neighbours is cheaper than hashing).
        var distinct: [String] = []
        for text in reasons.sorted() where distinct.last != text { distinct.append(text) }
        return distinct.isEmpty ? "cannot be met" : distinct.joined(separator: "; ")
    }

    /// Names a prerequisite cycle among credentials that can never start, or says they cannot start.
    private func blockedReason(_ credentials: [Int], what: String, problem: PlanningProblem,
                               reachable: ClosureState) -> String {
        // A cycle of credentials that never start runs through blocked credentials only, so the
        // graph is theirs alone (in catalog order, which keeps the components' order and cycles).
        let blocked = reachable.blocked.sorted()
        var position = [Int](repeating: -1, count: catalog.credentials.count)
        for (i, c) in blocked.enumerated() { position[c] = i }
        let edges = blocked.map { c in
            (catalog.credentials[c].requires.flatMap(\.credentialIDs) + (catalog.credentials[c].stack?.of ?? []))
                .compactMap { catalog.credentialIndex[$0] }.compactMap { position[$0] >= 0 ? position[$0] : nil }
        }
        for component in StronglyConnected.components(count: blocked.count, edges: edges)
        where component.count > 1 && component.contains(where: { credentials.contains(blocked[$0]) }) {
            let cycle = StronglyConnected.cycle(in: component, edges: edges).map { blocked[$0] }
            let names = (cycle + [cycle[0]]).map { catalog.credentials[$0].id }.joined(separator: " → ")
            return "\(what) is only reachable through a prerequisite cycle (\(names))"
        }
        let ids = credentials.prefix(3).map { catalog.credentials[$0].id }.joined(separator: ", ")
        return "\(what): the prerequisites of \(ids)\(credentials.count > 3 ? "…" : "") can never be met"
    }

    /// Why each of these credentials is not usable (rule 2), e.g. "c1: in the avoid list; c2:
    /// provider q is excluded"; the first five, then how many more.
    private func filterNames(_ credentials: [Int], _ request: PlanRequest) -> String {
        let filters = FilterReasons.Filters(request, compiled: compiled)
        var parts: [String] = []
        var more = 0
        for c in credentials {
            let credential = catalog.credentials[c]
            let reasons = filters.reasons(c)
            if reasons.isEmpty { continue }
            if parts.count < 5 { parts.append("\(credential.id): \(filters.text(reasons, of: credential))") } else { more += 1 }
        }
        return parts.joined(separator: "; ") + (more > 0 ? "; and \(more) more" : "")
    }
}
