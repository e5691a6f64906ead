/// One hint of the status line: a key of the key table and its few words.
struct KeyHint: Equatable {
    var key: Key
    var text: String

    var shown: String { key.label + " " + text }
}

/// The status line's key hints, made from the key table like the help.
extension KeyTable {
    /// A screen's hints, most useful first: its own keys in the table's order, then the global
    /// ones (filter where the list has one, help, quit, then Tab). A key bound on the screen
    /// hides its global binding.
    static func hints(for screen: Screen) -> [KeyHint] {
        let own = bindings.filter { $0.scope == .screen(screen) && $0.hint != nil }
        let ownKeys = Set(own.compactMap(\.keys.first))
        let filterable = ListID(screen).filterable
        let global = bindings.filter { $0.scope == .global && $0.hint != nil && !ownKeys.contains($0.keys[0])
            && ($0.command != .search || filterable) }
            .enumerated().sorted { ($0.element.command == .nextScreen ? 1 : 0, $0.offset) < ($1.element.command == .nextScreen ? 1 : 0, $1.offset) }
            .map(\.element)
        return (own + global).map { KeyHint(key: $0.keys[0], text: $0.hint!) }
    }

    /// The hints of a screen that fit in `width` columns, two spaces apart; the help's hint is
    /// always last, so the way to every other key is always shown.
    static func hintLine(for screen: Screen, width: Int) -> String {
        let all = hints(for: screen)
        let help = all.first { $0.key == .char("?") }
        var budget = width - (help.map { TextWidth.width($0.shown) + 2 } ?? 0)
        var shown: [String] = []
        for hint in all where hint != help {
            let w = TextWidth.width(hint.shown) + (shown.isEmpty ? 0 : 2)
            guard w <= budget else { continue }
            shown.append(hint.shown)
            budget -= w
        }
        if let help { shown.append(help.shown) }
        return shown.joined(separator: "  ")
    }

    /// The hints while a text is typed into (a list's filter).
    static var typingHintLine: String {
        typingKeys.compactMap { key in key.hint.map { key.keys.split(separator: " ").prefix(2).joined() + " " + $0 } }
            .joined(separator: " · ")
    }
}
