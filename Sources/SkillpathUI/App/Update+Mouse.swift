/// Mouse clicks and the wheel: tabs, column headers, list rows, picker rows; a double click activates.
extension AppState {
    mutating func handleMouse(x: Int, y: Int, _ button: MouseButton, _ fx: inout [Effect]) {
        guard let id = focusedList else { return }
        if id != .picker && y == 0 {
            guard button == .click || button == .doubleClick else { return }
            if let tab = Layout(self).tabs.first(where: { x >= $0.x && x < $0.x + $0.width }) { show(tab.screen, &fx) }
            return
        }
        handleListMouse(id, x: x, y: y, button, &fx)
    }

    /// The wheel scrolls a list, a click on its header sorts it, a click on a row selects it and a
    /// double click activates the row.
    mutating func handleListMouse(_ id: ListID, x: Int, y: Int, _ button: MouseButton, _ fx: inout [Effect]) {
        let rect = listRect(id)
        switch button {
        case .wheelUp: move(id, by: -3); return
        case .wheelDown: move(id, by: 3); return
        case .click, .doubleClick: break
        }
        if y == rect.y - 1, x >= rect.x, x < rect.x + rect.width, let header = listHeader(id) {
            if let key = header.sortKey(atX: x - rect.x) { sortList(id, by: key) }
            return
        }
        guard rect.contains(x: x, y: y), let row = self[list: id].row(atY: y, in: rect, count: rowCount(id)) else { return }
        if id == .profile, !(profileRows[safe: row]?.selectable ?? false) { return }
        move(id, by: row - self[list: id].cursor.selection)
        if button == .doubleClick { activate(id, &fx) }
    }

    /// What Enter (or a double click) does on a list's row.
    mutating func activate(_ id: ListID, _ fx: inout [Effect]) {
        switch id {
        case .roles: run(.planRole, &fx)
        case .steps: run(.cycleStep, &fx)
        case .plans: run(.openPlan, &fx)
        case .profile: run(.edit, &fx)
        case .catalog: run(.showDetails, &fx)
        case .picker:
            if case .picker(let picker)? = modal { choose(in: picker, &fx) }
        }
    }
}
