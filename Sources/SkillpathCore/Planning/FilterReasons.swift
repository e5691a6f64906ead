/// Why the request's filters (PLANNING.md rule 2) leave a credential out, as flags: cheap to
/// work out for every credential of a reason, and written out only for those the reason names.
struct FilterReasons: OptionSet {
    let rawValue: UInt8

    static let avoided = FilterReasons(rawValue: 1 << 0)
    static let avoidedAndRequired = FilterReasons(rawValue: 1 << 1)
    static let providerExcluded = FilterReasons(rawValue: 1 << 2)
    static let notFromOnlyProviders = FilterReasons(rawValue: 1 << 3)
    static let retired = FilterReasons(rawValue: 1 << 4)
    static let deadlineBeforeStart = FilterReasons(rawValue: 1 << 5)
    static let notAccredited = FilterReasons(rawValue: 1 << 6)
    static let excludedFromPlan = FilterReasons(rawValue: 1 << 7)

    /// A request's filters, with its lists as sets, for checking many credentials.
    struct Filters {
        /// The day study starts, by which a credential may have retired.
        let start: CalendarDate
        private let accreditedOnly: Bool
        private let avoid: Set<String>
        private let require: Set<String>
        private let excludeProviders: Set<String>
        private let onlyProviders: Set<String>
        private let exclude: Set<String>
        /// The words for the filters that read nothing of the credential, made once.
        private let deadlineBeforeStart: String?
        private let onlyProvidersText: String

        init(_ request: PlanRequest) {
            let profile = request.profile
            let start = profile.startDate ?? request.today
            accreditedOnly = profile.accreditedOnly
            self.start = start
            avoid = Set(profile.avoid)
            require = Set(profile.require)
            excludeProviders = Set(profile.excludeProviders)
            onlyProviders = Set(profile.onlyProviders)
            exclude = Set(request.exclude)
            deadlineBeforeStart = profile.deadline.flatMap { deadline in
                deadline < start ? "the deadline \(deadline) is before the start date \(start)" : nil
            }
            onlyProvidersText = "not from the only providers \(profile.onlyProviders.joined(separator: ", "))"
        }

        /// The filters that leave `credential` out; empty when none does.
        func reasons(_ credential: Credential) -> FilterReasons {
            var reasons: FilterReasons = []
            if !avoid.isEmpty && avoid.contains(credential.id) {
                reasons.insert(require.contains(credential.id) ? .avoidedAndRequired : .avoided)
            }
            if !excludeProviders.isEmpty && excludeProviders.contains(credential.provider) { reasons.insert(.providerExcluded) }
            if !onlyProviders.isEmpty && !onlyProviders.contains(credential.provider) { reasons.insert(.notFromOnlyProviders) }
            if credential.isRetired(by: start) { reasons.insert(.retired) }
            if deadlineBeforeStart != nil { reasons.insert(.deadlineBeforeStart) }
            if accreditedOnly && !credential.accredited { reasons.insert(.notAccredited) }
            if !exclude.isEmpty && exclude.contains(credential.id) { reasons.insert(.excludedFromPlan) }
            return reasons
        }

        /// `reasons` of `credential` in words, e.g. "in the avoid list, provider q is excluded".
        func text(_ reasons: FilterReasons, of credential: Credential) -> String {
            var why: [String] = []
            if reasons.contains(.avoidedAndRequired) {
                why.append("in the avoid list as well as the require list; remove it from one of them")
            }
            if reasons.contains(.avoided) { why.append("in the avoid list") }
            if reasons.contains(.providerExcluded) { why.append("provider \(credential.provider) is excluded") }
            if reasons.contains(.notFromOnlyProviders) { why.append(onlyProvidersText) }
            if reasons.contains(.retired) { why.append(credential.retirementReason) }
            if reasons.contains(.deadlineBeforeStart), let deadlineBeforeStart { why.append(deadlineBeforeStart) }
            if reasons.contains(.notAccredited) { why.append("not accredited, and the profile asks for accredited only") }
            if reasons.contains(.excludedFromPlan) { why.append("excluded from this plan") }
            return why.joined(separator: ", ")
        }
    }
}
