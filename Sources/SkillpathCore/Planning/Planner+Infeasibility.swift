import Foundation

extension Planner {
    /// For a request with no valid plan: each role condition that cannot be met, and why.
    func unmetReasons(goals: [Condition], problem: PlanningProblem, request: PlanRequest) -> [Plan.Unmet] {
        // Everything the usable credentials can ever reach, ignoring the limits.
        let reachable = problem.closureState(of: problem.usable.indices.filter { problem.usable[$0] })
        var unmet: [Plan.Unmet] = []
        var reachableButDear: [Condition] = []
        for goal in goals {
            let requirement = Requirement(goal, in: catalog)
            if requirement.holds(held: problem.startHeld, levels: problem.startLevels) { continue }
            if requirement.holds(held: reachable.held, levels: reachable.levels) {
                reachableButDear.append(goal)
                continue
            }
            var why = reason(for: requirement, problem: problem, request: request, reachable: reachable)
            if case .credential(let id) = goal, request.profile.require.contains(id) {
                why = "required (--require, or the profile's require list), but \(why)"
            }
            unmet.append(Plan.Unmet(condition: goal, reason: why))
        }
        if unmet.isEmpty && !problem.limits.isEmpty {
            unmet = overLimitReasons(reachableButDear, problem: problem, request: request)
        }
        return unmet
    }

    /// Each condition is reachable ignoring the limits; together (or alone) they break one.
    /// For each limit, the least sum of its measure that meets all the conditions decides
    /// whether that limit alone rules them out; each such condition gets the limit's reason.
    /// When no limit alone does, the limits together do.
    private func overLimitReasons(_ goals: [Condition], problem: PlanningProblem, request: PlanRequest) -> [Plan.Unmet] {
        let currency = catalog.info.currency
        var unlimited = request.profile
        unlimited.budget = nil; unlimited.maxHours = nil; unlimited.deadline = nil
        var unmet: [Plan.Unmet] = []
        for limit in problem.limits {
            guard let together = least(limit.measure, goals: goals, profile: unlimited, request: request),
                  !limit.allows(PlanningProblem.fixed(together)) else { continue }
            for goal in goals {
                let alone = least(limit.measure, goals: [goal], profile: unlimited, request: request) ?? together
                unmet.append(Plan.Unmet(condition: goal, reason: limit.overReason(alone: alone, together: together, currency: currency)))
            }
        }
        if unmet.isEmpty {
            let names = problem.limits.map { $0.name(currency: currency) }.joined(separator: ", ")
            for goal in goals {
                unmet.append(Plan.Unmet(condition: goal, reason: "no plan keeps to every limit at once (\(names)), though each alone can be kept"))
            }
        }
        return unmet
    }

    /// The least sum of a measure (price or hours) over a plan that meets the goals, ignoring the
    /// limits: the plan optimal under the objective whose first term is that measure.
    private func least(_ measure: ResourceLimit.Measure, goals: [Condition], profile: Profile, request: PlanRequest) -> Double? {
        var profile = profile
        profile.objective = measure.objective
        let problem = PlanningProblem(catalog: catalog, goals: goals, profile: profile, exclude: Set(request.exclude), today: request.today)
        let outcome = Self.search(problem, seconds: 0.3)
        guard outcome.proven else { return nil }
        return outcome.order.map { order in order.reduce(0.0) { $0 + measure.amount(of: catalog.credentials[$1]) } }
    }

    /// Why a requirement cannot be reached with the usable credentials.
    private func reason(for requirement: Requirement, problem: PlanningProblem, request: PlanRequest,
                        reachable: (order: [Int], blocked: [Int], held: [Bool], levels: [Int])) -> String {
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
        return reasons.isEmpty ? "cannot be met" : Array(Set(reasons)).sorted().joined(separator: "; ")
    }

    /// Names a prerequisite cycle among credentials that can never start, or says they cannot start.
    private func blockedReason(_ credentials: [Int], what: String, problem: PlanningProblem,
                               reachable: (order: [Int], blocked: [Int], held: [Bool], levels: [Int])) -> String {
        let n = catalog.credentials.count
        var edges = [[Int]](repeating: [], count: n)
        for c in reachable.blocked {
            edges[c] = (catalog.credentials[c].requires.flatMap(\.credentialIDs) + (catalog.credentials[c].stack?.of ?? []))
                .compactMap { catalog.credentialIndex[$0] }
        }
        for component in StronglyConnected.components(count: n, edges: edges)
        where component.count > 1 && component.contains(where: credentials.contains) {
            let cycle = StronglyConnected.cycle(in: component, edges: edges)
            let names = (cycle + [cycle[0]]).map { catalog.credentials[$0].id }.joined(separator: " → ")
            return "\(what) is only reachable through a prerequisite cycle (\(names))"
        }
        let ids = credentials.prefix(3).map { catalog.credentials[$0].id }.joined(separator: ", ")
        return "\(what): the prerequisites of \(ids)\(credentials.count > 3 ? "…" : "") can never be met"
    }

    /// Why each of these credentials is not usable (rule 2), e.g. "c1: in the avoid list; c2:
    /// provider q is excluded"; the first five, then how many more.
    private func filterNames(_ credentials: [Int], _ request: PlanRequest) -> String {
        let profile = request.profile
        var parts: [String] = []
        for c in credentials {
            let credential = catalog.credentials[c]
            var why: [String] = []
            if profile.avoid.contains(credential.id) {
                why.append(profile.require.contains(credential.id)
                           ? "in the avoid list as well as the require list; remove it from one of them"
                           : "in the avoid list")
            }
            if profile.excludeProviders.contains(credential.provider) { why.append("provider \(credential.provider) is excluded") }
            if !profile.onlyProviders.isEmpty && !profile.onlyProviders.contains(credential.provider) {
                why.append("not from the only providers \(profile.onlyProviders.joined(separator: ", "))")
            }
            if credential.isRetired(by: profile.startDate ?? request.today) { why.append(credential.retirementReason) }
            if let deadline = profile.deadline, deadline < (profile.startDate ?? request.today) {
                why.append("the deadline \(deadline) is before the start date \(profile.startDate ?? request.today)")
            }
            if profile.accreditedOnly && !credential.accredited { why.append("not accredited, and the profile asks for accredited only") }
            if request.exclude.contains(credential.id) { why.append("excluded from this plan") }
            if !why.isEmpty { parts.append("\(credential.id): \(why.joined(separator: ", "))") }
        }
        let more = parts.count > 5 ? "; and \(parts.count - 5) more" : ""
        return parts.prefix(5).joined(separator: "; ") + more
    }
}
