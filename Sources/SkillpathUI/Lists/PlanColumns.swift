import SkillpathCore

/// The Plans list's columns at a width, shared by the screen and header clicks; the sort keys
/// are the raw values of ``Key``.
struct PlanColumns {
    enum Key: Int { case name, role, progress, saved }

    let name: Int, role: Int
    static let progress = 10, saved = 17

    init(width: Int) {
        name = max(12, width / 3)
        role = max(10, width - name - 2 - Self.progress - Self.saved - 3)
    }

    var listHeader: ListHeader {
        ListHeader(columns: [
            .init(title: "Name", width: name, sortKey: Key.name.rawValue),
            .init(title: "Role", width: role, sortKey: Key.role.rawValue),
            .init(title: "Progress", width: Self.progress, alignRight: true, sortKey: Key.progress.rawValue),
            .init(title: "Saved", width: Self.saved, sortKey: Key.saved.rawValue),
        ])
    }
}

/// The Plans list's rows: the saved plans matching its filter, in its order.
extension AppState {
    /// Indices into ``PlansViewState/list`` as listed.
    var planRows: [Int] {
        let view = plans.view
        let list = plans.list
        func roleTitle(_ i: Int) -> String { catalog.role(list[i].role)?.title ?? list[i].role }
        var rows = list.indices.filter { view.matches(list[$0].name + " " + roleTitle($0) + " " + list[$0].role) }
        guard let sort = view.sort, let key = PlanColumns.Key(rawValue: sort.column) else { return rows }
        switch key {
        case .name: rows = ordered(rows, sort) { list[$0].name.lowercased() }
        case .role: rows = ordered(rows, sort) { roleTitle($0).lowercased() }
        case .progress:
            rows = ordered(rows, sort) { i in
                let p = list[i].progress
                return p.total == 0 ? 0 : Double(p.done) / Double(p.total)
            }
        case .saved: rows = ordered(rows, sort) { list[$0].savedAt }
        }
        return rows
    }
}
