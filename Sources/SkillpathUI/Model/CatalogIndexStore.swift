import Foundation

/// What a ``CatalogIndex`` computes on demand and keeps: the sort orders, and the results of the
/// current query's prefixes. Shared by the copies of the index (the states `update` returns); a
/// kept value is a function of its key only, so which copy asks does not change an answer.
final class CatalogIndexStore: @unchecked Sendable {
    /// The filter and order a set of kept results belongs to.
    struct QueryKey: Equatable, Sendable {
        var filter: CatalogFilter
        var sort: CatalogSort
        var descending = false
    }

    /// The results of one search.
    struct Kept: Sendable {
        var search: String
        var results: [Int]
    }

    /// The kept results of the searches a query extends.
    struct Prefixes: Sendable {
        var key: QueryKey?
        /// Shortest search first; each one's search is a prefix of the next.
        var entries: [Kept] = []
    }

    /// What ``keptResults(search:key:)`` found.
    struct Lookup {
        /// The results of exactly this search.
        var exact: [Int]?
        /// The results of the longest shorter search it extends, which hold all of its results.
        var narrower: [Int]?
    }

    /// At most this many credential indices are kept over all prefixes, in multiples of the catalog size.
    static let keptCatalogs = 8

    /// How many credentials the catalog has.
    let count: Int
    /// Read and written only under `lock`.
    private var orders: [CatalogSort: [Int]] = [:]
    private var prefixes = Prefixes()
    private let lock = NSLock()

    init(count: Int) { self.count = count }

    /// The order for `sort`, computed with `compute` the first time.
    func order(_ sort: CatalogSort, _ compute: () -> [Int]) -> [Int] {
        if let known = lock.withLock({ orders[sort] }) { return known }
        let computed = compute()
        lock.withLock { orders[sort] = computed }
        return computed
    }

    /// The kept results for `search` or for the longest kept search it extends, with the same key.
    /// Kept searches it does not extend are dropped: they are not on the way back by Backspace.
    func keptResults(search: String, key: QueryKey) -> Lookup {
        lock.withLock {
            guard prefixes.key == key else { prefixes = Prefixes(key: key); return Lookup() }
            while let last = prefixes.entries.last, !search.utf8.starts(with: last.search.utf8) { prefixes.entries.removeLast() }
            guard let last = prefixes.entries.last else { return Lookup() }
            return last.search.utf8.elementsEqual(search.utf8) ? Lookup(exact: last.results) : Lookup(narrower: last.results)
        }
    }

    /// Keeps the results of `search` (which extends every kept search, after ``keptResults(search:key:)``).
    func keep(_ results: [Int], search: String, key: QueryKey) {
        lock.withLock {
            if prefixes.key != key { prefixes = Prefixes(key: key) }
            while let last = prefixes.entries.last, !search.utf8.starts(with: last.search.utf8) || last.search.utf8.elementsEqual(search.utf8) {
                prefixes.entries.removeLast()
            }
            // Equal counts of a subset mean equal results: share the array rather than copy it.
            let shared = prefixes.entries.last.map { $0.results.count == results.count ? $0.results : results } ?? results
            prefixes.entries.append(Kept(search: search, results: shared))
            let limit = Self.keptCatalogs * max(count, 1)
            var total = prefixes.entries.reduce(0) { $0 + $1.results.count }
            while total > limit, prefixes.entries.count > 1 {
                total -= prefixes.entries.removeFirst().results.count
            }
        }
    }
}
