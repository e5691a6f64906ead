import SkillpathCore

/// The guided setup: one step at a time over the whole screen, with the step's question, its
/// list or fields, and a detail pane for the selected row.
func renderSetup(_ s: SetupState, _ state: AppState, _ layout: Layout, into grid: inout Grid) {
    grid.fill(Rect(x: 0, y: 0, width: grid.width, height: 1), style: .bar)
    let steps = ["role", "skills you have", "study settings"]
    let trail = steps.enumerated().map { i, name in i + 1 == s.step.rawValue ? "[\(i + 1) \(name)]" : "\(i + 1) \(name)" }
    grid.put(" skillpath · first steps  " + trail.joined(separator: " → "), x: 0, y: 0, maxWidth: grid.width, style: .bar)
    switch s.step {
    case .role: renderSetupRoles(s, state, layout, into: &grid)
    case .skills: renderSetupSkills(s, state, layout, into: &grid)
    case .settings: renderSetupSettings(s, state, layout, into: &grid)
    }
}

/// The keys of the step, for the status line.
func setupHints(_ s: SetupState) -> String {
    switch s.step {
    case .role: return "Type to filter · ↑↓ choose · Enter next · Esc skip the setup"
    case .skills: return "Space tick · ←/→ or 0–5 level · Enter next · Shift-Tab back · Esc skip"
    case .settings: return "↑↓ field · type a value · ←/→ objective · Enter plan · Shift-Tab back · Esc skip"
    }
}

/// The detail pane below a step's list.
private func setupDetail(_ layout: Layout) -> Rect {
    let list = layout.setupList
    return Rect(x: 2, y: list.y + list.height + 1, width: list.width, height: max(0, layout.height - 2 - list.y - list.height - 1))
}

private func renderSetupRoles(_ s: SetupState, _ state: AppState, _ layout: Layout, into grid: inout Grid) {
    let catalog = state.catalog
    grid.put("Which role are you aiming for?", x: 2, y: 2, style: .title)
    grid.put("Filter: ", x: 2, y: 3, style: .accent)
    grid.putField(s.filter, x: 10, y: 3, maxWidth: max(0, grid.width - 12), style: .accent)
    let rows = state.setupRoleRows(s)
    let list = layout.setupList
    let titleWidth = min(44, max(20, list.width * 2 / 5))
    grid.drawList(list, count: rows.count, cursor: s.roleCursor) { i in
        switch rows[i] {
        case .example(let e):
            let example = state.examples[e]
            let role = example.profile.targetRole.map { catalog.role($0)?.title ?? $0 } ?? "?"
            return ("★ Start from an example: \(example.who) → \(role)", .accent)
        case .role(let r):
            let role = catalog.roles[r]
            let level = role.level.map { "\($0) · " } ?? ""
            return ("  " + TextWidth.pad(role.title, to: titleWidth) + "  " + level + (role.summary ?? ""), .normal)
        }
    }
    if rows.isEmpty { grid.put("No role matches “\(s.filter.text)”: Backspace or Ctrl-U changes the filter.", x: 2, y: list.y, maxWidth: list.width, style: .muted) }
    var b = TextBlock(width: list.width)
    if rows.indices.contains(s.roleCursor.selection) {
        switch rows[s.roleCursor.selection] {
        case .example(let e):
            let p = state.examples[e].profile
            b.add("A worked example of someone changing careers: \(p.skills.count) skills with levels, \(formatNumber(p.hoursPerWeek)) h a week, objective \(p.objective.rawValue). You can change every answer on the next steps.", .muted)
        case .role(let r):
            let role = catalog.roles[r]
            b.add(role.title + (role.level.map { " (\($0) level)" } ?? "") + (role.onet.map { " · O*NET \($0)" } ?? ""), .title)
            let text = ConditionText(catalog: catalog, profile: state.profile)
            b.add("Needs: " + role.requires.map(text.label).joined(separator: ", "), .muted)
        }
    }
    grid.draw(b, in: setupDetail(layout))
}

private func renderSetupSkills(_ s: SetupState, _ state: AppState, _ layout: Layout, into grid: inout Grid) {
    let catalog = state.catalog
    let roleTitle = s.role.flatMap { catalog.role($0)?.title } ?? s.role ?? ""
    grid.put("Which of these skills do you have already?", x: 2, y: 2, maxWidth: grid.width - 4, style: .title)
    grid.put("\(roleTitle) asks for them. Tick yours and set your level; leave the rest.", x: 2, y: 3, maxWidth: grid.width - 4, style: .muted)
    let list = layout.setupList
    let nameWidth = min(36, max(16, list.width - 42))
    grid.drawList(list, count: s.skills.count, cursor: s.skillCursor) { i in
        let row = s.skills[i]
        let name = catalog.skill(row.skill)?.name ?? row.skill
        let bar = String(repeating: "●", count: row.level) + String(repeating: "○", count: max(0, 5 - row.level))
        let need = "needs \(row.need)" + (row.alternative ? " (one of a choice)" : "") + (row.required ? "" : " (nice to have)")
        let mark = row.level > 0 ? "[x]" : "[ ]"
        return ("\(mark) " + TextWidth.pad(name, to: nameWidth) + " " + bar + " \(row.level)  " + need,
                row.level >= row.need ? .good : .normal)
    }
    if s.skills.isEmpty { grid.put("This role names no skills; press Enter.", x: 2, y: list.y, style: .muted) }
    var b = TextBlock(width: list.width)
    if s.skills.indices.contains(s.skillCursor.selection) {
        let row = s.skills[s.skillCursor.selection]
        let names = SkillLevel.names
        b.add("Levels: " + (1...5).map { "\($0) \(names[$0])" }.joined(separator: " · "), .muted)
        if let skill = catalog.skill(row.skill) { b.add("\(skill.name) (\(skill.category)): you \(row.level) \(names[row.level]), the role asks \(row.need) \(names[row.need]).") }
    }
    grid.draw(b, in: setupDetail(layout))
}

private func renderSetupSettings(_ s: SetupState, _ state: AppState, _ layout: Layout, into grid: inout Grid) {
    grid.put("How do you study?", x: 2, y: 2, style: .title)
    grid.put("Defaults are filled in: change what differs for you, then press Enter.", x: 2, y: 3, maxWidth: grid.width - 4, style: .muted)
    let currency = state.catalog.info.currency
    let meaning: [Objective: String] = [.cost: "lowest price first", .time: "fewest hours first", .balanced: "price + hour value × hours"]
    var y = 5
    for field in SetupState.Field.allCases {
        let focused = field == s.field
        let label: String, note: String
        var text: TextField?
        switch field {
        case .hoursPerWeek: (label, note, text) = ("Hours per week", Limits.describe(Limits.hoursPerWeek), s.hoursPerWeek)
        case .startDate: (label, note, text) = ("Start date", "YYYY-MM-DD; empty for today", s.startDate)
        case .budget: (label, note, text) = ("Budget (\(currency))", "empty for no limit", s.budget)
        case .objective: (label, note, text) = ("Objective", meaning[s.objective] ?? "", nil)
        }
        grid.put((focused ? "▸ " : "  ") + TextWidth.pad(label, to: 16) + " ", x: 2, y: y, maxWidth: grid.width - 4,
                 style: focused ? .title : .normal)
        let valueX = 2 + 2 + 16 + 1, valueWidth = 14
        if let text {
            grid.put("[", x: valueX, y: y)
            grid.putField(text, x: valueX + 1, y: y, maxWidth: valueWidth - 2, style: focused ? .accent : .normal, showsCursor: focused)
            grid.put("]", x: valueX + valueWidth - 1, y: y)
        } else {
            grid.put("◂ \(s.objective.rawValue) ▸", x: valueX, y: y, style: focused ? .accent : .normal)
        }
        grid.put(note, x: valueX + valueWidth + 2, y: y, maxWidth: max(0, grid.width - valueX - valueWidth - 4), style: .muted)
        y += 1
        if let error = s.errors[field] {
            grid.put("    " + error, x: 2, y: y, maxWidth: grid.width - 4, style: .bad)
            y += 1
        }
    }
    y += 1
    // The ticked skills of the role's list, and the starting profile's skills outside it (kept).
    let listed = Set(s.skills.map(\.skill))
    let ticked = s.skills.filter { $0.level > 0 }.count + s.base.skills.keys.filter { !listed.contains($0) }.count
    let roleTitle = s.role.flatMap { state.catalog.role($0)?.title } ?? ""
    grid.put("Enter plans \(roleTitle) from your \(ticked) skill\(ticked == 1 ? "" : "s") and saves your profile.", x: 2, y: y, maxWidth: grid.width - 4, style: .accent)
}
