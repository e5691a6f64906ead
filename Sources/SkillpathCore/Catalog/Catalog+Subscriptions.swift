/// The one pricing rule for credentials taken on subscription platforms (issue 13 §2).
extension Catalog {
    /// How `credential` is priced by its provider's ``Subscription``, or nil when the rule does not
    /// apply: its provider has no subscription, it is a stack (priced by its parts, its own price
    /// being only a capstone or fee), or it is free (price 0: free on the platform, audited).
    ///
    /// The subscription is the merged catalog's, so a layer that replaces a provider changes it.
    public func subscriptionPricing(of credential: Credential) -> SubscriptionPricing? {
        guard credential.stack == nil, credential.price > 0,
              let provider = provider(credential.provider), let subscription = provider.subscription else { return nil }
        return SubscriptionPricing(provider: provider.id, providerName: provider.name, subscription: subscription,
                                   hours: credential.hours, statedPrice: credential.price)
    }
}
