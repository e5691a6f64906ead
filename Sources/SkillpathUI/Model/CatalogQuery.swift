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
