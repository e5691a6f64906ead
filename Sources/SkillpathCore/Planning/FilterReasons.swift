/// Why the request's filters (PLANNING.md rule 2) leave a credential out, as flags: the one
/// place the filters are decided, both for what is usable (``PlanningProblem/usable``) and for
/// the reasons of a plan that cannot be made, which write them out only for the credentials they
/// name.
struct FilterReasons: OptionSet {
    let rawValue: UInt8

    static let avoided = FilterReasons(rawValue: 1 << 0)
    static let avoidedAndRequired = FilterReasons(rawValue: 1 << 1)
    static let providerExcluded = FilterReasons(rawValue: 1 << 2)
    static let notFromOnlyProviders = FilterReasons(rawValue: 1 << 3)
    static let retired = FilterReasons(rawValue: 1 << 4)
    static let notAccredited = FilterReasons(rawValue: 1 << 5)
    static let excludedFromPlan = FilterReasons(rawValue: 1 << 6)

    /// A request's filters over a compiled catalog, for checking many credentials: the lists
    /// are turned into credential and provider numbers once, so no credential's strings are read.
    struct Filters {
        /// The day study starts, by which a credential may have retired.
        let start: CalendarDate
        private let compiled: CompiledCatalog
        private let accreditedOnly: Bool
        private let avoided: Set<Int>
        private let required: Set<Int>
        private let excluded: Set<Int>
        /// Per provider number: whether `excludeProviders` names it, and whether `onlyProviders`
        /// leaves it out.
        private let providerExcluded: [Bool]
        private let notFromOnlyProviders: [Bool]
        private let onlyProviders: [String]

        /// The filters of `profile`, and the request's own `exclude`, from the day study starts.
        init(profile: Profile, exclude: some Sequence<String>, start: CalendarDate, compiled: CompiledCatalog) {
            let index = compiled.catalog.credentialIndex
            self.start = start
            self.compiled = compiled
            accreditedOnly = profile.accreditedOnly
            avoided = Set(profile.avoid.compactMap { index[$0] })
            required = Set(profile.require.compactMap { index[$0] })
            excluded = Set(exclude.compactMap { index[$0] })
            var providerExcluded = [Bool](repeating: false, count: compiled.providerNumbers.count)
            for name in profile.excludeProviders { if let p = compiled.providerNumbers[name] { providerExcluded[p] = true } }
            var notFromOnly = [Bool](repeating: !profile.onlyProviders.isEmpty, count: compiled.providerNumbers.count)
            for name in profile.onlyProviders { if let p = compiled.providerNumbers[name] { notFromOnly[p] = false } }
            self.providerExcluded = providerExcluded
            notFromOnlyProviders = notFromOnly
            onlyProviders = profile.onlyProviders
        }

        init(_ request: PlanRequest, compiled: CompiledCatalog) {
            self.init(profile: request.profile, exclude: request.exclude,
                      start: request.profile.startDate ?? request.today, compiled: compiled)
        }

        /// The filters that leave credential `c` out; empty when none does.
        func reasons(_ c: Int) -> FilterReasons {
            var reasons: FilterReasons = []
            if !avoided.isEmpty && avoided.contains(c) { reasons.insert(required.contains(c) ? .avoidedAndRequired : .avoided) }
            let provider = compiled.providerNumber[c]
            if providerExcluded[provider] { reasons.insert(.providerExcluded) }
            if notFromOnlyProviders[provider] { reasons.insert(.notFromOnlyProviders) }
            if let retires = compiled.retires[c], retires <= start { reasons.insert(.retired) }
            if accreditedOnly && !compiled.accredited[c] { reasons.insert(.notAccredited) }
            if !excluded.isEmpty && excluded.contains(c) { reasons.insert(.excludedFromPlan) }
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
            if reasons.contains(.notFromOnlyProviders) {
                why.append("not from the only providers \(onlyProviders.joined(separator: ", "))")
            }
            if reasons.contains(.retired) { why.append(credential.retirementReason) }
            if reasons.contains(.notAccredited) { why.append("not accredited, and the profile asks for accredited only") }
            if reasons.contains(.excludedFromPlan) { why.append("excluded from this plan") }
            return why.joined(separator: ", ")
        }
    }
}
