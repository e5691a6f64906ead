import SkillpathCore

/// The Plan screen: totals and comparisons, the steps with a timeline, the selected step's detail.
func renderPlan(_ state: AppState, _ layout: Layout, into grid: inout Grid) {
    let (header, stepsRect, detail) = layout.plan
    guard let session = state.session else {
        grid.put("No plan yet.", x: 2, y: header.y + 1, style: .title)
        grid.put("Choose a role on the Roles screen (press 2) and press Enter to plan it;", x: 2, y: header.y + 3)
        grid.put("or open a saved plan on the Plans screen (press 5).", x: 2, y: header.y + 4)
        return
    }
    let roleTitle = state.catalog.role(session.role)?.title ?? session.role
    guard let document = session.document else {
        grid.put("Plan for \(roleTitle)", x: 0, y: header.y, style: .title)
        if let error = session.error {
            grid.draw({ var b = TextBlock(width: grid.width - 2); b.add("Planning failed: \(error)", .bad); return b }(),
                      in: Rect(x: 0, y: header.y + 2, width: grid.width, height: 4))
        } else {
            grid.put("Planning…", x: 0, y: header.y + 2, style: .muted)
        }
        return
    }
    renderPlanHeader(session, document, roleTitle: roleTitle, state, header, into: &grid)
    let plan = document.plan
    let columns = StepColumns(width: grid.width, compact: layout.compact)
    renderStepsHeading(document, columns, state, y: header.y + 3, into: &grid)
    grid.drawList(stepsRect, count: plan.steps.count, cursor: session.cursor) { i in
        stepRow(i, document, columns, state)
    }
    if plan.steps.isEmpty && plan.feasible {
        grid.put("Nothing to take: the profile already meets every requirement of this role.", x: 2, y: stepsRect.y, style: .good)
    }
    guard plan.feasible else {
        grid.draw(infeasibleBlock(plan, state, width: grid.width - 2),
                  in: Rect(x: 2, y: stepsRect.y, width: grid.width - 2, height: layout.body.y + layout.body.height - stepsRect.y))
        return
    }
    grid.hline(x: 0, y: detail.y - 1, width: grid.width)
    guard plan.steps.indices.contains(session.cursor.selection) else { return }
    grid.draw(stepDetail(session.cursor.selection, document, state: state, width: detail.width), in: detail)
}

/// The Plan screen's three header lines: the plan, its totals, the other objectives' optima.
private func renderPlanHeader(_ session: PlanSession, _ document: OpenPlan, roleTitle: String, _ state: AppState,
                              _ header: Rect, into grid: inout Grid) {
    let plan = document.plan
    let name = document.name.map { "“\($0)”" + (session.dirty ? " (changed)" : "") } ?? "not saved"
    grid.put("Plan for \(roleTitle) · \(plan.objective.rawValue) · \(name)" + (session.pendingToken != 0 ? " · re-planning…" : ""),
             x: 0, y: header.y, maxWidth: grid.width, style: .title)
    let counts = document.document.counts
    if plan.feasible {
        let weeks = formatNumber((plan.totals.weeks * 10).rounded() / 10)
        let left = zip(plan.steps, document.progress).contains { $0.1 == .done && $0.0.endWeek == 0 && !$0.0.milestone }
        grid.put("\(state.money(plan.totals.price)) · \(formatNumber(plan.totals.hours.rounded())) h · \(weeks) weeks\(left ? " left" : "") at \(formatNumber(plan.hoursPerWeek)) h/week · finish \(plan.finishDate) · done \(counts.done)/\(counts.total)",
                 x: 0, y: header.y + 1, maxWidth: grid.width, style: .accent)
    } else {
        grid.put("No valid plan with the current profile (the reasons are below).", x: 0, y: header.y + 1, maxWidth: grid.width, style: .bad)
    }
    let others = Objective.allCases.filter { $0 != plan.objective }.map { objective -> String in
        switch session.comparisons[objective] ?? .pending {
        case .pending: return "\(objective.rawValue): …"
        case .plan(let p, let h, let w, _): return "\(objective.rawValue): \(state.money(p)) · \(formatNumber(h.rounded())) h · \(formatNumber((w * 10).rounded() / 10)) wk"
        case .infeasible: return "\(objective.rawValue): no plan"
        case .failed: return "\(objective.rawValue): error"
        }
    }
    grid.put("Optimal by " + others.joined(separator: "   by "), x: 0, y: header.y + 2, maxWidth: grid.width, style: .muted)
}

/// The steps list's columns at a width.
private struct StepColumns {
    let price = 8, hours = 6
    let date: Int, title: Int, bar: Int

    init(width: Int, compact: Bool) {
        date = compact ? 0 : 10
        let rest = width - 6 - price - hours - 3 - (date > 0 ? date + 1 : 0)
        title = max(10, compact ? rest * 2 / 3 : rest / 2)
        bar = max(0, rest - title - 1)
    }
}

/// The line above the steps: why the plan is out of date, or the column header.
private func renderStepsHeading(_ document: OpenPlan, _ c: StepColumns, _ state: AppState, y: Int, into grid: inout Grid) {
    let stale = document.document.staleReasons(current: state.profile, catalogFingerprint: state.catalogFingerprint)
    if !stale.isEmpty {
        grid.put("Out of date: " + stale.joined(separator: " · ") + " · r to re-plan", x: 0, y: y, maxWidth: grid.width, style: .warning)
    } else if document.plan.feasible {
        grid.put("    " + columns([("Step", c.title + 2, false), ("Price", c.price, true), ("Hours", c.hours, true),
                                   ("Ends", c.date, false), ("Timeline", c.bar, false)]),
                 x: 0, y: y, maxWidth: grid.width, style: .title)
    }
}

/// One step: its mark, title, price, hours, end and its bar on the timeline.
private func stepRow(_ i: Int, _ document: OpenPlan, _ c: StepColumns, _ state: AppState) -> (text: String, style: Style) {
    let plan = document.plan
    let step = plan.steps[i]
    let progress = document.progress[i]
    let title = (document.document.isPinned(step.credential) ? "◆ " : "") + (step.milestone ? "★ " : "") + step.title
    let line = progress.mark + " " + columns([(title, c.title + 2, false), (state.money(step.price), c.price, true),
                                              (formatNumber(step.hours.rounded()), c.hours, true),
                                              (progress == .done && step.endWeek == 0 ? "done" : step.endDate.description, c.date, false),
                                              (timelineBar(step, progress, totalWeeks: plan.steps.map(\.endWeek).max() ?? 0, width: c.bar), c.bar, false)])
    switch progress {
    case .done: return (line, .good)
    case .inProgress: return (line, .warning)
    case .skipped: return (line, .muted)
    case .todo: return (line, .normal)
    }
}

/// A step's bar on a timeline `width` columns wide for `totalWeeks`.
private func timelineBar(_ step: Plan.Step, _ progress: StepStatus, totalWeeks: Double, width: Int) -> String {
    guard width > 0 else { return "" }
    let total = max(totalWeeks, 0.0001)
    let from = Int((step.startWeek / total * Double(width)).rounded(.down))
    let to = max(from + (step.endWeek > step.startWeek ? 1 : 0), Int((step.endWeek / total * Double(width)).rounded(.up)))
    if progress == .done && step.endWeek == 0 && !step.milestone { return "" }  // done before a re-plan: no longer on the schedule
    if step.endWeek <= step.startWeek { return String(repeating: "·", count: min(from, width - 1)) + "◆" }
    return String(repeating: "·", count: min(from, width)) + String(repeating: progress == .done ? "▓" : "█", count: max(0, min(to, width) - from))
}

/// Why no plan exists, and the closest one.
private func infeasibleBlock(_ plan: Plan, _ state: AppState, width: Int) -> TextBlock {
    let text = ConditionText(catalog: state.catalog, profile: state.profile)
    var b = TextBlock(width: width)
    b.add("No plan can meet these requirements:", .bad)
    for line in text.describe(plan.unmet) { b.add("• " + line, indent: 2) }
    if let closest = plan.closest {
        b.add(closest.sentence)
        let currency = state.catalog.info.currency
        for (n, step) in closest.steps.filter({ !$0.milestone }).enumerated() {
            b.add("\(n + 1). \(step.title) · \(Quantity.money(step.price, currency: currency)) · \(Quantity.hours(step.hours))", indent: 2)
        }
    }
    b.add("Plan the role afresh from the Roles screen (2, Enter), or loosen the budget and filters on the Profile screen (3).", .muted)
    return b
}

/// Why a step is there, what it unlocks and what it completes.
func stepDetail(_ i: Int, _ document: OpenPlan, state: AppState, width: Int) -> TextBlock {
    let step = document.plan.steps[i]
    let insight = StepInsight(step: i, of: document.document, catalog: state.catalog)
    var b = TextBlock(width: width)
    let provider = state.catalog.credential(step.credential).flatMap { state.catalog.provider($0.provider)?.name } ?? ""
    let entry = document.document.progress[i]
    let days = (entry.started.map { " · started \($0)" } ?? "") + (entry.finished.map { " · finished \($0)" } ?? "")
    b.add("\(step.title) — \(provider) · \(state.money(step.price)) · \(formatNumber(step.hours)) h · \(step.startDate) → \(step.endDate) · \(entry.status.rawValue)\(days)", .title)
    if step.milestone { b.add("Milestone: earned by the steps before it, no extra cost.", .good) }
    if let pin = document.document.pins.first(where: { $0.credential == step.credential }) {
        let replaced = pin.replaces.map { state.catalog.credential($0)?.title ?? $0 }
        b.add("◆ Pinned: " + (replaced.map { "you chose it instead of \($0)" } ?? "a re-plan keeps it")
              + " · u to release, then r re-plans to the optimum.", .accent)
    }
    if let why = insight.why { b.add("Why: " + why + ".") }
    if !insight.unlocks.isEmpty { b.add("Unlocks: " + insight.unlocks.joined(separator: ", ") + ".") }
    for line in insight.completes { b.add(line.prefix(1).uppercased() + line.dropFirst() + ".", .accent) }
    if let url = state.catalog.credential(step.credential)?.url { b.add(url, .muted) }
    return b
}
