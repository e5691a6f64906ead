/// What earning a credential costs in all: its own price and hours plus those of the parts it stacks.
///
/// For a credential without a stack the total is its own price and hours, with no parts and one
/// course (itself). For a stack it adds the totals of its cheapest `count` parts; see
/// ``Catalog/totals`` for how they are chosen and how cycles and missing parts are treated.
/// A course that two nested parts share is counted in each, so a nested total is an upper bound.
public struct CredentialTotal: Sendable, Hashable {
    /// The price in the catalog currency: its own plus that of the counted parts.
    public var price: Double
    /// The study hours: its own plus those of the counted parts.
    public var hours: Double
    /// How many of the stack's own parts are counted (0 when it stacks nothing).
    public var parts: Int
    /// How many credentials without a stack (courses, badges, exams) are counted at the leaves,
    /// itself when it stacks nothing: the 8 of "across 8 courses".
    public var courses: Int
    /// Whether every credential counted at the leaves is of type `course`.
    public var onlyCourses: Bool
    /// How many of the `count` parts the stack lacks: parts missing from the catalog, or that can
    /// only be earned through the stack itself. 0 for a total that is complete.
    public var unavailable: Int

    public init(price: Double, hours: Double, parts: Int = 0, courses: Int = 1, onlyCourses: Bool = true, unavailable: Int = 0) {
        self.price = price; self.hours = hours; self.parts = parts
        self.courses = courses; self.onlyCourses = onlyCourses; self.unavailable = unavailable
    }

    /// Whether the total counts parts, that is, whether it differs in kind from the credential's own figures.
    public var isStacked: Bool { parts > 0 || unavailable > 0 }

    /// `$392 · 180 h across 8 courses`, with `(1 part unavailable)` when the stack lacks parts.
    public func words(currency: String) -> String {
        var text = Quantity.money(price, currency: currency) + " · " + Quantity.hours(hours)
        if isStacked && courses > 0 {
            let noun = onlyCourses ? "course" : "credential"
            text += " across \(courses) \(noun)\(courses == 1 ? "" : "s")"
        }
        if unavailable > 0 { text += " (\(unavailable) part\(unavailable == 1 ? "" : "s") unavailable)" }
        return text
    }
}
