import Foundation

/// Every role of a catalog planned from one profile, cheapest first (PLANNING.md, "Ranking every role").
///
/// Roles with a valid plan come first, by the objective's optimal value, then by role id; roles with
/// no valid plan follow, by role id, each with the planner's reasons. Each entry's plan is exactly
/// the plan ``Planner/plan(_:)`` gives for that role alone: the roles are planned concurrently on
/// every core, but each search is independent and deterministic, so the ranking is too.
public struct RoleRanking: Sendable {
    /// One ranked role: its id and title, and its plan.
    public struct Entry: Sendable, Hashable {
        public var role: String
        public var title: String
        public var plan: Plan

        public init(role: String, title: String, plan: Plan) {
            self.role = role; self.title = title; self.plan = plan
        }

        /// The unmet reasons, each distinct reason once, in the order first given.
        public var reasons: [String] {
            var seen = Set<String>()
            return plan.unmet.map(\.reason).filter { seen.insert($0).inserted }
        }
    }

    /// The roles in ranking order.
    public var entries: [Entry]

    /// The roles that have a valid plan, cheapest first.
    public var feasible: ArraySlice<Entry> { entries.prefix { $0.plan.feasible } }

    /// The roles with no valid plan, by id.
    public var infeasible: ArraySlice<Entry> { entries.drop { $0.plan.feasible } }

    /// Plans every role of the catalog (or those of `roles`) for the profile and ranks them.
    ///
    /// - Parameters:
    ///   - catalog: the catalog to plan from; it is shared read-only by the concurrent searches.
    ///   - profile: the learner's profile; its `targetRole` is ignored.
    ///   - includeRecommended: also meet each role's recommended conditions.
    ///   - roles: the role ids to rank; all of the catalog's when nil.
    ///   - today: the start date when the profile has none.
    ///   - timeLimit: seconds each role's search may take.
    /// - Throws: the first ``PlanningError`` (in role order) when the profile or a role id is not valid.
    public init(catalog: Catalog, profile: Profile, includeRecommended: Bool = false, roles: [String]? = nil,
                today: CalendarDate = .today(), timeLimit: Double = 10) throws(PlanningError) {
        let ids = roles ?? catalog.roles.map(\.id)
        let planner = Planner(catalog: catalog)
        let slots = Slots<Result<Plan, PlanningError>>(count: ids.count)
        // Roles are independent; the planner and the catalog are immutable values, safe to share.
        DispatchQueue.concurrentPerform(iterations: ids.count) { i in
            let request = PlanRequest(role: ids[i], profile: profile, includeRecommended: includeRecommended,
                                      today: today, timeLimit: timeLimit)
            slots[i] = Result { () throws(PlanningError) in try planner.plan(request) }
        }
        var entries: [Entry] = []
        for (i, result) in slots.values.enumerated() {
            let plan = try result!.get()
            entries.append(Entry(role: ids[i], title: catalog.role(ids[i])?.title ?? ids[i], plan: plan))
        }
        self.entries = Self.ordered(entries)
    }

    /// Ranks entries already planned: feasible ones by objective value then role id, then the
    /// infeasible ones by role id.
    public static func ordered(_ entries: [Entry]) -> [Entry] {
        entries.sorted { a, b in
            if a.plan.feasible != b.plan.feasible { return a.plan.feasible }
            if a.plan.feasible && a.plan.value != b.plan.value { return a.plan.value < b.plan.value }
            return a.role < b.role
        }
    }
}
