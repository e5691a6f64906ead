/// How a credential taken on a subscription platform is priced by the platform's ``Subscription``:
/// the months its hours take, times the monthly fee.
///
/// ``Catalog/subscriptionPricing(of:)`` makes one; `catalog lint` reports a credential whose
/// stated price is not ``price``, and `catalog show` prints ``words(currency:)``.
public struct SubscriptionPricing: Sendable, Hashable {
    /// The provider (where the credential is taken) whose subscription prices it.
    public var provider: String
    /// The provider's name, for the words.
    public var providerName: String
    public var subscription: Subscription
    /// The credential's own hours, which the months follow from.
    public var hours: Double
    /// The started months its hours take: ``Subscription/months(forHours:)``.
    public var months: Int
    /// The price the rule gives: ``months`` times the fee, to the cent.
    public var price: Double
    /// The price the catalog states for the credential.
    public var statedPrice: Double

    public init(provider: String, providerName: String, subscription: Subscription, hours: Double, statedPrice: Double) {
        self.provider = provider; self.providerName = providerName; self.subscription = subscription
        self.hours = hours; self.statedPrice = statedPrice
        months = subscription.months(forHours: hours)
        price = subscription.price(forHours: hours)
    }

    /// Whether the stated price is the rule's, to the cent.
    public var isFollowed: Bool { abs(price - statedPrice) < 0.01 }

    /// `3 months of Coursera at $49 a month (30 h a month)`.
    public func words(currency: String) -> String {
        "\(months) month\(months == 1 ? "" : "s") of \(providerName) at " + subscription.words(currency: currency)
    }

    /// How the price follows from the rule, or how it departs from it:
    /// `priced as 3 months of Coursera at $49 a month (30 h a month)`, or
    /// `$98 by the subscription rule, 2 months of … (30 h a month), not the $49 stated`.
    public func explanation(currency: String) -> String {
        isFollowed ? "priced as " + words(currency: currency)
            : "\(Quantity.money(price, currency: currency)) by the subscription rule, \(words(currency: currency)), not the \(Quantity.money(statedPrice, currency: currency)) stated"
    }
}
