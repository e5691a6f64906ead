import SkillpathCore

/// Draws the whole interface for a state. Pure: the same state always gives the same grid.
public func render(_ state: AppState) -> Grid {
    var grid = Grid(width: state.width, height: state.height)
    let layout = Layout(state)
    guard !layout.tooSmall else {
        renderTooSmall(state, into: &grid)
        return grid
    }
    if let setup = state.setup {
        renderSetup(setup, state, layout, into: &grid)
        renderStatusLine(state, layout, into: &grid)
        return grid
    }
    renderTabBar(state, layout, into: &grid)
    switch state.screen {
    case .catalog: renderCatalog(state, layout, into: &grid)
    case .roles: renderRoles(state, layout, into: &grid)
    case .profile: renderProfile(state, layout, into: &grid)
    case .plan: renderPlan(state, layout, into: &grid)
    case .plans: renderPlans(state, layout, into: &grid)
    }
    renderStatusLine(state, layout, into: &grid)
    if let modal = state.modal { renderModal(modal, state, layout, into: &grid) }
    return grid
}

private func renderTooSmall(_ state: AppState, into grid: inout Grid) {
    let hint = state.width >= 31 ? ["Enlarge it, or press q to quit."] : ["Enlarge it,", "or press q to quit."]
    let lines = ["Terminal too small", "(\(state.width)×\(state.height); needs \(Layout.minimumWidth)×\(Layout.minimumHeight))"] + hint
    let top = max(0, (state.height - lines.count) / 2)
    for (i, line) in lines.enumerated() {
        let w = TextWidth.width(line)
        grid.put(line, x: max(0, (state.width - w) / 2), y: top + i, style: i == 0 ? .bad : .normal)
    }
}

private func renderTabBar(_ state: AppState, _ layout: Layout, into grid: inout Grid) {
    grid.fill(Rect(x: 0, y: 0, width: grid.width, height: 1), style: .bar)
    if !layout.compact { grid.put(" skillpath", x: 0, y: 0, style: .bar) }
    for tab in layout.tabs {
        grid.put(layout.tabLabel(tab.screen), x: tab.x, y: 0, style: tab.screen == state.screen ? .barActive : .bar)
    }
    var right: [String] = []
    let pending = state.roles.estimates.count < state.catalog.roles.count
        || state.roles.estimates.values.contains(.pending)
    if pending && !state.catalog.roles.isEmpty {
        right.append("planning roles \(state.roles.estimates.count)/\(state.catalog.roles.count)")
    }
    if !state.mouseEnabled { right.append("mouse off") }
    let text = right.joined(separator: " · ")
    let end = (layout.tabs.last.map { $0.x + $0.width } ?? 0) + 1
    let w = TextWidth.width(text)
    if !text.isEmpty && grid.width - w - 1 > end { grid.put(text, x: grid.width - w - 1, y: 0, style: .bar) }
}

private func renderStatusLine(_ state: AppState, _ layout: Layout, into grid: inout Grid) {
    let y = grid.height - 1
    let id = ListID(state.screen)
    let list = state[list: id]
    if let status = state.status {
        grid.put(status, x: 0, y: y, maxWidth: grid.width, style: .warning)
    } else if let setup = state.setup {
        grid.put(setupHints(setup), x: 0, y: y, maxWidth: grid.width, style: .muted)
    } else if list.searching {
        // The catalog shows its search above the list; the other lists show their filter here.
        var x = 0
        if id != .catalog {
            x += grid.put("Filter: ", x: 0, y: y, style: .accent)
            x += grid.putField(list.field, x: x, y: y, maxWidth: max(10, grid.width / 3), style: .accent)
        }
        let after = id == .catalog ? "Type to search · " : " \(state.rowCount(id)) shown · "
        grid.put(after + KeyTable.typingHintLine, x: x, y: y, maxWidth: grid.width - x, style: id == .catalog ? .muted : .accent)
    } else if !list.query.isEmpty && id != .catalog {
        let x = grid.put("Filter “\(list.query)” (\(state.rowCount(id)) shown, Esc clears)  ", x: 0, y: y, maxWidth: grid.width, style: .accent)
        grid.put(KeyTable.hintLine(for: state.screen, width: grid.width - x), x: x, y: y, maxWidth: grid.width - x, style: .muted)
    } else {
        grid.put(KeyTable.hintLine(for: state.screen, width: grid.width), x: 0, y: y, maxWidth: grid.width, style: .muted)
    }
}

/// The style of a ✓/✗ mark.
func markStyle(_ met: Bool) -> Style { met ? .good : .bad }
