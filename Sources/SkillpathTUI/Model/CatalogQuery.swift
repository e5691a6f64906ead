import SkillpathCore
import CNcursesw

/// How the catalog list is ordered.
public enum CatalogSort: String, CaseIterable, Sendable {
    case title, price, hours, provider

    /// The next order in the `s` cycle.
    var next: CatalogSort {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
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
    /// Lower-cased UTF-8 text searched for each credential: title, id, provider, skills, type.
    let searchText: [[UInt8]]
    /// Skill categories each credential teaches.
    let categories: [Set<String>]
    /// Every skill category, sorted.
    let allCategories: [String]
    /// Credential indices in each sort order.
    let orders: [CatalogSort: [Int]]

    public init(_ catalog: Catalog) {
        var searchText: [[UInt8]] = []
        var categories: [Set<String>] = []
        searchText.reserveCapacity(catalog.credentials.count)
        for credential in catalog.credentials {
            var parts = [credential.title, credential.id, credential.provider, credential.type.rawValue]
            if let provider = catalog.provider(credential.provider) { parts.append(provider.name) }
            var cats = Set<String>()
            for granted in credential.skills {
                if let skill = catalog.skill(granted.skill) { parts.append(skill.name); cats.insert(skill.category) }
            }
            searchText.append(Array(parts.joined(separator: " ").lowercased().utf8))
            categories.append(cats)
        }
        self.searchText = searchText
        self.categories = categories
        allCategories = Set(catalog.skills.map(\.category)).sorted()
        let credentials = catalog.credentials
        let titles = credentials.map { $0.title.lowercased() }
        let providerNames = credentials.map { (catalog.provider($0.provider)?.name ?? $0.provider).lowercased() }
        let base = Array(credentials.indices)
        func byTitle(_ a: Int, _ b: Int) -> Bool { (titles[a], a) < (titles[b], b) }
        orders = [
            .title: base.sorted(by: byTitle),
            .price: base.sorted { (credentials[$0].price, titles[$0], $0) < (credentials[$1].price, titles[$1], $1) },
            .hours: base.sorted { (credentials[$0].hours, titles[$0], $0) < (credentials[$1].hours, titles[$1], $1) },
            .provider: base.sorted { (providerNames[$0], titles[$0], $0) < (providerNames[$1], titles[$1], $1) },
        ]
    }

    /// The credential indices matching a search and filter, in the sort order.
    func results(in catalog: Catalog, search: String, filter: CatalogFilter, sort: CatalogSort) -> [Int] {
        let terms = search.lowercased().split(separator: " ").map { Array($0.utf8) }
        let order = orders[sort] ?? []
        if terms.isEmpty && filter.isEmpty { return order }
        return order.filter { i in
            let credential = catalog.credentials[i]
            if let p = filter.provider, credential.provider != p && credential.issuer != p { return false }
            if let t = filter.type, credential.type != t { return false }
            if let c = filter.category, !categories[i].contains(c) { return false }
            if filter.accreditedOnly && !credential.accredited { return false }
            if let m = filter.maxPrice, credential.price > m { return false }
            if let m = filter.maxHours, credential.hours > m { return false }
            for term in terms where !Self.contains(searchText[i], term) { return false }
            return true
        }
    }

    /// Whether `needle` occurs in `haystack` (bytes), by the C library's `memmem` (see the shim).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        if needle.isEmpty { return true }
        if needle.count > haystack.count { return false }
        return haystack.withUnsafeBytes { h in
            needle.withUnsafeBytes { n in sp_contains_bytes(h.baseAddress, h.count, n.baseAddress, n.count) != 0 }
        }
    }
}
