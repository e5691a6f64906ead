/// A limit on a sum of per-credential amounts, Σ over S of `amount(c)` ≤ `bound` (rule 5 of
/// PLANNING.md): the budget, `maxHours` and `deadline`.
///
/// Every search, bound and reason handles a limit through this type alone, so adding the next
/// limit is one case in ``Kind`` and its lines in ``limits(for:start:)`` and the words below.
struct ResourceLimit: Sendable {
    /// Which rule of the profile a limit stands for.
    enum Kind: Sendable, Hashable {
        /// `budget`: Σ price ≤ budget.
        case budget(Double)
        /// `maxHours`: Σ hours ≤ maxHours.
        case maxHours(Double)
        /// `deadline`: Σ hours ≤ hoursPerWeek × days(deadline − start) / 7.
        case deadline(CalendarDate, hoursPerWeek: Double, start: CalendarDate)

        /// What the limit sums.
        var measure: Measure {
            switch self {
            case .budget: return .price
            case .maxHours, .deadline: return .hours
            }
        }
    }

    /// What a limit sums over the plan's credentials.
    enum Measure: Sendable, Hashable {
        case price, hours

        /// The amount of one credential.
        func amount(of credential: Credential) -> Double {
            switch self {
            case .price: return credential.price
            case .hours: return credential.hours
            }
        }

        /// The objective whose first term is this measure, so a plan optimal under it has the
        /// least sum of this measure.
        var objective: Objective {
            switch self {
            case .price: return .cost
            case .hours: return .time
            }
        }
    }

    let kind: Kind
    /// The most the sum may be, in thousandths; negative when only the empty plan is allowed.
    let bound: Int64
    /// Per credential of the catalog: its amount, in thousandths.
    var amount: [Int64]

    var measure: Measure { kind.measure }

    init(kind: Kind, catalog: Catalog) {
        self.kind = kind
        switch kind {
        case .budget(let budget): bound = PlanningProblem.fixed(budget)
        case .maxHours(let hours): bound = PlanningProblem.fixed(hours)
        case .deadline(let date, let perWeek, let start): bound = Self.deadlineBound(date, hoursPerWeek: perWeek, start: start)
        }
        let measure = kind.measure
        amount = catalog.credentials.map { PlanningProblem.fixed(measure.amount(of: $0)) }
    }

    /// The profile's limits, all of which hold at once; `start` is the day study starts. The one
    /// place that reads the profile's limit keys.
    static func limits(for profile: Profile, start: CalendarDate, catalog: Catalog) -> [ResourceLimit] {
        var kinds: [Kind] = []
        if let budget = profile.budget { kinds.append(.budget(budget)) }
        if let maxHours = profile.maxHours { kinds.append(.maxHours(maxHours)) }
        if let deadline = profile.deadline {
            kinds.append(.deadline(deadline, hoursPerWeek: profile.hoursPerWeek, start: start))
        }
        return kinds.map { ResourceLimit(kind: $0, catalog: catalog) }
    }

    /// Whether only the empty plan fits (a deadline before the start date).
    var allowsOnlyTheEmptyPlan: Bool { bound < 0 }

    /// The most hours, in thousandths, whose schedule ends on or before `deadline`: a step of h
    /// hours ending at week h / hoursPerWeek falls on the start plus ⌈7h / hoursPerWeek⌉ days
    /// (``Planner/date(_:week:)``), so the limit is hoursPerWeek × days / 7, rounded down to a
    /// thousandth; −1 when the deadline is before the start (only the empty plan fits).
    static func deadlineBound(_ deadline: CalendarDate, hoursPerWeek: Double, start: CalendarDate) -> Int64 {
        let days = deadline.daysSinceEpoch - start.daysSinceEpoch
        guard days >= 0 else { return -1 }
        // Limits keep both factors small enough that the product is exact to far below a thousandth.
        let hours = hoursPerWeek * Double(days) / 7
        return Int64((hours * PlanningProblem.scale + 1e-6).rounded(.down))
    }

    /// Whether a sum of this limit's amounts, in thousandths, is within it.
    func allows(_ total: Int64) -> Bool { total <= bound }

    /// The limit in words, for a reason: "the budget of $300", "the 120 h limit",
    /// "the deadline of 2027-06-30 at 8 h/week".
    func name(currency: String) -> String {
        switch kind {
        case .budget(let budget): return "the budget of \(Quantity.money(budget, currency: currency))"
        case .maxHours(let hours): return "the \(Quantity.hours(hours)) limit"
        case .deadline(let date, let perWeek, _): return "the deadline of \(date) at \(Quantity.number(perWeek)) h/week"
        }
    }

    /// Why goals cannot be met within this limit, given the least sum of this limit's measure
    /// (proven by an exact search) over a plan that meets them; `meeting` names what is met
    /// ("meeting it", "meeting it as well as the 5 conditions met"):
    /// "over budget: meeting it costs at least $749, more than the budget of $300";
    /// "over the 120 h limit: meeting it takes at least 150 h";
    /// "cannot finish by 2027-06-30 at 8 h/week: needs at least 300 h".
    func overReason(least: Double, meeting: String, currency: String) -> String {
        switch kind {
        case .budget(let budget):
            return "over budget: \(meeting) costs at least \(Quantity.money(least, currency: currency)), more than the budget of \(Quantity.money(budget, currency: currency))"
        case .maxHours(let hours):
            return "over the \(Quantity.hours(hours)) limit: \(meeting) takes at least \(Quantity.hours(least))"
        case .deadline(let date, let perWeek, _):
            return "cannot finish by \(date) at \(Quantity.number(perWeek)) h/week: \(meeting == "meeting it" ? "" : meeting + " ")needs at least \(Quantity.hours(least))"
        }
    }
}
