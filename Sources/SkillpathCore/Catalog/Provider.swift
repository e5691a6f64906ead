/// An organisation that offers or awards credentials.
public struct Provider: Sendable, Hashable, Codable {
    /// What sort of organisation a provider is.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case university, platform, industry, employer, government, nonprofit
    }

    public var id: String
    public var name: String
    public var kind: Kind
    public var url: String?
    /// How the provider charges when it is a subscription platform (providers.json's optional
    /// `subscription`); its credentials are then priced by ``Catalog/subscriptionPricing(of:)``.
    public var subscription: Subscription?

    public init(id: String, name: String, kind: Kind, url: String? = nil, subscription: Subscription? = nil) {
        self.id = id; self.name = name; self.kind = kind; self.url = url; self.subscription = subscription
    }
}
