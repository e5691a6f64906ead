/// Mouse clicks and the wheel: tabs, list rows, picker rows; a double click activates.
extension AppState {
    mutating func handleMouse(x: Int, y: Int, _ button: MouseButton, _ fx: inout [Effect]) {
        let layout = Layout(self)
        if case .picker(var picker) = modal {
            let list = layout.modalList(layout.pickerBox, headerRows: 1)
            let count = picker.visibleItems.count
            switch button {
            case .wheelUp: picker.cursor.move(by: -3, count: count, visible: list.height)
            case .wheelDown: picker.cursor.move(by: 3, count: count, visible: list.height)
            case .click, .doubleClick:
                guard list.contains(x: x, y: y) else { return }
                let row = picker.cursor.scrolled(count: count, visible: list.height) + y - list.y
                guard row < count else { return }
                picker.cursor.selection = row
                modal = .picker(picker)
                if button == .doubleClick { choose(in: picker, &fx) }
                return
            }
            modal = .picker(picker)
            return
        }
        guard modal == nil else { return }
        switch button {
        case .wheelUp: moveSelection(by: -3); return
        case .wheelDown: moveSelection(by: 3); return
        case .click, .doubleClick: break
        }
        if y == 0 {
            if let tab = layout.tabs.first(where: { x >= $0.x && x < $0.x + $0.width }) { show(tab.screen, &fx) }
            return
        }
        let list: Rect
        switch screen {
        case .catalog: list = layout.catalog.list
        case .roles: list = layout.roles.list
        case .profile: list = layout.profileList
        case .plan: list = layout.plan.steps
        case .plans: list = layout.plansList
        }
        guard list.contains(x: x, y: y) else { return }
        let target: Int
        switch screen {
        case .catalog: target = catalogView.cursor.scrolled(count: catalogView.results.count, visible: list.height) + y - list.y
        case .roles: target = roles.cursor.scrolled(count: catalog.roles.count, visible: list.height) + y - list.y
        case .profile: target = profileCursor.scrolled(count: profileRows.count, visible: list.height) + y - list.y
        case .plan: target = (session?.cursor.scrolled(count: session?.document?.plan.steps.count ?? 0, visible: list.height) ?? 0) + y - list.y
        case .plans: target = plans.cursor.scrolled(count: plans.list.count, visible: list.height) + y - list.y
        }
        let count: Int
        switch screen {
        case .catalog: count = catalogView.results.count
        case .roles: count = catalog.roles.count
        case .profile: count = profileRows.count
        case .plan: count = session?.document?.plan.steps.count ?? 0
        case .plans: count = plans.list.count
        }
        guard target >= 0, target < count else { return }
        let current: Int
        switch screen {
        case .catalog: current = catalogView.cursor.selection
        case .roles: current = roles.cursor.selection
        case .profile: current = profileCursor.selection
        case .plan: current = session?.cursor.selection ?? 0
        case .plans: current = plans.cursor.selection
        }
        if screen == .profile {
            let rows = profileRows
            guard rows.indices.contains(target), rows[target].selectable else { return }
        }
        moveSelection(by: target - current)
        if button == .doubleClick {
            switch screen {
            case .roles: run(.planRole, &fx)
            case .plan: run(.cycleStep, &fx)
            case .plans: run(.openPlan, &fx)
            case .profile: run(.edit, &fx)
            case .catalog: break
            }
        }
    }
}
