/// How a subscription platform charges: a monthly fee, and the hours of course time a typical
/// learner completes in a month. A provider's optional `subscription` key in providers.json,
/// `{"monthlyFee": 49, "hoursPerMonth": 30}` (docs/CATALOG.md).
///
/// Its credentials are priced by one rule: the months their hours take times the fee, every
/// started month counting (``price(forHours:)``). ``Catalog/subscriptionPricing(of:)`` applies
/// it to a credential; `catalog lint` and `catalog show` both read it from there.
public struct Subscription: Sendable, Hashable, Codable {
    /// The fee for one month, in the catalog currency (within ``Limits/monthlyFee``).
    public var monthlyFee: Double
    /// The hours of stated course time a typical learner completes in a month (within ``Limits/hoursPerMonth``).
    public var hoursPerMonth: Double

    public init(monthlyFee: Double, hoursPerMonth: Double) {
        self.monthlyFee = monthlyFee; self.hoursPerMonth = hoursPerMonth
    }

    /// The months a credential of `hours` hours takes: every started month counts, at least one.
    public func months(forHours hours: Double) -> Int {
        max(1, Int((hours / hoursPerMonth).rounded(.up)))
    }

    /// `$49 a month (30 h a month)`.
    public func words(currency: String) -> String {
        "\(Quantity.money(monthlyFee, currency: currency)) a month (\(Quantity.hours(hoursPerMonth)) a month)"
    }

    /// The price of a credential of `hours` hours: its months times the fee, to the cent.
    public func price(forHours hours: Double) -> Double {
        (Double(months(forHours: hours)) * monthlyFee * 100).rounded() / 100
    }
}
