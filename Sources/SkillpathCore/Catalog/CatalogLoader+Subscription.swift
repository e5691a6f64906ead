/// Decoding a provider's `subscription` terms (docs/CATALOG.md, "Provider").
extension CatalogLoading {
    /// The keys a `subscription` object may hold; any other is warned about and ignored.
    static let subscriptionKeys = ["monthlyFee", "hoursPerMonth"]

    /// A provider's optional `subscription`: `{"monthlyFee": 49, "hoursPerMonth": 30}`, both
    /// required, the fee within ``Limits/monthlyFee`` and the hours within ``Limits/hoursPerMonth``.
    /// Every problem is reported at its place like any other key's; nil when there is none or it is bad.
    func decodeSubscription(_ reader: JSONReader, _ value: JSONValue, _ path: String) -> Subscription? {
        guard let terms = reader.field(value, "subscription", path: path, required: false) else { return nil }
        let termsPath = reader.join(path, "subscription")
        guard let members = reader.object(terms, path: termsPath, what: "subscription terms {\"monthlyFee\": fee, \"hoursPerMonth\": hours}") else {
            return nil
        }
        for member in members where !Self.subscriptionKeys.contains(member.key) {
            var message = "unknown subscription key \"\(member.key)\" is ignored"
            if let near = Identifier.suggestion(for: member.key, among: Self.subscriptionKeys) {
                message += " (did you mean \"\(near)\"?)"
            } else {
                message += "; a subscription holds \(Self.subscriptionKeys.joined(separator: " and "))"
            }
            reader.report(.warning, at: member.keyOffset, path: termsPath, message)
        }
        let fee = reader.number(terms, "monthlyFee", path: termsPath, in: Limits.monthlyFee)
        let hours = reader.number(terms, "hoursPerMonth", path: termsPath, in: Limits.hoursPerMonth)
        guard let fee, let hours else { return nil }
        return Subscription(monthlyFee: fee, hoursPerMonth: hours)
    }
}
