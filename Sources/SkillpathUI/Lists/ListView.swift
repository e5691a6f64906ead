/// One list's state, the same for every list of the interface (lazygit's list controller): the
/// cursor, the `/` filter and the sort. ``AppState`` keeps one per list and moves, filters, sorts
/// and clicks them all through ``AppState/focusedList`` and the methods here.
public struct ListView: Equatable, Sendable {
    public var cursor = ListCursor()
    /// The `/` filter as typed (with its cursor); empty shows every row.
    public var field: TextField
    /// Whether keys are typed into the filter.
    public var searching = false
    /// The column the list is sorted by, or nil for the list's own order.
    public var sort: ListSort?

    public init(cursor: ListCursor = ListCursor(), sort: ListSort? = nil, maxQuery: Int = ListView.maxQuery) {
        self.cursor = cursor; self.sort = sort
        field = TextField(maxLength: maxQuery)
    }

    /// The longest filter text kept.
    public static let maxQuery = 100

    /// The filter text; setting it puts the cursor at its end.
    public var query: String {
        get { field.text }
        set { field = TextField(newValue, maxLength: field.maxLength) }
    }

    /// Moves the cursor by `delta` rows among `count`, `visible` at a time.
    mutating func move(by delta: Int, count: Int, visible: Int) {
        cursor.move(by: delta, count: count, visible: visible)
    }

    /// Sorts by `column`: the same column again reverses the order, another starts ascending.
    mutating func sort(by column: Int) {
        if let current = sort, current.column == column { sort = ListSort(column: column, descending: !current.descending) }
        else { sort = ListSort(column: column, descending: false) }
    }

    /// Reverses the current order (or sorts by the first column descending when unsorted).
    mutating func reverse() {
        sort = ListSort(column: sort?.column ?? 0, descending: !(sort?.descending ?? false))
    }

    /// The index under a click at row `y` of `rect`, or nil when no row is there.
    func row(atY y: Int, in rect: Rect, count: Int) -> Int? {
        let i = cursor.scrolled(count: count, visible: rect.height) + y - rect.y
        return i >= 0 && i < count ? i : nil
    }

    /// Whether `text` matches every word of the filter (case-insensitive); `id` matches too.
    func matches(_ text: String) -> Bool {
        ListView.matches(text, query: query)
    }

    static func matches(_ text: String, query: String) -> Bool {
        let terms = query.lowercased().split(separator: " ")
        guard !terms.isEmpty else { return true }
        let haystack = text.lowercased()
        return terms.allSatisfy { haystack.contains($0) }
    }
}

/// A list's order: a column and its direction.
public struct ListSort: Equatable, Sendable {
    public var column: Int
    public var descending: Bool

    public init(column: Int, descending: Bool = false) { self.column = column; self.descending = descending }

    /// The mark a sorted column's header shows.
    var arrow: String { descending ? "▼" : "▲" }
}
