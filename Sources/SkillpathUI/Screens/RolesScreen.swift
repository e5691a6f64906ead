import SkillpathCore

/// The Roles screen: every role with met requirements and its best plan, and the selected role's detail.
func renderRoles(_ state: AppState, _ layout: Layout, into grid: inout Grid) {
    let (list, detail) = layout.roles
    let roles = state.catalog.roles
    let text = ConditionText(catalog: state.catalog, profile: state.profile)
    let cols = RoleColumns(width: list.width)
    let (onetWidth, titleWidth) = (cols.onet, cols.title)
    let rows = state.roleRows
    grid.put(cols.listHeader.text(sort: state.roles.list.sort), x: list.x, y: layout.body.y, maxWidth: list.width, style: .title)
    grid.drawList(list, count: rows.count, cursor: state.roles.cursor) { row in
        let role = roles[rows[row]]
        let met = role.requires.filter(text.met).count
        let (price, hours): (String, String)
        switch state.roles.estimates[role.id] ?? .pending {
        case .pending: (price, hours) = ("…", "…")
        case .plan(let p, let h, _, _): (price, hours) = (state.money(p), formatNumber(h.rounded()))
        case .infeasible: (price, hours) = ("no plan", "—")
        case .failed: (price, hours) = ("error", "—")
        }
        let target = state.profile.targetRole == role.id ? "▸ " : "  "
        return (target + columns([(role.title, titleWidth, false), (role.onet ?? "", onetWidth, false),
                                  ("\(met)/\(role.requires.count)", RoleColumns.met, true), (price, RoleColumns.price, true), (hours, RoleColumns.hours, true)]),
                met == role.requires.count ? .good : .normal)
    }
    if roles.isEmpty { grid.put("The catalog has no roles.", x: 2, y: list.y, style: .muted) }
    else if rows.isEmpty { grid.put("No role matches the filter: Esc clears it.", x: 2, y: list.y, maxWidth: list.width - 2, style: .muted) }

    if layout.compact { grid.hline(x: 0, y: detail.y - 1, width: grid.width) } else { grid.vline(x: list.width + 1, y: layout.body.y, height: layout.body.height) }
    guard let selected = state.selectedRoleIndex else { return }
    grid.draw(roleDetail(roles[selected], state: state, width: detail.width), in: detail)
}

/// The detail pane for a role: requirements with have, need and status; the best plan.
func roleDetail(_ role: Role, state: AppState, width: Int) -> TextBlock {
    let text = ConditionText(catalog: state.catalog, profile: state.profile)
    var b = TextBlock(width: width)
    b.add(role.title + (role.onet.map { "  (O*NET \($0))" } ?? ""), .title)
    if let summary = role.summary, !summary.isEmpty { b.add(summary) }
    switch state.roles.estimates[role.id] ?? .pending {
    case .pending: b.add("Best plan: computing…", .muted)
    case .plan(let p, let h, let w, let n):
        b.add("Best plan (\(state.profile.objective.rawValue)): \(state.money(p)) · \(formatNumber(h.rounded())) h · \(formatNumber((w * 10).rounded() / 10)) weeks · \(n) credential\(n == 1 ? "" : "s")", .accent)
    case .infeasible(let unmet):
        b.add("No plan:", .bad)
        for line in text.describe(unmet) { b.add("• " + line, .bad, indent: 2) }
    case .failed(let message): b.add("Planning failed: \(message)", .bad)
    }
    b.add("Enter plans this role.", .muted)
    b.blank()
    let nameWidth = max(10, min(32, width - 16))
    b.line(columns([("Requirement", nameWidth, false), ("Have", 5, true), ("Need", 5, true), ("", 3, false)]), .title)
    for condition in role.requires {
        let (have, need) = text.haveNeed(condition)
        b.line(columns([(text.label(condition), nameWidth, false),
                       (have, 5, true), (need, 5, true), (text.mark(condition), 3, false)]), markStyle(text.met(condition)))
    }
    if !role.recommends.isEmpty {
        b.blank()
        b.add("Recommended", .title)
        for condition in role.recommends {
            let (have, need) = text.haveNeed(condition)
            b.line(columns([(text.label(condition), nameWidth, false),
                           (have, 5, true), (need, 5, true), (text.mark(condition), 3, false)]), text.met(condition) ? .good : .muted)
        }
    }
    return b
}
