import SkillpathCore
@testable import SkillpathUI

/// The catalog search as first written, kept plain as the tests' reference: each credential's
/// text (title, id, provider, type, provider name, skill names) joined, lower-cased and searched
/// on its own for each term's bytes; each order sorted afresh with the lower-cased title and the
/// catalog position breaking ties.
struct ReferenceCatalogQuery {
    let catalog: Catalog
    let texts: [[UInt8]]
    let categories: [Set<String>]
    let orders: [CatalogSort: [Int]]

    init(_ catalog: Catalog) {
        self.catalog = catalog
        var texts: [[UInt8]] = [], categories: [Set<String>] = []
        for credential in catalog.credentials {
            var parts = [credential.title, credential.id, credential.provider, credential.type.rawValue]
            if let provider = catalog.provider(credential.provider) { parts.append(provider.name) }
            var cats = Set<String>()
            for granted in credential.skills {
                if let skill = catalog.skill(granted.skill) { parts.append(skill.name); cats.insert(skill.category) }
            }
            texts.append(Array(parts.joined(separator: " ").lowercased().utf8))
            categories.append(cats)
        }
        self.texts = texts
        self.categories = categories
        orders = Dictionary(uniqueKeysWithValues: CatalogSort.allCases.map { ($0, Self.order(catalog, $0)) })
    }

    static func order(_ catalog: Catalog, _ sort: CatalogSort) -> [Int] {
        let credentials = catalog.credentials
        let titles = credentials.map { $0.title.lowercased() }
        let prices = catalog.totals.map(\.price), hours = catalog.totals.map(\.hours)
        let providerNames = credentials.map { (catalog.provider($0.provider)?.name ?? $0.provider).lowercased() }
        switch sort {
        case .title: return credentials.indices.sorted { (titles[$0], $0) < (titles[$1], $1) }
        case .price: return credentials.indices.sorted { (prices[$0], titles[$0], $0) < (prices[$1], titles[$1], $1) }
        case .hours: return credentials.indices.sorted { (hours[$0], titles[$0], $0) < (hours[$1], titles[$1], $1) }
        case .provider: return credentials.indices.sorted { (providerNames[$0], titles[$0], $0) < (providerNames[$1], titles[$1], $1) }
        }
    }

    func results(search: String, filter: CatalogFilter, sort: CatalogSort) -> [Int] {
        let terms = search.lowercased().split(separator: " ").map { Array($0.utf8) }
        let credentials = catalog.credentials
        let prices = catalog.totals.map(\.price), hours = catalog.totals.map(\.hours)
        return orders[sort]!.filter { i in
            let c = credentials[i]
            if let p = filter.provider, c.provider != p && c.issuer != p { return false }
            if let t = filter.type, c.type != t { return false }
            if let category = filter.category, !categories[i].contains(category) { return false }
            if filter.accreditedOnly && !c.accredited { return false }
            if let m = filter.maxPrice, prices[i] > m { return false }
            if let m = filter.maxHours, hours[i] > m { return false }
            return terms.allSatisfy { Self.contains(texts[i], $0) }
        }
    }

    /// Whether `needle`'s bytes occur in `haystack`, compared at every place.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        if needle.isEmpty { return true }
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in haystack[start..<(start + needle.count)].elementsEqual(needle) }
    }
}
