/// A list to choose from, with type-to-filter.
public struct Picker: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case addSkill, excludeProviders, onlyProviders, alternative(step: Int), filterProvider, filterType, filterCategory
        /// The format to export the open plan in.
        case exportFormat
    }
    public struct Item: Sendable, Equatable {
        public var id: String
        public var label: String
        public var detail: String
        public var checked: Bool?
    }
    public var purpose: Purpose
    public var title: String
    public var items: [Item]
    /// The cursor and the typed filter (a picker is always filtering: keys type into it).
    public var list = ListView(maxQuery: 60)

    /// The filter as typed (with its cursor).
    public var filterField: TextField { get { list.field } set { list.field = newValue } }
    /// The filter text; setting it puts the cursor at its end.
    public var filter: String { get { list.query } set { list.query = newValue } }
    public var cursor: ListCursor { get { list.cursor } set { list.cursor = newValue } }

    /// Whether Space ticks items and Enter applies the ticks (the providers pickers).
    var isMultiSelect: Bool { purpose == .onlyProviders }

    /// Whether this is the alternatives list of a step (whose details carry the swap's effect).
    var isAlternatives: Bool {
        if case .alternative = purpose { return true } else { return false }
    }

    /// The items matching the typed filter: those whose label or id starts with it first, then
    /// those with a word starting with it, then the rest, each group in the original order.
    var visibleItems: [Item] {
        let terms = filter.lowercased().split(separator: " ")
        guard let first = terms.first else { return items }
        func rank(_ item: Item) -> Int {
            let label = item.label.lowercased()
            if label.hasPrefix(first) || item.id.lowercased().hasPrefix(first) || Self.initials(label) == first { return 0 }
            let words = label.split { !$0.isLetter && !$0.isNumber }
            return words.contains { $0.hasPrefix(first) } ? 1 : 2
        }
        let ranked = items.enumerated().compactMap { offset, item -> (rank: Int, offset: Int, item: Item)? in
            let label = item.label.lowercased()
            let text = label + " " + item.id.lowercased() + " " + item.detail.lowercased() + " " + Self.initials(label)
            return terms.allSatisfy { text.contains($0) } ? (rank(item), offset, item) : nil
        }
        return ranked.sorted { ($0.rank, $0.offset) < ($1.rank, $1.offset) }.map(\.item)
    }

    /// The first letters of a name's words: "amazon web services" → "aws".
    static func initials(_ name: String) -> String {
        String(name.split { !$0.isLetter && !$0.isNumber }.compactMap(\.first))
    }
}

/// Ticking in a multi-select picker.
extension Picker {
    /// Ticks or unticks the item under the cursor.
    mutating func toggleSelected() {
        guard let id = visibleItems[safe: cursor.selection]?.id,
              let i = items.firstIndex(where: { $0.id == id }) else { return }
        items[i].checked = !(items[i].checked ?? false)
    }

    /// The ids ticked, in the items' order.
    var checkedIDs: [String] { items.filter { $0.checked == true }.map(\.id) }

    /// "3 of 41 ticked" for a picker with ticks, nil for one without.
    var tickCount: String? {
        guard items.contains(where: { $0.checked != nil }) else { return nil }
        return "\(checkedIDs.count) of \(items.count) ticked"
    }
}
