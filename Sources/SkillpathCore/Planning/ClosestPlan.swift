/// When no valid plan exists: the plan that meets the most of the role's conditions within every
/// limit, filter and `require`, optimal under the objective at that count (PLANNING.md, "The
/// closest plan").
public struct ClosestPlan: Sendable, Hashable {
    /// A role condition the closest plan does not meet, and why.
    public struct Unmet: Sendable, Hashable {
        /// The condition's number, 0-based over the role's `requires`, then `recommends`.
        public var condition: Int
        public var reason: String
        public init(condition: Int, reason: String) { self.condition = condition; self.reason = reason }
    }

    /// How many of the role's conditions the plan meets: the most any plan within the limits can.
    public var meets: Int
    /// How many conditions the role has (`requires`, plus `recommends` when included).
    public var of: Int
    /// The first objective term, as ``Plan/value``.
    public var value: Double
    /// The second objective term, as ``Plan/tiebreak``.
    public var tiebreak: Double
    public var totals: Plan.Totals
    public var steps: [Plan.Step]
    public var unmet: [Unmet]
    /// False when the time limit stopped the search: the plan is then the best found, not
    /// necessarily the closest or the cheapest.
    public var optimal: Bool

    public init(meets: Int, of: Int, value: Double, tiebreak: Double, totals: Plan.Totals, steps: [Plan.Step],
                unmet: [Unmet], optimal: Bool = true) {
        self.meets = meets; self.of = of; self.value = value; self.tiebreak = tiebreak; self.totals = totals
        self.steps = steps; self.unmet = unmet; self.optimal = optimal
    }

    /// The day the last step ends, or `start` for an empty plan.
    public func finishDate(from start: CalendarDate) -> CalendarDate { steps.last?.endDate ?? start }
}

extension ClosestPlan {
    /// "The closest plan you can make meets 5 of the 7 requirements:", for text, Markdown and the TUI.
    public var sentence: String {
        let requirements = of == 1 ? "the 1 requirement" : "the \(of) requirements"
        let found = optimal ? "" : " (the best found before the time limit, not proven the closest)"
        return "The closest plan you can make meets \(meets) of \(requirements)\(found):"
            + (steps.isEmpty ? " it takes nothing more than the profile already has." : "")
    }
}

extension Plan {
    /// The closest plan as a feasible plan of the same role and pace, so the formatters can show
    /// its steps as they show any plan's; nil when there is none.
    public var closestAsPlan: Plan? {
        guard let closest else { return nil }
        var plan = Plan(role: role, objective: objective, feasible: true, value: closest.value, tiebreak: closest.tiebreak,
                        totals: closest.totals, steps: closest.steps, unmet: [], startDate: startDate, hoursPerWeek: hoursPerWeek)
        plan.optimal = closest.optimal
        return plan
    }

    /// The unmet reasons grouped: each distinct reason once, in the order first given, with the
    /// conditions it applies to.
    public var groupedUnmet: [(reason: String, conditions: [Condition])] {
        var groups: [(reason: String, conditions: [Condition])] = []
        for u in unmet {
            if let i = groups.firstIndex(where: { $0.reason == u.reason }) {
                groups[i].conditions.append(u.condition)
            } else {
                groups.append((u.reason, [u.condition]))
            }
        }
        return groups
    }
}
