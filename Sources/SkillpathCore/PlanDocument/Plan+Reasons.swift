/// Giving every step of a plan its reasons.
extension Plan {
    /// Sets each step's ``Plan/Step/why`` from ``StepReason/reasons(for:catalog:role:profile:includeRecommended:required:)``.
    public mutating func assignReasons(catalog: Catalog, role: Role, profile: Profile,
                                       includeRecommended: Bool, required: Set<String> = []) {
        let reasons = StepReason.reasons(for: self, catalog: catalog, role: role, profile: profile,
                                         includeRecommended: includeRecommended, required: required)
        for i in steps.indices { steps[i].why = reasons[i] }
    }
}
