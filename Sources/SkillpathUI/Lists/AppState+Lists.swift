/// The one list behaviour: every list's state, size and rectangle by ``ListID``, so moving,
/// paging, filtering, sorting and clicking are written once for all of them.
extension AppState {
    /// The list that takes the list keys: the open picker, else the current screen's list
    /// (nil under another box).
    var focusedList: ListID? {
        switch modal {
        case .picker?: return .picker
        case nil: return ListID(screen)
        default: return nil
        }
    }

    /// A list's cursor, filter and order.
    subscript(list id: ListID) -> ListView {
        get {
            switch id {
            case .catalog: return catalogView.list
            case .roles: return roles.list
            case .profile: return ListView(cursor: profileCursor)
            case .steps: return ListView(cursor: session?.cursor ?? ListCursor())
            case .plans: return plans.view
            case .picker:
                if case .picker(let picker)? = modal { return picker.list }
                return ListView()
            }
        }
        set {
            switch id {
            case .catalog: catalogView.list = newValue
            case .roles: roles.list = newValue
            case .profile: profileCursor = newValue.cursor
            case .steps: session?.cursor = newValue.cursor
            case .plans: plans.view = newValue
            case .picker:
                if case .picker(var picker)? = modal { picker.list = newValue; modal = .picker(picker) }
            }
        }
    }

    /// How many rows a list shows now (after its filter).
    func rowCount(_ id: ListID) -> Int {
        switch id {
        case .catalog: return catalogView.results.count
        case .roles: return roleRows.count
        case .profile: return profileRows.count
        case .steps: return session?.document?.plan.steps.count ?? 0
        case .plans: return planRows.count
        case .picker:
            if case .picker(let picker)? = modal { return picker.visibleItems.count }
            return 0
        }
    }

    /// Where a list's rows are drawn.
    func listRect(_ id: ListID) -> Rect {
        let layout = Layout(self)
        switch id {
        case .catalog: return layout.catalog.list
        case .roles: return layout.roles.list
        case .profile: return layout.profileList
        case .steps: return layout.plan.steps
        case .plans: return layout.plansList
        case .picker: return layout.modalList(layout.pickerBox, headerRows: 1)
        }
    }

    /// A sortable list's column header, drawn on the row above its rows.
    func listHeader(_ id: ListID) -> ListHeader? {
        let rect = listRect(id)
        switch id {
        case .catalog: return CatalogColumns(width: rect.width).listHeader
        case .roles: return RoleColumns(width: rect.width).listHeader
        case .plans: return PlanColumns(width: rect.width).listHeader
        case .profile, .steps, .picker: return nil
        }
    }

    /// Rows visible in the current screen's list.
    var visibleRows: Int { listRect(focusedList ?? ListID(screen)).height }

    /// Moves the focused list's cursor by `delta` rows.
    mutating func moveSelection(by delta: Int) {
        guard let id = focusedList else { return }
        move(id, by: delta)
    }

    /// Moves a list's cursor by `delta` rows (the Profile's skips its headings).
    mutating func move(_ id: ListID, by delta: Int) {
        if id == .profile { moveProfileCursor(by: delta); return }
        self[list: id].move(by: delta, count: rowCount(id), visible: listRect(id).height)
    }

    /// Keeps every list's cursor within its rows after a resize or a change of rows.
    mutating func clampCursors() {
        for id in [ListID.catalog, .roles, .profile, .steps, .plans, .picker] { clamp(id) }
    }

    mutating func clamp(_ id: ListID) {
        self[list: id].cursor.clamp(count: rowCount(id), visible: listRect(id).height)
    }

    /// Sorts a list by a column: the same column again reverses it.
    mutating func sortList(_ id: ListID, by column: Int) {
        reorder(id) { $0.sort(by: column) }
    }

    /// Reverses a list's order.
    mutating func reverseList(_ id: ListID) {
        reorder(id) { $0.reverse() }
    }

    /// Cycles a sortable list to its next column (ascending).
    mutating func cycleSort(_ id: ListID) {
        guard let header = listHeader(id) else { return }
        let keys = header.columns.filter { $0.width > 0 }.compactMap(\.sortKey).sorted()
        guard !keys.isEmpty else { return }
        let current = self[list: id].sort?.column
        let next = current.flatMap { keys.firstIndex(of: $0) }.map { keys[($0 + 1) % keys.count] } ?? keys[0]
        reorder(id) { $0.sort = ListSort(column: next) }
    }

    /// The rows a sortable list shows, as indices into its source (nil for the catalog, which
    /// keeps its selection itself, and for lists that do not sort).
    private func sortedRows(_ id: ListID) -> [Int]? {
        switch id {
        case .roles: return roleRows
        case .plans: return planRows
        case .catalog, .profile, .steps, .picker: return nil
        }
    }

    /// Runs `change`, after which the row that was selected in a sorted list is selected again
    /// wherever it moved (a new order, or role estimates arriving in a list sorted by them).
    mutating func keepingSelection(_ id: ListID, _ change: (inout AppState) -> Void) {
        let before = sortedRows(id)
        change(&self)
        if let selected = before?[safe: self[list: id].cursor.selection], let row = sortedRows(id)?.firstIndex(of: selected) {
            self[list: id].cursor.selection = row
        }
        clamp(id)
    }

    /// Changes a list's order, keeping the selected row selected, and says what it is sorted by.
    private mutating func reorder(_ id: ListID, _ change: (inout ListView) -> Void) {
        keepingSelection(id) { state in
            change(&state[list: id])
            if id == .catalog { state.refreshCatalogResults() }
        }
        guard let sort = self[list: id].sort,
              let column = listHeader(id)?.columns.first(where: { $0.sortKey == sort.column }) else { return }
        status = "Sorted by \(column.title.lowercased()), \(sort.descending ? "descending" : "ascending") (S reverses)."
    }

    /// Recomputes a list after its filter changed; the cursor goes to the first row.
    mutating func listQueryChanged(_ id: ListID, narrowing: Bool = false) {
        if id == .catalog { refreshCatalogResults(resetSelection: true, narrowing: narrowing); return }
        self[list: id].cursor = ListCursor()
        clamp(id)
    }

    /// Starts typing into a list's filter.
    mutating func startFiltering(_ id: ListID) {
        guard id.filterable else {
            status = "The \(screen.title) screen's list has no filter."
            return
        }
        self[list: id].searching = true
    }

    /// Clears a list's filter; false when there was none.
    @discardableResult
    mutating func clearQuery(_ id: ListID) -> Bool {
        self[list: id].searching = false
        guard !self[list: id].query.isEmpty else { return false }
        self[list: id].query = ""
        listQueryChanged(id)
        return true
    }

    /// Handles a key while a list's filter is typed into; false when the key should go to the key table.
    mutating func handleFilterKey(_ key: Key, in id: ListID) -> Bool {
        switch key {
        case .enter:
            self[list: id].searching = false
        case .escape:
            clearQuery(id)
        case .up, .down, .pageUp, .pageDown, .function:
            return false
        case .tab, .backTab:
            self[list: id].searching = false
            return false
        default:
            let before = self[list: id].query
            if self[list: id].field.handle(key) == .edited { queryEdited(id, from: before) }
        }
        return true
    }

    /// Re-filters a list after its filter text changed (typed, deleted or pasted).
    mutating func queryEdited(_ id: ListID, from before: String) {
        // Text added at the end only narrows the list: the catalog searches its current results.
        listQueryChanged(id, narrowing: self[list: id].query.hasPrefix(before))
    }
}
