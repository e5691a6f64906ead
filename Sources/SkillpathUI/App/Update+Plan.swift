import Foundation
import SkillpathCore

/// Planning a role, receiving plans, stepping through, alternatives and re-planning.
extension AppState {
    /// The main request of the session: the re-plan of its base document from `profile`
    /// (``SavedPlan/replanRequest(current:today:timeLimit:)``), or the role afresh.
    func planRequest(role: String, profile: Profile, base: SavedPlan?) -> PlanRequest {
        base?.replanRequest(current: profile, today: today) ?? PlanRequest(role: role, profile: profile, today: today)
    }

    /// The time a document made now records, from the state's day (the update stays pure).
    var now: Date { Date(timeIntervalSince1970: Double(today.daysSinceEpoch) * 86_400) }

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

    /// Asks for the main plan from `profile` and the two comparison plans from the same inputs.
    private mutating func requestPlans(profile: Profile, _ fx: inout [Effect]) {
        guard var s = session else { return }
        let token = takeToken()
        s.pendingToken = token
        s.error = nil
        s.inputs = profile
        let request = planRequest(role: s.role, profile: profile, base: s.replanBase)
        fx.append(.plan(token: token, purpose: .main, request: request))
        requestComparisons(request, session: &s, &fx)
        session = s
    }

    /// Asks for the optimal plans of `request` under the other two objectives.
    private mutating func requestComparisons(_ request: PlanRequest, session s: inout PlanSession, _ fx: inout [Effect]) {
        for objective in Objective.allCases where objective != request.profile.objective {
            var other = request
            other.profile.objective = objective
            let t = takeToken()
            s.comparisonTokens[objective] = t
            s.comparisons[objective] = .pending
            fx.append(.plan(token: t, purpose: .comparison(objective), request: other))
        }
    }

    /// Opens a saved plan on the Plan screen, and computes the comparison totals again from the
    /// inputs the plan was made with (not the current profile).
    mutating func openDocument(_ open: OpenPlan, _ fx: inout [Effect]) {
        var s = PlanSession(role: open.plan.role)
        s.document = open
        s.dirty = false
        s.replanBase = open.document
        s.inputs = open.document.profile
        requestComparisons(open.document.replanRequest(current: open.document.profile, today: today), session: &s, &fx)
        screen = .plan
        status = "Opened “\(open.name ?? "")”."
        finishRestoring(&s)
        session = s
    }

    mutating func receivePlan(token: Int, purpose: PlanPurpose, _ result: Result<Plan, Failure>) {
        guard var s = session else { return }
        switch purpose {
        case .swapPreview(let credential, let replaced):
            receiveSwapPreview(token: token, credential: credential, replacing: replaced, result)
            return
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
                let document = s.replanBase?.merging(replan: plan, current: s.inputs, catalog: catalog, catalogFingerprint: catalogFingerprint, now: now)
                    ?? SavedPlan(name: s.document?.name ?? "", role: plan.role, objective: plan.objective, includeRecommended: false,
                                 profile: s.inputs, catalogFingerprint: catalogFingerprint, catalogName: catalog.info.name,
                                 catalogVersion: catalog.info.version, created: now, updated: now,
                                 progress: plan.steps.map { SavedPlan.Progress(credential: $0.credential) }, plan: plan)
                s.document = OpenPlan(name: s.document?.name, document: document)
                s.dirty = true
                s.cursor.clamp(count: document.plan.steps.count, visible: Layout(self).plan.steps.height)
                if s.replanning {
                    status = document.plan.feasible
                        ? "Re-planned: \(money(document.plan.totals.price)) · \(formatNumber(document.plan.totals.hours.rounded())) h in all. S saves it."
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

    public static func estimate(_ result: Result<Plan, Failure>) -> RoleEstimate {
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
            session?.document?.mark(step: i, document.progress[i].cycled, on: today)
            session?.dirty = true
        case .skipStep:
            guard hasStep else { return }
            session?.document?.mark(step: i, document.progress[i] == .skipped ? .todo : .skipped, on: today)
            session?.dirty = true
            if document.progress[i] != .skipped { status = "Skipped. Press r to re-plan without it." }
        case .alternatives:
            guard hasStep else { return }
            // A step with progress is never dropped by a re-plan, so it cannot be swapped out.
            guard document.progress[i] != .done && document.progress[i] != .inProgress else {
                status = "A step \(document.progress[i] == .done ? "done" : "in progress") stays in the plan; set it back to todo (Enter until [ ]) to swap it."
                return
            }
            let choices = alternatives(for: i, in: document)
            guard !choices.isEmpty else { status = "No other credential grants what this step gives."; return }
            openAlternatives(choices, for: i, in: document, &fx)
        case .releasePin:
            guard hasStep else { return }
            releasePin(of: i, in: document)
        case .replan:
            replan(&fx)
        case .savePlan:
            modal = .prompt(Prompt(purpose: .savePlan, title: "Save the plan as", text: document.name ?? s.role))
        default:
            break
        }
    }

    /// Re-plans the open document from its progress and the current profile, by the engine's rules
    /// (``SavedPlan/replanRequest(current:today:timeLimit:)``, then ``SavedPlan/merging(replan:current:catalog:catalogFingerprint:now:)``
    /// when the plan arrives).
    mutating func replan(_ fx: inout [Effect]) {
        guard var s = session, let open = s.document else { return }
        s.replanBase = open.document
        s.replanning = true
        session = s
        requestPlans(profile: profile, &fx)
        status = "Re-planning…"
    }

    /// Opens the list of `choices` for step `i`, and asks for each one's preview
    /// (``SavedPlan/swapRequest(_:replacing:current:today:timeLimit:)``) in the background.
    mutating func openAlternatives(_ choices: [Credential], for i: Int, in document: OpenPlan, _ fx: inout [Effect]) {
        guard var s = session else { return }
        let replaced = document.plan.steps[i].credential
        let token = takeToken()
        s.previewToken = token
        s.previewInputs = profile
        s.swapPreviews = [:]
        for c in choices {
            s.swapPreviews[c.id] = .pending
            fx.append(.plan(token: token, purpose: .swapPreview(credential: c.id, replacing: replaced),
                            request: document.document.swapRequest(c.id, replacing: replaced, current: profile, today: today)))
        }
        session = s
        let items = choices.map { c in
            Picker.Item(id: c.id, label: c.title + " · " + (catalog.provider(c.provider)?.name ?? c.provider),
                        detail: alternativeDetail(c, SwapPreviewResult.pending), checked: nil)
        }
        modal = .picker(Picker(purpose: .alternative(step: i), title: "Swap in instead of “\(TextWidth.sanitized(document.plan.steps[i].title))”", items: items))
    }

    /// An alternative's line in the list: its own cost, then what the swap does to the whole plan.
    func alternativeDetail(_ c: Credential, _ preview: SwapPreviewResult) -> String {
        alternativeCost(c) + " → " + preview.words(currency: catalog.info.currency)
    }

    /// Records the preview of one alternative from its planned swap, and shows it in the open list.
    mutating func receiveSwapPreview(token: Int, credential: String, replacing replaced: String, _ result: Result<Plan, Failure>) {
        guard var s = session, s.previewToken == token, let document = s.document else { return }
        let preview: SwapPreviewResult
        switch result {
        case .success(let planned):
            preview = .preview(document.document.swapPreview(credential, replacing: replaced, planned: planned,
                                                              current: s.previewInputs, catalog: catalog))
        case .failure(let failure):
            preview = .failed(failure.message)
        }
        s.swapPreviews[credential] = preview
        session = s
        guard case .picker(var picker)? = modal, picker.isAlternatives,
              let row = picker.items.firstIndex(where: { $0.id == credential }),
              let c = catalog.credential(credential) else { return }
        picker.items[row].detail = alternativeDetail(c, preview)
        modal = .picker(picker)
    }

    /// Releases the pin of step `i` (``SavedPlan/release(_:)``): the next re-plan may drop it and
    /// take back the step it replaced.
    mutating func releasePin(of i: Int, in document: OpenPlan) {
        let step = document.plan.steps[i]
        guard session?.document?.document.release(step.credential) == true else {
            status = "“\(TextWidth.sanitized(step.title))” is not pinned: only a swapped-in step (a) is."
            return
        }
        session?.dirty = true
        status = document.progress[i] == .inProgress
            ? "Released; a step in progress stays pinned at a re-plan (mark it todo to let it go)."
            : "Released “\(TextWidth.sanitized(step.title))”. Press r to re-plan to the optimum."
    }

    /// Credentials that could replace step `i`: usable, not in the plan, granting every level it covers,
    /// and not a stack made of the step itself (which could never be earned without it).
    func alternatives(for i: Int, in document: OpenPlan) -> [Credential] {
        let step = document.plan.steps[i]
        guard let current = catalog.credential(step.credential) else { return [] }
        let needs = step.covers.isEmpty ? current.skills : step.covers
        guard !needs.isEmpty else { return [] }
        let inPlan = Set(document.plan.steps.map(\.credential))
        let excluded = Set(profile.excludeProviders), only = Set(profile.onlyProviders)
        return catalog.credentials.filter { c in
            !inPlan.contains(c.id) && !profile.earned.contains(c.id) && !excluded.contains(c.provider)
                && (only.isEmpty || only.contains(c.provider))
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
