/// The ranges every number must fall in where it enters: catalog, profile, saved plan or flag.
///
/// The bounds are far past anything a real catalog or learner reaches, and small enough that the
/// planner's arithmetic cannot overflow: a plan has at most ``maxCredentials`` steps, so its summed
/// price stays below 10^7 × 10^6 = 10^13 and its summed hours below 10^11, both exact to the cent
/// in a `Double` (exact integers up to 9 × 10^15). The planner counts costs in `Int64` thousandths:
/// the largest, a `balanced` cost of price + hourValue × hours ≤ 10^7 + 10^4 × 10^5 ≈ 1.01 × 10^9
/// per credential, is 1.01 × 10^12 thousandths, and 10^6 of them sum to 1.01 × 10^18, below
/// `Int64.max` ≈ 9.2 × 10^18 (which is why ``hourValue`` stops at 10^4). The slowest pace, 0.1 h a
/// week, stretches 10^11 hours over 10^12 weeks: 7 × 10^12 days, well inside an `Int` of days.
public enum Limits {
    /// A credential's estimated learning hours.
    public static let hours: ClosedRange<Double> = 0...100_000
    /// A credential's price in the catalog currency.
    public static let price: ClosedRange<Double> = 0...10_000_000
    /// A subscription platform's monthly fee: like a ``price``.
    public static let monthlyFee: ClosedRange<Double> = price
    /// The course hours a learner completes in a month on a subscription platform: from one to the
    /// hours in a 31-day month.
    public static let hoursPerMonth: ClosedRange<Double> = 1...744
    /// A profile's budget: at most what a whole plan of the dearest credentials could cost.
    public static let budget: ClosedRange<Double> = 0...10_000_000_000
    /// A profile's `maxHours`: at most what a whole plan of the longest credentials could take.
    public static let maxHours: ClosedRange<Double> = 0...100_000_000_000
    /// Study hours per week: at least six minutes, at most the hours in a week.
    public static let hoursPerWeek: ClosedRange<Double> = 0.1...168
    /// The value of one study hour under the `balanced` objective.
    public static let hourValue: ClosedRange<Double> = 0...10_000
    /// A skill level.
    public static let level: ClosedRange<Int> = 0...5
    /// The planner's time limit in seconds (one day).
    public static let timeLimit: ClosedRange<Double> = 0.001...86_400
    /// A credential's stated duration in weeks, and a certification's validity in months.
    public static let weeks: ClosedRange<Double> = 0...1_000
    public static let expiresMonths: ClosedRange<Int> = 0...1_200
    /// The year a plan may start in.
    public static let startYear: ClosedRange<Int> = 1...9_999
    /// The most credentials one catalog may hold.
    public static let maxCredentials = 1_000_000
    /// A whole plan's price, hours and weeks, and its objective value: what ``maxCredentials`` steps
    /// at the largest ``price``, ``hours`` and ``hourValue`` and the slowest ``hoursPerWeek`` reach.
    public static let planPrice: ClosedRange<Double> = 0...(price.upperBound * Double(maxCredentials))
    public static let planHours: ClosedRange<Double> = 0...(hours.upperBound * Double(maxCredentials))
    public static let planWeeks: ClosedRange<Double> = 0...(planHours.upperBound / hoursPerWeek.lowerBound)
    public static let planValue: ClosedRange<Double> = 0...(planPrice.upperBound + hourValue.upperBound * planHours.upperBound)
    /// The most bytes read from one catalog, profile or plan file (64 MiB).
    public static let maxFileBytes = 64 << 20

    /// `"at most 100000"`, `"from 0.1 to 168"`: a range as an error message says it.
    public static func describe(_ range: ClosedRange<Double>) -> String {
        range.lowerBound == 0 ? "from 0 to \(format(range.upperBound))"
            : "from \(format(range.lowerBound)) to \(format(range.upperBound))"
    }

    /// A bound written plainly: `100000`, `0.1`, never `1e+05`.
    public static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
