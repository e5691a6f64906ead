/// Reasons for plans saved before steps carried them.
///
/// Reasons are stored with each step (`"why"` in the saved plan's steps), as the planner gave
/// them from the profile the plan was made from. A file written before that has none; this
/// computes them from the profile and choice of recommendations the file records.
extension SavedPlan {
    /// Gives every step its reasons when no step has any (a file older than reasons); otherwise changes nothing.
    ///
    /// Credentials swapped in by hand were not recorded in old files, so they get no `required` reason.
    public mutating func restoreReasons(catalog: Catalog) {
        guard plan.feasible, plan.steps.allSatisfy(\.why.isEmpty), let role = catalog.role(role) else { return }
        plan.assignReasons(catalog: catalog, role: role, profile: profile, includeRecommended: includeRecommended,
                           required: Set(profile.require))
    }
}
