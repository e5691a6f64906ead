/// The Plans screen: the saved plans with their role and progress.
func renderPlans(_ state: AppState, _ layout: Layout, into grid: inout Grid) {
    let list = layout.plansList
    let cols = PlanColumns(width: list.width)
    let (nameWidth, roleWidth) = (cols.name, cols.role)
    let rows = state.planRows
    grid.put(cols.listHeader.text(sort: state.plans.view.sort), x: 0, y: layout.body.y, maxWidth: list.width, style: .title)
    grid.drawList(list, count: rows.count, cursor: state.plans.cursor) { row in
        let info = state.plans.list[rows[row]]
        let role = (state.catalog.role(info.role)?.title ?? info.role) + (info.stale ? " · out of date" : "")
        let open = state.session?.document?.name == info.name ? "▸ " : "  "
        return (open + columns([(info.name, nameWidth, false), (role, roleWidth, false),
                                (info.progress.fraction, 10, true), (info.savedAt, 17, false)]), .normal)
    }
    if !state.plans.list.isEmpty && rows.isEmpty {
        grid.put("No saved plan matches the filter: Esc clears it.", x: 2, y: list.y, maxWidth: list.width - 2, style: .muted)
    }
    if state.plans.list.isEmpty {
        grid.put(state.plans.loaded ? "No saved plans yet: plan a role (Roles screen, Enter), then press S on the Plan screen."
                 : "Loading…", x: 2, y: list.y, maxWidth: list.width - 2, style: .muted)
    }
}
