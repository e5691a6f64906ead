import Testing
import SkillpathCore

/// The profile's `require` and `avoid` (PLANNING.md version 2): goals and filters of the planner.
@Suite struct PlannerPinsTests {
    /// A role that needs sql ≥ 2, met by `cheap` ($10) or `dear` ($40); `advanced` ($30) needs `intro`
    /// ($20); `other` ($5) is unrelated; `foreign` ($15) is from provider q and not accredited.
    static let catalog = PlannerTests.catalog([
        Credential(id: "cheap", title: "Cheap SQL", provider: "p", type: .course, hours: 10, price: 10,
                   skills: [SkillLevel(skill: "sql", level: 2)]),
        Credential(id: "dear", title: "Dear SQL", provider: "p", type: .course, hours: 5, price: 40,
                   skills: [SkillLevel(skill: "sql", level: 2)], accredited: true),
        Credential(id: "intro", title: "Intro Python", provider: "p", type: .course, hours: 8, price: 20,
                   skills: [SkillLevel(skill: "python", level: 1)], accredited: true),
        Credential(id: "advanced", title: "Advanced Python", provider: "p", type: .course, hours: 12, price: 30,
                   skills: [SkillLevel(skill: "python", level: 3)], requires: [.credential("intro")], accredited: true),
        Credential(id: "other", title: "Other", provider: "p", type: .course, hours: 3, price: 5,
                   skills: [SkillLevel(skill: "stats", level: 1)]),
        Credential(id: "foreign", title: "Foreign", provider: "q", type: .course, hours: 3, price: 15,
                   skills: [SkillLevel(skill: "cloud", level: 1)]),
        Credential(id: "locked", title: "Locked", provider: "p", type: .course, hours: 3, price: 15,
                   skills: [SkillLevel(skill: "cloud", level: 2)], requires: [.skill("cloud", level: 5)], accredited: true),
    ], roles: [
        Role(id: "r", title: "R", requires: [.skill("sql", level: 2)]),
        Role(id: "none", title: "Nothing", requires: []),
        Role(id: "names-other", title: "Names other", requires: [.credential("other")]),
    ])

    static func plan(_ profile: Profile, role: String = "r") throws -> Plan {
        try Planner(catalog: catalog).plan(PlanRequest(role: role, profile: profile, today: PlannerTests.start))
    }

    @Test func requiredCredentialIsAddedToAnOtherwiseEmptyPlan() throws {
        let plan = try Self.plan(Profile(require: ["other"]), role: "none")
        #expect(plan.feasible && plan.optimal)
        #expect(plan.steps.map(\.credential) == ["other"])
        #expect(plan.value == 5)
        #expect(plan.steps.map(\.why) == [[.required]])
    }

    /// A required credential's prerequisite is there for it; the required one says it was asked for.
    @Test func requiredStepsAndTheirPrerequisitesSayWhy() throws {
        let plan = try Self.plan(Profile(require: ["advanced"]), role: "none")
        #expect(plan.steps.map(\.credential) == ["intro", "advanced"])
        #expect(plan.steps.map(\.why) == [[.prerequisite(of: "advanced")], [.required]])
    }

    @Test func requiredAlreadyEarnedCountsAsMet() throws {
        let plan = try Self.plan(Profile(earned: ["other"], require: ["other"]), role: "none")
        #expect(plan.feasible && plan.steps.isEmpty && plan.value == 0)
        // Earned counts as met even when it is also avoided: nothing needs to be taken.
        let both = try Self.plan(Profile(earned: ["other"], require: ["other"], avoid: ["other"]), role: "none")
        #expect(both.feasible && both.steps.isEmpty)
    }

    @Test func requiredCredentialJoinsTheRolesOptimum() throws {
        let plan = try Self.plan(Profile(require: ["dear"]))
        // dear alone meets the role, so cheap is no longer worth taking.
        #expect(plan.steps.map(\.credential) == ["dear"] && plan.value == 40)
    }

    @Test func requiredAvoidedIsInfeasibleWithTheReason() throws {
        let plan = try Self.plan(Profile(require: ["other"], avoid: ["other"]))
        #expect(!plan.feasible && plan.optimal)
        #expect(plan.unmet.map(\.condition) == [.credential("other")])
        let reason = try #require(plan.unmet.first?.reason)
        #expect(reason.contains("require list") && reason.contains("other: in the avoid list as well as the require list"),
                "\(reason)")
    }

    @Test func aCredentialTheRoleAlsoNamesIsReportedOnce() throws {
        let plan = try Self.plan(Profile(require: ["other"], avoid: ["other"]), role: "names-other")
        #expect(!plan.feasible && plan.unmet.map(\.condition) == [.credential("other")])
        #expect(plan.unmet[0].reason.contains("in the avoid list as well as the require list"), "\(plan.unmet[0].reason)")
    }

    @Test func requiredButFilteredOutSaysWhichFilter() throws {
        var profile = Profile(excludeProviders: ["q"], accreditedOnly: true, require: ["foreign"])
        let plan = try Self.plan(profile, role: "none")
        #expect(!plan.feasible)
        let reason = try #require(plan.unmet.first?.reason)
        #expect(reason.contains("provider q is excluded") && reason.contains("not accredited"), "\(reason)")
        profile.accreditedOnly = false
        profile.require = ["locked"]
        let locked = try Self.plan(profile, role: "none")
        #expect(!locked.feasible && locked.unmet.map(\.condition) == [.credential("locked")])
        #expect(locked.unmet[0].reason.contains("prerequisites of locked can never be met"), "\(locked.unmet[0].reason)")
    }

    @Test func avoidedCredentialIsReplacedByTheNextCheapest() throws {
        let plain = try Self.plan(Profile())
        #expect(plain.steps.map(\.credential) == ["cheap"])
        let avoided = try Self.plan(Profile(avoid: ["cheap"]))
        #expect(avoided.feasible && avoided.steps.map(\.credential) == ["dear"] && avoided.value == 40)
        let nothingLeft = try Self.plan(Profile(avoid: ["cheap", "dear"]))
        #expect(!nothingLeft.feasible)
        #expect(nothingLeft.unmet.first?.reason.contains("cheap: in the avoid list") == true)
    }

    @Test func requiredCredentialBringsItsPrerequisite() throws {
        let plan = try Self.plan(Profile(require: ["advanced"]))
        #expect(plan.feasible && plan.optimal)
        #expect(plan.steps.map(\.credential) == ["cheap", "intro", "advanced"])
        #expect(plan.value == 60)
        // With the prerequisite avoided, the required credential cannot be taken.
        let blocked = try Self.plan(Profile(require: ["advanced"], avoid: ["intro"]))
        #expect(!blocked.feasible && blocked.unmet.map(\.condition) == [.credential("advanced")])
    }

    @Test func requiredOverBudgetIsReportedAsOverBudget() throws {
        let plan = try Self.plan(Profile(budget: 30, require: ["advanced"]))
        #expect(!plan.feasible)
        #expect(plan.unmet.contains { $0.condition == .credential("advanced") && $0.reason.contains("over budget") })
    }

    @Test func unknownRequiredOrAvoidedIdsAreRejected() {
        #expect(throws: PlanningError.unknownCredential("othr", suggestion: "other")) {
            try Self.plan(Profile(require: ["othr"]))
        }
        #expect(throws: PlanningError.unknownCredential("chep", suggestion: "cheap")) {
            try Self.plan(Profile(avoid: ["chep"]))
        }
    }

    @Test func profileKeysRoundTripAndUnknownIdsAreErrors() throws {
        let profile = Profile(require: ["advanced"], avoid: ["cheap"])
        let text = ProfileEncoding.render(profile)
        let decoded = ProfileDecoding.decode(JSONSource(name: "p.json", bytes: Array(text.utf8)), catalog: Self.catalog)
        #expect(decoded.profile == profile)
        let bad = ProfileDecoding.decode(JSONSource(name: "p.json", bytes: Array(#"{"avoid": ["cheep"]}"#.utf8)), catalog: Self.catalog)
        #expect(bad.profile == nil)
        let message = try #require(bad.errors.first).description
        #expect(message.contains("avoid[0]") && message.contains("did you mean \"cheap\""), "\(message)")
        // A version 1 profile is written without the new keys.
        #expect(!ProfileEncoding.render(Profile()).contains("require"))
    }
}
