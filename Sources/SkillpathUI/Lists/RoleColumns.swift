import SkillpathCore

/// The Roles list's columns at a width, shared by the screen and header clicks; the sort keys
/// are the raw values of ``Key``.
struct RoleColumns {
    enum Key: Int { case title, onet, met, price, hours }

    let title: Int, onet: Int
    static let met = 6, price = 11, hours = 7

    init(width: Int) {
        onet = width >= 58 ? 10 : 0
        title = max(8, width - 2 - (onet > 0 ? onet + 1 : 0) - Self.met - Self.price - Self.hours - 3)
    }

    var listHeader: ListHeader {
        ListHeader(columns: [
            .init(title: "Role", width: title, sortKey: Key.title.rawValue),
            .init(title: "O*NET", width: onet, sortKey: Key.onet.rawValue),
            .init(title: "Met", width: Self.met, alignRight: true, sortKey: Key.met.rawValue),
            .init(title: "Best plan", width: Self.price, alignRight: true, sortKey: Key.price.rawValue),
            .init(title: "Hours", width: Self.hours, alignRight: true, sortKey: Key.hours.rawValue),
        ])
    }
}

/// The Roles list's rows: the roles matching its filter, in its order.
extension AppState {
    /// Indices into ``Catalog/roles`` as listed.
    var roleRows: [Int] {
        let view = roles.list
        let all = catalog.roles
        var rows = all.indices.filter { view.matches(all[$0].title + " " + all[$0].id + " " + (all[$0].onet ?? "")) }
        guard let sort = view.sort, let key = RoleColumns.Key(rawValue: sort.column) else { return rows }
        switch key {
        case .title: rows = ordered(rows, sort) { all[$0].title.lowercased() }
        case .onet: rows = ordered(rows, sort) { all[$0].onet ?? "" }
        case .met:
            let text = ConditionText(catalog: catalog, profile: profile)
            rows = ordered(rows, sort) { i in all[i].requires.filter(text.met).count }
        case .price, .hours:
            // Roles without an estimate yet (or without a plan) come last either way.
            let value: (Int) -> Double? = { i in
                guard case .plan(let price, let hours, _, _)? = self.roles.estimates[all[i].id] else { return nil }
                return key == .price ? price : hours
            }
            let known = rows.filter { value($0) != nil }, unknown = rows.filter { value($0) == nil }
            rows = ordered(known, sort) { value($0)! } + unknown
        }
        return rows
    }

    /// The role under the Roles screen's cursor.
    var selectedRoleIndex: Int? { roleRows[safe: roles.cursor.selection] }
}

/// `rows` ordered by `key`, ties in their original order; reversed as a whole when descending.
func ordered<K: Comparable>(_ rows: [Int], _ sort: ListSort, by key: (Int) -> K) -> [Int] {
    let keys = rows.map(key)
    let sorted = rows.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }.map { rows[$0] }
    return sort.descending ? sorted.reversed() : sorted
}
