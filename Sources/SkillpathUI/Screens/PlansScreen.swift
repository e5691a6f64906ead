/// The Plans screen: the saved plans with their role and progress.
func renderPlans(_ state: AppState, _ layout: Layout, into grid: inout Grid) {
    let list = layout.plansList
    let nameWidth = max(12, list.width / 3)
    let roleWidth = max(10, list.width - nameWidth - 2 - 10 - 17 - 3)
    grid.put("  " + columns([("Name", nameWidth, false), ("Role", roleWidth, false), ("Progress", 10, true), ("Saved", 17, false)]),
             x: 0, y: layout.body.y, maxWidth: list.width, style: .title)
    grid.drawList(list, count: state.plans.list.count, cursor: state.plans.cursor) { i in
        let info = state.plans.list[i]
        let role = (state.catalog.role(info.role)?.title ?? info.role) + (info.stale ? " · out of date" : "")
        let open = state.session?.document?.name == info.name ? "▸ " : "  "
        return (open + columns([(info.name, nameWidth, false), (role, roleWidth, false),
                                (info.progress.fraction, 10, true), (info.savedAt, 17, false)]), .normal)
    }
    if state.plans.list.isEmpty {
        grid.put(state.plans.loaded ? "No saved plans yet: plan a role (Roles screen, Enter), then press S on the Plan screen."
                 : "Loading…", x: 2, y: list.y, maxWidth: list.width - 2, style: .muted)
    }
}
