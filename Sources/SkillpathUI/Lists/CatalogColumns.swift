import SkillpathCore

/// The catalog list's columns at a width, shared by the screen and header clicks; a column's
/// sort key is the index of its ``CatalogSort``.
struct CatalogColumns {
    let title: Int, provider: Int, type: Int, hours: Int, price: Int

    init(width: Int) {
        hours = 6; price = 8
        provider = width >= 56 ? 14 : 0
        type = width >= 96 ? 13 : 0
        let used = 2 + hours + 1 + price + 1 + (provider > 0 ? provider + 1 : 0) + (type > 0 ? type + 1 : 0)
        title = max(8, width - used)
    }

    private static func key(_ sort: CatalogSort) -> Int { CatalogSort.allCases.firstIndex(of: sort)! }

    var listHeader: ListHeader {
        ListHeader(columns: [
            .init(title: "Title", width: title, sortKey: Self.key(.title)),
            .init(title: "Provider", width: provider, sortKey: Self.key(.provider)),
            .init(title: "Type", width: type),
            .init(title: "Hours", width: hours, alignRight: true, sortKey: Self.key(.hours)),
            .init(title: "Price", width: price, alignRight: true, sortKey: Self.key(.price)),
        ])
    }

    /// One credential; a stack shows its total with its parts, its price marked `Σ`.
    func row(_ c: Credential, state: AppState, earned: Bool) -> String {
        let total = state.catalog.total(of: c)
        let providerName = state.catalog.provider(c.provider)?.name ?? c.provider
        return (earned ? "✓ " : "  ") + columns([
            (fitTitle(c.title, provider: [providerName, c.provider]), title, false), (providerName, provider, false),
            (c.type.rawValue, type, false), (formatNumber(total.hours), hours, true),
            ((total.isStacked ? "Σ" : "") + state.money(total.price), price, true),
        ])
    }

    /// A title in the title column (which takes the spare width): whole when it fits; else
    /// without a leading provider name when the provider column shows it and the rest then fits;
    /// else shortened in the middle, so "…Architect – Associate" and "…– Professional" stay apart.
    func fitTitle(_ text: String, provider names: [String]) -> String {
        guard TextWidth.width(text) > title else { return text }
        if provider > 0, let name = names.first(where: { !$0.isEmpty && text.lowercased().hasPrefix($0.lowercased() + " ") }) {
            let rest = String(text.dropFirst(name.count + 1))
            if TextWidth.width(rest) <= title { return rest }
        }
        return TextWidth.truncateMiddle(text, to: title)
    }
}
