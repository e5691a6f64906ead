import SkillpathCore
import Testing
@testable import SkillpathUI

/// The catalog index against a plain reference (each credential's text lower-cased and searched on
/// its own, each order sorted afresh), and its kept results (sort orders, the prefixes' results
/// Backspace returns to) against a fresh search, for every order and filter.
@Suite struct CatalogIndexTests {
    static let catalog = SearchCatalog.make(credentials: 400, seed: 11)
    static let index = CatalogIndex(catalog)

    /// Filters that each leave some credentials and drop others, and all of them together.
    static let filters: [CatalogFilter] = {
        var none = CatalogFilter()
        var provider = none; provider.provider = "p2"
        var issuer = none; issuer.provider = "p0"
        var type = none; type.type = .certificate
        var category = none; category.category = "Ünïcode"
        var missingCategory = none; missingCategory.category = "nowhere"
        var accredited = none; accredited.accreditedOnly = true
        var price = none; price.maxPrice = 120
        var hours = none; hours.maxHours = 30
        var all = category; all.accreditedOnly = true; all.maxPrice = 400; all.maxHours = 60
        none.maxPrice = nil
        return [none, provider, issuer, type, category, missingCategory, accredited, price, hours, all]
    }()

    static let searches = ["", "a", "da", "data", "DATA", "sql py", "py  sql", "éc", "ÉCOLE", "straße", "strasse",
                           "i̇", "σ", "ς", "統計", "p3", "cert", "zzz", "a b c", " ", "e\u{301}", "\u{301}", "😀"]

    @Test("Every search, filter and order gives the reference's results", arguments: CatalogSort.allCases)
    func matchesReference(sort: CatalogSort) {
        let reference = ReferenceCatalogQuery(Self.catalog)
        for filter in Self.filters {
            for search in Self.searches {
                let fresh = CatalogIndex(Self.catalog)
                #expect(fresh.results(in: Self.catalog, search: search, filter: filter, sort: sort)
                    == reference.results(search: search, filter: filter, sort: sort), "search \(search.debugDescription), \(filter), \(sort)")
            }
        }
    }

    @Test("Typing then Backspace gives a fresh search's results at every key", arguments: CatalogSort.allCases)
    func typingAndBackspace(sort: CatalogSort) {
        let reference = ReferenceCatalogQuery(Self.catalog)
        for filter in Self.filters {
            var state = AppState(catalog: Self.catalog, profile: Profile(), today: CalendarDate(year: 2026, month: 12, day: 2),
                                 width: 100, height: 30)
            state.catalogView.filter = filter
            state.catalogView.sort = sort
            state.refreshCatalogResults(resetSelection: true)
            state.catalogView.searching = true
            func chars(_ text: String) -> [Key] { text.map { Key.char($0) } }
            let keys = chars("data sq") + Array(repeating: Key.backspace, count: 4) + chars("ta é")
                + Array(repeating: Key.backspace, count: 9) + chars("py")
            for key in keys {
                state = update(state, .key(key)).0
                let search = state.catalogView.search
                #expect(state.catalogView.results == reference.results(search: search, filter: filter, sort: sort),
                        "after \(key) the search \(search.debugDescription), \(filter), \(sort)")
            }
            #expect(state.catalogView.search == "py")
        }
    }

    @Test("Random keys, filters and orders match a fresh index each step")
    func randomSessions() {
        let reference = ReferenceCatalogQuery(Self.catalog)
        var random = SplitMix(seed: 2026)
        let alphabet = Array("abcdeilnoprstyz 2éß統σ")
        let index = CatalogIndex(Self.catalog)
        var search = "", filter = CatalogFilter(), sort = CatalogSort.title
        for _ in 0..<600 {
            switch random.next(upTo: 20) {
            case 0: sort = CatalogSort.allCases[random.next(upTo: CatalogSort.allCases.count)]
            case 1: filter = Self.filters[random.next(upTo: Self.filters.count)]
            case 2: search = ""
            case 3...7: if !search.isEmpty { search.removeLast() }
            default: search.append(alphabet[random.next(upTo: alphabet.count)])
            }
            #expect(index.results(in: Self.catalog, search: search, filter: filter, sort: sort)
                == reference.results(search: search, filter: filter, sort: sort), "search \(search.debugDescription), \(filter), \(sort)")
        }
    }

    @Test("Descending orders: the reference's results reversed, typing and Backspace included", arguments: CatalogSort.allCases)
    func descending(sort: CatalogSort) {
        let reference = ReferenceCatalogQuery(Self.catalog)
        let index = CatalogIndex(Self.catalog)
        for filter in Self.filters {
            for search in ["", "d", "da", "dat", "da", "d", "py s", ""] {
                #expect(index.results(in: Self.catalog, search: search, filter: filter, sort: sort, descending: true)
                    == reference.results(search: search, filter: filter, sort: sort).reversed(), "search \(search.debugDescription), \(filter), \(sort)")
                #expect(index.results(in: Self.catalog, search: search, filter: filter, sort: sort)
                    == reference.results(search: search, filter: filter, sort: sort), "search \(search.debugDescription), \(filter), \(sort)")
            }
        }
    }

    @Test("A narrower query's results passed as `within` give the same results as a full search")
    func withinMatchesFull() {
        let index = CatalogIndex(Self.catalog)
        for sort in CatalogSort.allCases {
            let wide = index.results(in: Self.catalog, search: "d", filter: CatalogFilter(), sort: sort)
            let narrowed = index.results(in: Self.catalog, search: "da", filter: CatalogFilter(), sort: sort, within: wide)
            #expect(narrowed == CatalogIndex(Self.catalog).results(in: Self.catalog, search: "da", filter: CatalogFilter(), sort: sort))
        }
    }

    @Test("Kept results: exact, narrower, dropped when the query turns away or the filter changes")
    func keptPrefixes() {
        let store = CatalogIndexStore(count: 10)
        let key = CatalogIndexStore.QueryKey(filter: CatalogFilter(), sort: .title)
        store.keep([1, 2, 3], search: "d", key: key)
        store.keep([2, 3], search: "da", key: key)
        #expect(store.keptResults(search: "da", key: key).exact == [2, 3])
        #expect(store.keptResults(search: "dat", key: key).narrower == [2, 3])
        #expect(store.keptResults(search: "d", key: key).exact == [1, 2, 3])
        // Backspace to "d" dropped "da": not a prefix of "d".
        #expect(store.keptResults(search: "da", key: key).narrower == [1, 2, 3])
        #expect(store.keptResults(search: "x", key: key).exact == nil)
        #expect(store.keptResults(search: "d", key: key).narrower == nil)
        store.keep([4], search: "e", key: key)
        var other = CatalogFilter(); other.accreditedOnly = true
        #expect(store.keptResults(search: "e", key: .init(filter: other, sort: .title)).exact == nil)
        #expect(store.keptResults(search: "e", key: key).exact == nil)
    }

    @Test("Kept results stay within their bound, the shortest prefixes going first")
    func keptBound() {
        let count = 10
        let store = CatalogIndexStore(count: count)
        let key = CatalogIndexStore.QueryKey(filter: CatalogFilter(), sort: .title)
        var search = ""
        for step in 0..<(CatalogIndexStore.keptCatalogs + 4) {
            search += "a"
            store.keep(Array(0..<(count - step % 2)), search: search, key: key)
        }
        #expect(store.keptResults(search: search, key: key).exact != nil)
        #expect(store.keptResults(search: "a", key: key).exact == nil)
    }

    @Test("The sort orders are sorted once and shared by the index's copies")
    func ordersShared() {
        let index = CatalogIndex(Self.catalog)
        let copy = index
        let first = index.order(.price)
        #expect(copy.store.order(.price) { Issue.record("sorted again"); return [] } == first)
        #expect(Set(first) == Set(Self.catalog.credentials.indices))
    }
}
