import Testing
@testable import SkillpathCore

/// Resource limits (`budget`, `maxHours`, `deadline`) and `onlyProviders` (PLANNING.md version 2):
/// each changes the optimum as the rule says, and an impossible plan names the limit or filter.
@Suite struct PlannerLimitsTests {
    /// ``PlannerPinsTests/catalog``: sql ≥ 2 from `cheap` ($10, 10 h) or `dear` ($40, 5 h, accredited).
    static func plan(_ profile: Profile, role: String = "r") throws -> Plan {
        try PlannerPinsTests.plan(profile, role: role)
    }

    @Test func maxHoursSwapsInTheQuickerCredential() throws {
        let free = try Self.plan(Profile(startDate: PlannerTests.start))
        #expect(free.steps.map(\.credential) == ["cheap"])
        let limited = try Self.plan(Profile(startDate: PlannerTests.start, maxHours: 9))
        #expect(limited.feasible && limited.steps.map(\.credential) == ["dear"] && limited.value == 40)
    }

    @Test func maxHoursTooLowNamesTheLimitInHours() throws {
        let plan = try Self.plan(Profile(startDate: PlannerTests.start, maxHours: 4))
        #expect(!plan.feasible)
        #expect(plan.unmet.map(\.reason) == ["over the 4 h limit: meeting it takes at least 5 h"])
    }

    @Test func budgetReasonHasTheCurrency() throws {
        let plan = try Self.plan(Profile(startDate: PlannerTests.start, budget: 5))
        #expect(plan.unmet.map(\.reason) == ["over budget: meeting it costs at least $10, more than the budget of $5"])
    }

    @Test func deadlineAllowsTheHoursThatFitAndEndsByIt() throws {
        // 10 h at 5 h a week end on day 14; 5 h on day 7.
        let start = PlannerTests.start
        let onTime = try Self.plan(Profile(hoursPerWeek: 5, startDate: start, deadline: start.adding(days: 14)))
        #expect(onTime.steps.map(\.credential) == ["cheap"] && onTime.finishDate == start.adding(days: 14))
        let tight = try Self.plan(Profile(hoursPerWeek: 5, startDate: start, deadline: start.adding(days: 13)))
        #expect(tight.steps.map(\.credential) == ["dear"] && tight.finishDate <= start.adding(days: 13))
        let tooTight = try Self.plan(Profile(hoursPerWeek: 5, startDate: start, deadline: start.adding(days: 6)))
        #expect(tooTight.unmet.map(\.reason) == ["cannot finish by 2026-12-07 at 5 h/week: needs at least 5 h"])
    }

    @Test func deadlineBeforeTheStartLeavesOnlyTheEmptyPlan() throws {
        let start = PlannerTests.start
        let profile = Profile(startDate: start, deadline: start.adding(days: -1))
        let plan = try Self.plan(profile)
        #expect(!plan.feasible)
        // Said once for each condition, not once for every credential that grants it.
        #expect(!plan.unmet.isEmpty && plan.unmet.allSatisfy {
            $0.reason == "the deadline 2026-11-30 is before the start date 2026-12-01, so no credential fits before it"
        }, "\(plan.unmet)")
        let empty = try Self.plan(profile, role: "none")
        #expect(empty.feasible && empty.steps.isEmpty)
    }

    @Test func limitsHoldTogether() throws {
        // Budget 20 rules out `dear`, 9 hours rules out `cheap`: each alone can be kept, not both.
        let plan = try Self.plan(Profile(startDate: PlannerTests.start, budget: 20, maxHours: 9))
        #expect(!plan.feasible)
        #expect(plan.unmet.first?.reason.hasPrefix("no plan keeps to every limit at once (the budget of $20, the 9 h limit)") == true,
                "\(plan.unmet)")
    }

    @Test func onlyProvidersFiltersAndTheReasonNamesTheFilter() throws {
        let plan = try Self.plan(Profile(startDate: PlannerTests.start, onlyProviders: ["q"]))
        #expect(!plan.feasible)
        #expect(plan.unmet.first?.reason.contains("not from the only providers q") == true, "\(plan.unmet)")
        let listed = try Self.plan(Profile(startDate: PlannerTests.start, onlyProviders: ["q", "p"]))
        #expect(listed.steps.map(\.credential) == ["cheap"])
        // excludeProviders still applies.
        let both = try Self.plan(Profile(startDate: PlannerTests.start, excludeProviders: ["p"], onlyProviders: ["p"]))
        #expect(!both.feasible)
    }

    @Test func unknownOnlyProviderIsAnError() {
        #expect(throws: PlanningError.unknownProvider("pp", suggestion: "p")) {
            try Self.plan(Profile(onlyProviders: ["pp"]))
        }
    }

    @Test func deadlineBoundIsTheHoursThatEndByTheDay() {
        let start = PlannerTests.start
        #expect(ResourceLimit.deadlineBound(start.adding(days: 7), hoursPerWeek: 8, start: start) == 8_000)
        #expect(ResourceLimit.deadlineBound(start.adding(days: 3), hoursPerWeek: 7, start: start) == 3_000)
        #expect(ResourceLimit.deadlineBound(start, hoursPerWeek: 7, start: start) == 0)
        #expect(ResourceLimit.deadlineBound(start.adding(days: -1), hoursPerWeek: 7, start: start) < 0)
    }

    @Test func profileKeysRoundTripAndAreRangeChecked() throws {
        let profile = Profile(onlyProviders: ["p"], maxHours: 120, deadline: CalendarDate(year: 2027, month: 6, day: 30))
        let text = ProfileEncoding.render(profile)
        #expect(text.contains("\"maxHours\" : 120") || text.contains("\"maxHours\": 120"), "\(text)")
        let decoded = ProfileDecoding.decode(JSONSource(name: "p.json", bytes: Array(text.utf8)), catalog: PlannerPinsTests.catalog)
        #expect(decoded.profile == profile, "\(decoded.diagnostics)")
        let bad = ProfileDecoding.decode(JSONSource(name: "p.json", bytes: Array(#"{"maxHours": -1, "onlyProviders": ["pp"]}"#.utf8)),
                                         catalog: PlannerPinsTests.catalog)
        let messages = bad.errors.map(\.description)
        #expect(messages.contains { $0.contains("maxHours") && $0.contains("out of range") && $0.contains("p.json:1:") }, "\(messages)")
        #expect(messages.contains { $0.contains("onlyProviders[0]") && $0.contains("did you mean \"p\"") }, "\(messages)")
    }

    @Test func profileEditCarriesTheNewKeys() {
        let base = Profile()
        let edited = Profile(onlyProviders: ["aws"], maxHours: 50, deadline: CalendarDate(year: 2027, month: 1, day: 2))
        let edit = ProfileEdit(from: base, to: edited)
        #expect(edit.settings.contains(.maxHours(50)) && edit.settings.contains(.deadline(CalendarDate(year: 2027, month: 1, day: 2))))
        // Applied to a profile another writer changed meanwhile, both changes stay.
        var other = Profile(budget: 300)
        edit.apply(to: &other)
        #expect(other.budget == 300 && other.maxHours == 50 && other.onlyProviders == ["aws"] && other.deadline == edited.deadline)
        #expect(ProfileEdit(from: edited, to: base).applied(to: edited) == base)
    }
}
