import SkillpathCore

/// Precomputed facts for fast searching, filtering and sorting of a catalog's credentials.
///
/// Built when the interface starts, so it does only what the first frame and the first search key
/// need: the search text (``CatalogSearchText``), the filtered fields and the title order. The
/// other orders are sorted on first use, and recent results are kept for Backspace
/// (``CatalogIndexStore``); both are shared by the copies of the index.
public struct CatalogIndex: Sendable {
    let text: CatalogSearchText
    /// The fields the filters look at, per credential, so filtering copies no credential. `prices`
    /// and `hours` are totals (``Catalog/totals``): a programme costs what its parts cost.
    let providers: [String], issuers: [String?], kinds: [Credential.Kind]
    let accredited: [Bool], prices: [Double], hours: [Double]
    /// For the provider order's names, sorted on first use.
    let catalog: Catalog
    let store: CatalogIndexStore

    /// Every skill category, sorted.
    var allCategories: [String] { text.allCategories }

    public init(_ catalog: Catalog) {
        text = CatalogSearchText(catalog)
        let credentials = catalog.credentials
        providers = credentials.map(\.provider)
        issuers = credentials.map(\.issuer)
        kinds = credentials.map(\.type)
        accredited = credentials.map(\.accredited)
        prices = catalog.totals.map(\.price)
        hours = catalog.totals.map(\.hours)
        self.catalog = catalog
        store = CatalogIndexStore(count: credentials.count)
        _ = order(.title)
    }

    /// Credential indices in a sort order: by the sort's key, then the lower-cased title, then
    /// catalog order. Sorted on first use and kept.
    func order(_ sort: CatalogSort) -> [Int] {
        store.order(sort) {
            let text = self.text
            func byTitle(_ a: Int, _ b: Int) -> Bool { text.titleBefore(a, b) }
            let base = Array(0..<text.count)
            switch sort {
            case .title:
                return base.sorted(by: byTitle)
            case .price:
                let prices = self.prices
                return base.sorted { prices[$0] != prices[$1] ? prices[$0] < prices[$1] : byTitle($0, $1) }
            case .hours:
                let hours = self.hours
                return base.sorted { hours[$0] != hours[$1] ? hours[$0] < hours[$1] : byTitle($0, $1) }
            case .provider:
                let lowered = catalog.providers.map { $0.name.lowercased() }
                let names = catalog.credentials.map { c in catalog.providerIndex[c.provider].map { lowered[$0] } ?? c.provider.lowercased() }
                return base.sorted { names[$0] != names[$1] ? names[$0] < names[$1] : byTitle($0, $1) }
            }
        }
    }

    /// The credential indices matching a search and filter, in the sort order (reversed when `descending`).
    ///
    /// `within` (a previous result for a narrower query, in the same order) is searched instead of
    /// the whole catalog. Without it the results of the longest earlier query this one extends
    /// (same filter and order) are searched, if kept: so typing narrows, and Backspace finds the
    /// shorter query's results kept.
    func results(in catalog: Catalog, search: String, filter: CatalogFilter, sort: CatalogSort, descending: Bool = false,
                 within: [Int]? = nil) -> [Int] {
        let terms = CatalogSearchText.terms(search)
        let key = CatalogIndexStore.QueryKey(filter: filter, sort: sort, descending: descending)
        let kept = store.keptResults(search: search, key: key)
        func ordered() -> [Int] { descending ? order(sort).reversed() : order(sort) }
        if terms.isEmpty && filter.isEmpty { return ordered() }
        if let exact = kept.exact { return exact }
        let results = matching(terms: terms, filter: filter, candidates: within ?? kept.narrower ?? ordered())
        store.keep(results, search: search, key: key)
        return results
    }

    /// The candidates (in order) passing the filter and containing every term.
    private func matching(terms: [[UInt8]], filter: CatalogFilter, candidates: [Int]) -> [Int] {
        let category = filter.category.map { text.allCategories.firstIndex(of: $0) ?? -1 }
        // Over most of the catalog a scan of the whole text per term beats one search per credential.
        var scanned: [CredentialSet] = [], remaining: [[UInt8]] = []
        for term in terms {
            if candidates.count > text.count / 8, let set = text.credentialsContaining(term) { scanned.append(set) } else { remaining.append(term) }
        }
        return candidates.filter { i in
            if let p = filter.provider, providers[i] != p && issuers[i] != p { return false }
            if let t = filter.type, kinds[i] != t { return false }
            if let c = category, !text.categories[i].contains(c) { return false }
            if filter.accreditedOnly && !accredited[i] { return false }
            if let m = filter.maxPrice, prices[i] > m { return false }
            if let m = filter.maxHours, hours[i] > m { return false }
            for set in scanned where !set.contains(i) { return false }
            for term in remaining where !text.contains(i, term) { return false }
            return true
        }
    }
}
