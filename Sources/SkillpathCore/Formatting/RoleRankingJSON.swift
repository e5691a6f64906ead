/// A ``RoleRanking`` as the JSON array PLANNING.md specifies for `skillpath roles --rank --format json`.
///
/// ```json
/// [{"role": "data-analyst", "title": "Data Analyst", "feasible": true,
///   "objective": {"kind": "cost", "value": 100.0},
///   "totals": {"price": 100.0, "hours": 50.0, "weeks": 5.0, "credentials": 2},
///   "finishDate": "2027-02-08", "reasons": []}]
/// ```
/// Beyond the contract's keys, each entry has `finishDate` (null without a plan) and `reasons`
/// (why there is no plan: the plan's unmet reasons, each
/// reason once), and `"optimal": false` when the time limit stopped that role's search.
public enum RoleRankingJSON {
    /// The ranking as a JSON array, in ranking order.
    public static func output(_ ranking: RoleRanking) -> JSONOutput {
        .array(ranking.entries.map(output))
    }

    /// One ranked role.
    public static func output(_ entry: RoleRanking.Entry) -> JSONOutput {
        let plan = entry.plan
        var members: [(String, JSONOutput)] = [
            ("role", .string(entry.role)),
            ("title", .string(entry.title)),
            ("feasible", .bool(plan.feasible)),
            ("objective", .object([("kind", .string(plan.objective.rawValue)), ("value", .number(plan.value))])),
            ("totals", .object([
                ("price", .number(plan.totals.price)),
                ("hours", .number(plan.totals.hours)),
                ("weeks", .number(plan.totals.weeks)),
                ("credentials", .integer(plan.totals.credentials)),
            ])),
            ("finishDate", plan.feasible ? .string(plan.finishDate.description) : .null),
            ("reasons", .array(entry.reasons.map(JSONOutput.string))),
        ]
        if !plan.optimal { members.insert(("optimal", .bool(false)), at: 3) }
        return .object(members)
    }
}
