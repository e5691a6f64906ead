/// Pins: credentials one plan requires, and the ones they replaced, which it avoids.
///
/// Pins belong to the plan, not to the profile: they are the plan's own additions to the
/// profile's `require` and `avoid` at a re-plan (``SavedPlan/replanned(profile:catalog:today:timeLimit:now:)``),
/// so they never make a plan stale. A swap pins the alternative and avoids the step it replaced;
/// a re-plan pins the steps in progress. Releasing a pin drops both, and the next re-plan
/// returns to the optimum.
extension SavedPlan {
    /// One credential the plan requires.
    public struct Pin: Sendable, Hashable {
        public var credential: String
        /// The credential it replaced (a swap), which the plan then avoids; nil for a step pinned where it is.
        public var replaces: String?

        public init(credential: String, replaces: String? = nil) {
            self.credential = credential; self.replaces = replaces
        }
    }

    /// Pins `credential` (required at every re-plan) and, for a swap, avoids the one it `replacing`.
    /// Pinning a credential again replaces its pin.
    public mutating func pin(_ credential: String, replacing: String? = nil) {
        pins.removeAll { $0.credential == credential }
        pins.append(Pin(credential: credential, replaces: replacing))
    }

    /// Removes the pin of `credential` (and so the avoidance of what it replaced). False when it had none.
    @discardableResult
    public mutating func release(_ credential: String) -> Bool {
        let before = pins.count
        pins.removeAll { $0.credential == credential }
        return pins.count != before
    }

    /// Whether the plan pins `credential`.
    public func isPinned(_ credential: String) -> Bool { pins.contains { $0.credential == credential } }

    /// The credentials the pins require, in pin order.
    public var pinnedCredentials: [String] { pins.map(\.credential) }

    /// The credentials the pins replaced, which the plan avoids.
    public var replacedCredentials: [String] { pins.compactMap(\.replaces) }
}
