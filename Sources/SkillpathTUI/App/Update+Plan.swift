import SkillpathCore

/// Planning a role, receiving plans, stepping through, alternatives and re-planning.
extension AppState {
    /// The request for a role with the current constraints of the Plan screen.
    func planRequest(role: String, profile: Profile, session: PlanSession?) -> PlanRequest {
        PlanRequest(role: role, profile: profile, mustInclude: session?.mustInclude ?? [],
                    exclude: session?.exclude ?? [], today: today)
    }

    /// Starts planning a role: the Plan screen opens and waits for the result.
    mutating func startPlan(role: String, _ fx: inout [Effect]) {
        session = PlanSession(role: role)
        screen = .plan
        if profile.targetRole != role {
            profile.targetRole = role
            fx.append(.saveProfile(profile, since: savedProfile))
        }
        requestPlans(profile: profile, &fx)
    }

    /// Asks for the main plan and the two comparison plans with the session's constraints.
    private mutating func requestPlans(profile: Profile, _ fx: inout [Effect]) {
        guard var s = session else { return }
        let token = takeToken()
        s.pendingToken = token
        s.error = nil
        fx.append(.plan(token: token, purpose: .main, request: planRequest(role: s.role, profile: profile, session: s)))
        for objective in Objective.allCases where objective != profile.objective {
            var other = profile
            other.objective = objective
            let t = takeToken()
            s.comparisonTokens[objective] = t
            s.comparisons[objective] = .pending
            fx.append(.plan(token: t, purpose: .comparison(objective), request: planRequest(role: s.role, profile: other, session: s)))
        }
        session = s
    }

    /// Opens a saved plan on the Plan screen (and computes the comparison totals again).
    mutating func openDocument(_ document: PlanDocument, _ fx: inout [Effect]) {
        var s = PlanSession(role: document.plan.role)
        s.document = document
        s.dirty = false
        session = s
        screen = .plan
        for objective in Objective.allCases where objective != document.plan.objective {
            var other = profile
            other.objective = objective
            let t = takeToken()
            session?.comparisonTokens[objective] = t
            session?.comparisons[objective] = .pending
            fx.append(.plan(token: t, purpose: .comparison(objective), request: planRequest(role: s.role, profile: other, session: nil)))
        }
        status = "Opened “\(document.name ?? "")”."
    }

    mutating func receivePlan(token: Int, purpose: PlanPurpose, _ result: Result<Plan, Failure>) {
        guard var s = session else { return }
        switch purpose {
        case .comparison(let objective):
            guard s.comparisonTokens[objective] == token else { return }
            // Done steps kept from before a re-plan count in the comparison as in the header.
            if case .plan(let price, let hours, let weeks, let credentials) = Self.estimate(result) {
                let kept = s.keptTotals
                s.comparisons[objective] = .plan(price: price + kept.price, hours: hours + kept.hours, weeks: weeks,
                                                 credentials: credentials + kept.credentials)
            } else {
                s.comparisons[objective] = Self.estimate(result)
            }
        case .main:
            guard s.pendingToken == token else { return }
            s.pendingToken = 0
            switch result {
            case .success(let plan):
                var merged = plan
                merged.steps = s.kept.map(\.step) + plan.steps
                let kept = s.keptTotals
                merged.totals.price += kept.price
                merged.totals.hours += kept.hours
                merged.totals.credentials += kept.credentials
                let progress = s.kept.map(\.progress) + plan.steps.map { s.carried[$0.credential] ?? .todo }
                s.document = PlanDocument(name: s.document?.name, plan: merged, progress: progress)
                s.dirty = true
                s.cursor.clamp(count: merged.steps.count, visible: Layout(self).plan.steps.height)
                if s.replanning {
                    status = merged.feasible
                        ? "Re-planned: \(money(merged.totals.price)) · \(formatNumber(merged.totals.hours.rounded())) h in all. S saves it."
                        : "Re-planned: no valid plan with these choices (the reasons are below)."
                }
            case .failure(let failure):
                s.error = failure.message
                status = failure.message
            }
            s.replanning = false
        }
        session = s
    }

    static func estimate(_ result: Result<Plan, Failure>) -> RoleEstimate {
        switch result {
        case .success(let plan) where plan.feasible:
            return .plan(price: plan.totals.price, hours: plan.totals.hours, weeks: plan.totals.weeks,
                         credentials: plan.totals.credentials)
        case .success(let plan):
            return .infeasible(plan.unmet)
        case .failure(let failure):
            return .failed(failure.message)
        }
    }

    mutating func runPlan(_ command: Command, _ fx: inout [Effect]) {
        guard let s = session, let document = s.document else {
            status = session == nil ? "No plan yet: choose a role on the Roles screen (2) and press Enter." : "Planning…"
            return
        }
        let i = s.cursor.selection
        let hasStep = document.plan.steps.indices.contains(i)
        switch command {
        case .cycleStep:
            guard hasStep else { return }
            session?.document?.progress[i] = document.progress[i].cycled
            session?.dirty = true
        case .skipStep:
            guard hasStep else { return }
            session?.document?.progress[i] = document.progress[i] == .skipped ? .todo : .skipped
            session?.dirty = true
            if document.progress[i] != .skipped { status = "Skipped. Press r to re-plan without it." }
        case .alternatives:
            guard hasStep else { return }
            let items = alternatives(for: i, in: document).map { c in
                Picker.Item(id: c.id, label: c.title,
                            detail: alternativeCost(c)
                                + " · \(catalog.provider(c.provider)?.name ?? c.provider)",
                            checked: nil)
            }
            guard !items.isEmpty else { status = "No other credential grants what this step gives."; return }
            modal = .picker(Picker(purpose: .alternative(step: i), title: "Swap in instead of “\(TextWidth.sanitized(document.plan.steps[i].title))”", items: items))
        case .replan:
            replan(include: [], exclude: [], &fx)
        case .savePlan:
            modal = .prompt(Prompt(purpose: .savePlan, title: "Save the plan as", text: document.name ?? s.role))
        default:
            break
        }
    }

    /// Re-plans from the current progress: done steps count as earned and stay in front, skipped
    /// steps and `exclude` are left out, `include` must be used.
    mutating func replan(include: [String], exclude: [String], _ fx: inout [Effect]) {
        guard var s = session, let document = s.document else { return }
        var kept: [(step: Plan.Step, progress: StepStatus)] = []
        var carried: [String: StepStatus] = [:]
        var skipped: [String] = []
        for (step, progress) in zip(document.plan.steps, document.progress) {
            switch progress {
            case .done: kept.append((step, .done))
            case .inProgress: carried[step.credential] = .inProgress
            case .skipped: skipped.append(step.credential)
            case .todo: break
            }
        }
        for (i, k) in kept.enumerated() {
            var step = k.step
            step.startWeek = 0; step.endWeek = 0
            kept[i].step = step
        }
        var planProfile = profile
        for k in kept where !planProfile.earned.contains(k.step.credential) { planProfile.earned.append(k.step.credential) }
        let newExclude = Set(skipped + exclude)
        s.exclude = Array(Set(s.exclude).union(newExclude)).sorted()
        s.mustInclude = (s.mustInclude + include).filter { !newExclude.contains($0) && !planProfile.earned.contains($0) }
        s.mustInclude = Array(Set(s.mustInclude)).sorted()
        s.exclude.removeAll { s.mustInclude.contains($0) }
        s.kept = kept
        s.carried = carried
        s.replanning = true
        session = s
        requestPlans(profile: planProfile, &fx)
        status = "Re-planning…"
    }

    /// Credentials that could replace step `i`: usable, not in the plan, granting every level it covers,
    /// and not a stack made of the step itself (which could never be earned without it).
    func alternatives(for i: Int, in document: PlanDocument) -> [Credential] {
        let step = document.plan.steps[i]
        guard let current = catalog.credential(step.credential) else { return [] }
        let needs = step.covers.isEmpty ? current.skills : step.covers
        guard !needs.isEmpty else { return [] }
        let inPlan = Set(document.plan.steps.map(\.credential))
        let excluded = Set(profile.excludeProviders)
        return catalog.credentials.filter { c in
            !inPlan.contains(c.id) && !profile.earned.contains(c.id) && !excluded.contains(c.provider)
                && (!profile.accreditedOnly || c.accredited)
                && needs.allSatisfy { c.grantedLevel($0.skill) >= $0.level }
                && !(c.stack?.of.contains(current.id) ?? false)
        }
        .map { (credential: $0, total: catalog.total(of: $0)) }
        .sorted { ($0.total.price, $0.total.hours, $0.credential.title) < ($1.total.price, $1.total.hours, $1.credential.title) }
        .map(\.credential)
        .prefix(100).map { $0 }
    }

    /// A price in the catalog currency: `$294`, `€1,200`, `free`.
    /// An alternative's cost in the swap list: its price and hours, a stack's total with its parts.
    func alternativeCost(_ c: Credential) -> String {
        let total = catalog.total(of: c)
        return total.isStacked ? "total " + total.words(currency: catalog.info.currency) : "\(money(c.price)) · \(formatNumber(c.hours)) h"
    }

    func money(_ value: Double) -> String {
        moneyText(value, currency: catalog.info.currency)
    }
}

/// A price with its currency sign: `$1,200`, `$0.50`, `free`, `1,200 CHF`.
func moneyText(_ value: Double, currency: String) -> String {
    if value == 0 { return "free" }
    let symbols = ["USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"]
    let whole = value >= 100 || value == value.rounded()
    let rounded = whole ? value.rounded() : (value * 100).rounded() / 100
    var digits = String(Int(rounded.rounded(.down)))
    var grouped = ""
    while digits.count > 3 { grouped = "," + digits.suffix(3) + grouped; digits.removeLast(3) }
    var number = digits + grouped
    if !whole {
        let cents = Int(((rounded - rounded.rounded(.down)) * 100).rounded())
        number += "." + (cents < 10 ? "0" : "") + String(cents)
    }
    if let symbol = symbols[currency] { return symbol + number }
    return number + " " + currency
}
