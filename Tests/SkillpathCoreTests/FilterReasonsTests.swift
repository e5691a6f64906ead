import Testing
@testable import SkillpathCore

/// The words a no-plan reason gives for credentials the filters leave out.
@Suite struct FilterReasonsTests {
    static let start = CalendarDate(year: 2026, month: 12, day: 1)

    static func credential(_ id: String, provider: String = "p", retires: CalendarDate? = nil) -> Credential {
        Credential(id: id, title: id, provider: provider, type: .course, hours: 1, price: 1,
                   skills: [SkillLevel(skill: "sql", level: 1)], retires: retires)
    }

    @Test func everyFilterIsNamedInOrder() {
        var profile = Profile()
        profile.avoid = ["a", "b"]
        profile.require = ["b"]
        profile.excludeProviders = ["q"]
        profile.onlyProviders = ["p", "r"]
        profile.accreditedOnly = true
        profile.startDate = Self.start
        profile.deadline = CalendarDate(year: 2026, month: 11, day: 24)
        let filters = FilterReasons.Filters(PlanRequest(role: "r", profile: profile, exclude: ["a"], today: Self.start))
        let a = Self.credential("a", provider: "q", retires: CalendarDate(year: 2026, month: 11, day: 2))
        let reasons = filters.reasons(a)
        #expect(reasons == [.avoided, .providerExcluded, .notFromOnlyProviders, .retired, .deadlineBeforeStart,
                            .notAccredited, .excludedFromPlan])
        #expect(filters.text(reasons, of: a) == "in the avoid list, provider q is excluded, not from the only providers p, r, "
                + "retired on 2026-11-02, with no successor, the deadline 2026-11-24 is before the start date 2026-12-01, "
                + "not accredited, and the profile asks for accredited only, excluded from this plan")
        let b = Self.credential("b")
        #expect(filters.reasons(b) == [.avoidedAndRequired, .deadlineBeforeStart, .notAccredited])
        #expect(filters.text([.avoidedAndRequired], of: b)
                == "in the avoid list as well as the require list; remove it from one of them")
    }

    @Test func aCredentialNoFilterTouchesHasNoReason() {
        var profile = Profile()
        profile.avoid = ["a"]
        profile.onlyProviders = ["p"]
        let filters = FilterReasons.Filters(PlanRequest(role: "r", profile: profile, today: Self.start))
        #expect(filters.reasons(Self.credential("c", provider: "p", retires: CalendarDate(year: 2027, month: 1, day: 1))).isEmpty)
        // Retired on the start day itself counts.
        #expect(filters.reasons(Self.credential("d", retires: Self.start)) == [.retired])
    }
}
