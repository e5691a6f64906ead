import Testing
@testable import SkillpathCore

/// The words a no-plan reason gives for credentials the filters leave out.
@Suite struct FilterReasonsTests {
    static let start = CalendarDate(year: 2026, month: 12, day: 1)

    static func credential(_ id: String, provider: String = "p", retires: CalendarDate? = nil) -> Credential {
        Credential(id: id, title: id, provider: provider, type: .course, hours: 1, price: 1,
                   skills: [SkillLevel(skill: "sql", level: 1)], retires: retires)
    }

    /// The filters of `request` over a catalog of `credentials`.
    static func filters(_ credentials: [Credential], _ request: PlanRequest) -> FilterReasons.Filters {
        let catalog = PlannerTests.catalog(credentials, roles: [Role(id: "r", title: "R", requires: [.skill("sql", level: 1)])])
        return FilterReasons.Filters(request, compiled: CompiledCatalog(catalog))
    }

    @Test func everyFilterIsNamedInOrder() {
        var profile = Profile()
        profile.avoid = ["a", "b"]
        profile.require = ["b"]
        profile.excludeProviders = ["q"]
        profile.onlyProviders = ["p", "r"]
        profile.accreditedOnly = true
        profile.startDate = Self.start
        let a = Self.credential("a", provider: "q", retires: CalendarDate(year: 2026, month: 11, day: 2))
        let b = Self.credential("b")
        let filters = Self.filters([a, b], PlanRequest(role: "r", profile: profile, exclude: ["a", "unknown"], today: Self.start))
        let reasons = filters.reasons(0)
        #expect(reasons == [.avoided, .providerExcluded, .notFromOnlyProviders, .retired, .notAccredited, .excludedFromPlan])
        #expect(filters.text(reasons, of: a) == "in the avoid list, provider q is excluded, not from the only providers p, r, "
                + "retired on 2026-11-02, with no successor, not accredited, and the profile asks for accredited only, excluded from this plan")
        #expect(filters.reasons(1) == [.avoidedAndRequired, .notAccredited])
        #expect(filters.text([.avoidedAndRequired], of: b)
                == "in the avoid list as well as the require list; remove it from one of them")
    }

    @Test func aCredentialNoFilterTouchesHasNoReason() {
        var profile = Profile()
        profile.avoid = ["a"]
        profile.onlyProviders = ["p"]
        profile.excludeProviders = ["nobody"]
        let c = Self.credential("c", provider: "p", retires: CalendarDate(year: 2027, month: 1, day: 1))
        let d = Self.credential("d", retires: Self.start)
        let filters = Self.filters([c, d], PlanRequest(role: "r", profile: profile, today: Self.start))
        #expect(filters.reasons(0).isEmpty)
        // Retired on the start day itself counts.
        #expect(filters.reasons(1) == [.retired])
    }
}
