import SkillpathCore

/// How the catalog list is ordered.
public enum CatalogSort: String, CaseIterable, Sendable {
    case title, price, hours, provider
}

/// The catalog list's filters; nil or false means "any".
public struct CatalogFilter: Equatable, Sendable {
    public var provider: String?
    public var type: Credential.Kind?
    public var category: String?
    public var accreditedOnly = false
    public var maxPrice: Double?
    public var maxHours: Double?

    public init() {}

    public var isEmpty: Bool { self == CatalogFilter() }
}

/// Precomputed facts for fast searching, filtering and sorting of a catalog's credentials.
public struct CatalogIndex: Sendable {
    /// Lower-cased UTF-8 text searched for each credential (title, id, provider, skills, type),
    /// all in one buffer: credential `i` is `searchBytes[searchRanges[i]]`.
    let searchBytes: [UInt8]
    let searchRanges: [Range<Int>]
    /// The fields the filters look at, per credential, so filtering copies no credential. `prices`
    /// and `hours` are totals (``Catalog/totals``): a programme costs what its parts cost.
    let providers: [String], issuers: [String?], kinds: [Credential.Kind]
    let accredited: [Bool], prices: [Double], hours: [Double]
    /// Skill categories each credential teaches.
    let categories: [Set<String>]
    /// Every skill category, sorted.
    let allCategories: [String]
    /// Credential indices in each sort order.
    let orders: [CatalogSort: [Int]]

    public init(_ catalog: Catalog) {
        var searchBytes: [UInt8] = []
        var searchRanges: [Range<Int>] = []
        var categories: [Set<String>] = []
        searchRanges.reserveCapacity(catalog.credentials.count)
        for credential in catalog.credentials {
            var parts = [credential.title, credential.id, credential.provider, credential.type.rawValue]
            if let provider = catalog.provider(credential.provider) { parts.append(provider.name) }
            var cats = Set<String>()
            for granted in credential.skills {
                if let skill = catalog.skill(granted.skill) { parts.append(skill.name); cats.insert(skill.category) }
            }
            let start = searchBytes.count
            searchBytes += parts.joined(separator: " ").lowercased().utf8
            searchRanges.append(start..<searchBytes.count)
            categories.append(cats)
        }
        self.searchBytes = searchBytes
        self.searchRanges = searchRanges
        let credentials = catalog.credentials
        providers = credentials.map(\.provider)
        issuers = credentials.map(\.issuer)
        kinds = credentials.map(\.type)
        accredited = credentials.map(\.accredited)
        let prices = catalog.totals.map(\.price), hours = catalog.totals.map(\.hours)
        self.prices = prices
        self.hours = hours
        self.categories = categories
        allCategories = Set(catalog.skills.map(\.category)).sorted()
        let titles = credentials.map { $0.title.lowercased() }
        let providerNames = credentials.map { (catalog.provider($0.provider)?.name ?? $0.provider).lowercased() }
        let base = Array(credentials.indices)
        func byTitle(_ a: Int, _ b: Int) -> Bool { (titles[a], a) < (titles[b], b) }
        orders = [
            .title: base.sorted(by: byTitle),
            .price: base.sorted { (prices[$0], titles[$0], $0) < (prices[$1], titles[$1], $1) },
            .hours: base.sorted { (hours[$0], titles[$0], $0) < (hours[$1], titles[$1], $1) },
            .provider: base.sorted { (providerNames[$0], titles[$0], $0) < (providerNames[$1], titles[$1], $1) },
        ]
    }

    /// The credential indices matching a search and filter, in the sort order (reversed when
    /// `descending`); `within` (a previous
    /// result for a narrower query, in the same order) is searched instead of the whole catalog.
    func results(in catalog: Catalog, search: String, filter: CatalogFilter, sort: CatalogSort, descending: Bool = false,
                 within: [Int]? = nil) -> [Int] {
        let terms = search.lowercased().split(separator: " ").map { Array($0.utf8) }
        let order = within ?? (descending ? (orders[sort] ?? []).reversed() : orders[sort] ?? [])
        if terms.isEmpty && filter.isEmpty { return order }
        return searchBytes.withUnsafeBufferPointer { bytes in
            order.filter { i in
                if let p = filter.provider, providers[i] != p && issuers[i] != p { return false }
                if let t = filter.type, kinds[i] != t { return false }
                if let c = filter.category, !categories[i].contains(c) { return false }
                if filter.accreditedOnly && !accredited[i] { return false }
                if let m = filter.maxPrice, prices[i] > m { return false }
                if let m = filter.maxHours, hours[i] > m { return false }
                let range = searchRanges[i]
                for term in terms where !Self.contains(bytes.baseAddress.map { $0 + range.lowerBound }, range.count, term) {
                    return false
                }
                return true
            }
        }
    }

    /// Whether `needle` occurs in `count` bytes at `haystack`: a scan for the needle's first byte,
    /// then a comparison of the rest at each place it is found (the search text is lower-cased
    /// UTF-8, so a match of bytes is a match of characters).
    static func contains(_ haystack: UnsafePointer<UInt8>?, _ count: Int, _ needle: [UInt8]) -> Bool {
        if needle.isEmpty { return true }
        guard let haystack, needle.count <= count else { return false }
        return needle.withUnsafeBufferPointer { n in
            let first = n[0], rest = n.count - 1
            let lastStart = count - n.count
            var i = 0
            while i <= lastStart {
                if haystack[i] == first {
                    var j = 1
                    while j <= rest && haystack[i + j] == n[j] { j += 1 }
                    if j > rest { return true }
                }
                i += 1
            }
            return false
        }
    }
}
