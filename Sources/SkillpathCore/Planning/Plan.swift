/// A study plan for one role: ordered, scheduled steps, totals, or why no plan exists.
public struct Plan: Sendable, Hashable {
    /// One credential to take, with its place in the schedule.
    public struct Step: Sendable, Hashable {
        public var credential: String
        public var title: String
        public var price: Double
        public var hours: Double
        public var startWeek: Double
        public var endWeek: Double
        public var startDate: CalendarDate
        public var endDate: CalendarDate
        /// The role's skill requirements (and gap skills) this step raises to the needed level.
        public var covers: [SkillLevel]
        /// A zero-cost stacked credential completed by earlier steps.
        public var milestone: Bool
        /// Why the step is there (``StepReason``); set by ``Plan/assignReasons(catalog:role:profile:includeRecommended:required:)``.
        public var why: [StepReason]
        /// Warnings about the step, e.g. that it ends after its credential retires
        /// (``Credential/retirementWarning(endingOn:)``).
        public var warnings: [String]

        public init(credential: String, title: String, price: Double, hours: Double, startWeek: Double,
                    endWeek: Double, startDate: CalendarDate, endDate: CalendarDate, covers: [SkillLevel],
                    milestone: Bool, why: [StepReason] = [], warnings: [String] = []) {
            self.credential = credential; self.title = title; self.price = price; self.hours = hours
            self.startWeek = startWeek; self.endWeek = endWeek; self.startDate = startDate
            self.endDate = endDate; self.covers = covers; self.milestone = milestone; self.why = why
            self.warnings = warnings
        }
    }

    /// A role condition no valid plan can meet, and why.
    public struct Unmet: Sendable, Hashable {
        public var condition: Condition
        public var reason: String
        public init(condition: Condition, reason: String) {
            self.condition = condition; self.reason = reason
        }
    }

    /// Sums over the plan's steps.
    public struct Totals: Sendable, Hashable {
        public var price: Double
        public var hours: Double
        public var weeks: Double
        /// Steps that are not milestones.
        public var credentials: Int
        public init(price: Double, hours: Double, weeks: Double, credentials: Int) {
            self.price = price; self.hours = hours; self.weeks = weeks; self.credentials = credentials
        }
    }

    public var role: String
    public var objective: Objective
    public var feasible: Bool
    /// The first objective term: price (cost), hours (time) or price + hourValue × hours (balanced).
    public var value: Double
    /// The second objective term: hours (cost), price (time), 0 (balanced).
    public var tiebreak: Double
    public var totals: Totals
    public var steps: [Step]
    public var unmet: [Unmet]
    public var startDate: CalendarDate
    public var hoursPerWeek: Double
    /// Whether the search proved this plan optimal (or proved that no plan exists). False when
    /// the time limit stopped it first: the plan is then the best found, not necessarily the best.
    public var optimal = true

    public init(role: String, objective: Objective, feasible: Bool, value: Double, tiebreak: Double,
                totals: Totals, steps: [Step], unmet: [Unmet], startDate: CalendarDate, hoursPerWeek: Double) {
        self.role = role; self.objective = objective; self.feasible = feasible; self.value = value
        self.tiebreak = tiebreak; self.totals = totals; self.steps = steps; self.unmet = unmet
        self.startDate = startDate; self.hoursPerWeek = hoursPerWeek
    }

    /// The day the last step ends (the start date for an empty plan).
    public var finishDate: CalendarDate { steps.last?.endDate ?? startDate }
}
