/// Finds an optimal study plan for a role (see docs/PLANNING.md).
public struct Planner: Sendable {
    public let catalog: Catalog

    public init(catalog: Catalog) { self.catalog = catalog }

    /// An optimal plan for the request, or a plan with `feasible == false` and the reasons.
    public func plan(_ request: PlanRequest) throws(PlanningError) -> Plan {
        fatalError("TODO: planner under construction")
    }
}
