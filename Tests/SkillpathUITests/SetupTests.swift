import SkillpathCore
import Testing
@testable import SkillpathUI

/// The guided setup of the first run, walked through ``update(_:_:)`` as keys.
@Suite struct SetupTests {
    /// A first-run state: no profile, the setup open.
    static func firstRun(examples: [ExampleProfile] = [], width: Int = 80, height: Int = 24) -> AppState {
        var s = Fixtures.state(width: width, height: height)
        s.examples = examples
        s.beginSetup()
        return s
    }

    static let example: ExampleProfile = {
        var p = Profile(skills: ["sql": 1, "stats": 3], hoursPerWeek: 7)
        p.targetRole = "data-analyst"
        p.objective = .balanced
        return ExampleProfile(id: "statistics-teacher", profile: p)
    }()

    @Test func typingFiltersRolesByTitleAndId() {
        var (s, _) = run(Self.firstRun(), typing("data"))
        #expect(s.setupRoleRows(s.setup!) == [.role(0)])
        (s, _) = run(Self.firstRun(), typing("cloud-sup"))
        #expect(s.setupRoleRows(s.setup!) == [.role(1)], "the id matches too")
        (s, _) = run(s, [.key(.ctrl("u"))])
        #expect(s.setupRoleRows(s.setup!).count == 2)
        (s, _) = run(s, typing("zzz") + [.key(.enter)])
        #expect(s.setup?.step == .role, "Enter with nothing matching stays")
        #expect(s.status?.contains("No role matches") == true)
    }

    @Test func walkingTheSetupLandsOnThePlanAndSavesTheProfile() throws {
        var (s, fx) = run(Self.firstRun(), typing("analyst") + [.key(.enter)])
        let setup = try #require(s.setup)
        #expect(setup.step == .skills)
        #expect(setup.skills.map(\.skill) == ["sql", "excel", "python", "stats"])
        #expect(setup.skills.map(\.need) == [3, 2, 2, 2])
        #expect(setup.skills.map(\.required) == [true, true, true, false])
        #expect(setup.skills.allSatisfy { $0.level == 0 })

        // SQL: ticked at the level the role asks, then one lower; Spreadsheets: 2 typed; Python: ticked, then untick.
        (s, fx) = run(s, [.key(.char(" ")), .key(.left), .key(.down), .key(.char("2")), .key(.down),
                          .key(.char(" ")), .key(.char(" ")), .key(.right), .key(.right), .key(.right), .key(.right),
                          .key(.right), .key(.right)])
        #expect(s.setup?.skills.map(\.level) == [2, 2, 5, 0], "→ stops at 5")
        (s, fx) = run(s, [.key(.char("0")), .key(.enter)])
        #expect(s.setup?.step == .settings)
        #expect(s.setup?.hoursPerWeek.text == "5" && s.setup?.startDate.text == "2026-12-01" && s.setup?.budget.text == "")
        #expect(fx.isEmpty, "nothing is saved before the end")

        // A bad value, then a good one.
        (s, fx) = run(s, [.key(.ctrl("u"))] + typing("500") + [.key(.enter)])
        #expect(s.setup?.errors[.hoursPerWeek]?.contains("out of range (from 0.1 to 168)") == true, "the engine's range")
        #expect(s.setup != nil && fx.isEmpty)
        (s, fx) = run(s, [.key(.ctrl("u"))] + typing("eight") + [.key(.enter)])
        #expect(s.setup?.errors[.hoursPerWeek]?.contains("Type a number") == true)
        (s, fx) = run(s, [.key(.ctrl("u"))] + typing("8") + [.key(.down), .key(.down)] + typing("1e99") + [.key(.enter)])
        #expect(s.setup?.errors[.hoursPerWeek] == nil)
        #expect(s.setup?.errors[.budget]?.contains("out of range") == true)
        #expect(s.setup?.field == .budget, "the cursor goes to the bad field")
        (s, fx) = run(s, [.key(.ctrl("u"))] + typing("300") + [.key(.down), .key(.right), .key(.enter)])

        #expect(s.setup == nil)
        #expect(s.screen == .plan)
        #expect(s.profile.skills == ["sql": 2, "excel": 2])
        #expect(s.profile.hoursPerWeek == 8 && s.profile.budget == 300 && s.profile.objective == .time)
        #expect(s.profile.targetRole == "data-analyst")
        #expect(fx.contains(.saveProfile(s.profile, since: Profile())))
        let main = fx.compactMap { effect -> (Int, PlanRequest)? in
            if case .plan(let token, .main, let request) = effect { return (token, request) } else { return nil }
        }
        let (token, request) = try #require(main.first)
        #expect(request.role == "data-analyst" && request.profile == s.profile)
        (s, _) = run(s, [.planned(token: token, purpose: .main, .success(Fixtures.dataAnalystPlan(objective: .time)))])
        #expect(s.session?.document?.plan.role == "data-analyst")
        #expect(render(s).text.contains("Plan for Data Analyst"))
    }

    @Test func escapeSkipsAndSavesNothing() {
        for keys in [[Action.key(.escape)], typing("data") + [.key(.enter), .key(.char(" ")), .key(.escape)]] {
            let (s, fx) = run(Self.firstRun(), keys)
            #expect(s.setup == nil)
            #expect(s.screen == .catalog)
            #expect(s.profile == Profile())
            #expect(!fx.contains { if case .saveProfile = $0 { true } else { false } })
            #expect(s.status?.contains("Setup skipped") == true)
        }
    }

    @Test func anExampleIsAStartingPoint() throws {
        var s = Self.firstRun(examples: [Self.example])
        #expect(s.setupRoleRows(s.setup!).first == .example(0))
        #expect(render(s).text.contains("Start from an example: statistics teacher → Data Analyst"))
        (s, _) = run(s, [.key(.enter)])
        let setup = try #require(s.setup)
        #expect(setup.step == .skills && setup.role == "data-analyst")
        #expect(setup.skills.first { $0.skill == "sql" }?.level == 1)
        #expect(setup.skills.first { $0.skill == "stats" }?.level == 3)
        (s, _) = run(s, [.key(.enter)])
        #expect(s.setup?.hoursPerWeek.text == "7" && s.setup?.objective == .balanced)
        var fx: [Effect]
        (s, fx) = run(s, [.key(.enter)])
        #expect(s.profile.skills == ["sql": 1, "stats": 3] && s.profile.hoursPerWeek == 7)
        #expect(fx.contains { if case .saveProfile = $0 { true } else { false } })
    }

    @Test func theProfileScreenShowsTheTargetRoleAndRerunsTheSetup() {
        var p = Profile(skills: ["sql": 2])
        p.targetRole = "cloud-support"
        var (s, _) = run(Fixtures.state(profile: p), [.key(.char("3"))])
        #expect(render(s).text.contains("Target role") && render(s).text.contains("Cloud Support Associate"))
        (s, _) = run(s, [.key(.char("s"))])
        #expect(s.setup?.step == .role)
        #expect(s.setupRoleRows(s.setup!)[s.setup!.roleCursor.selection] == .role(1), "the target role is selected")
        (s, _) = run(s, [.key(.enter)])
        #expect(s.setup?.skills.first?.skill == "cloud")
    }

    @Test func thePlanScreenPlansTheTargetRoleOnOpen() {
        var p = Profile()
        p.targetRole = "data-analyst"
        let (s, fx) = run(Fixtures.state(profile: p), [.key(.char("4"))])
        #expect(s.session?.role == "data-analyst")
        #expect(fx.contains { if case .plan(_, .main, let r) = $0 { r.role == "data-analyst" } else { false } })
        #expect(render(s).text.contains("Plan for Data Analyst"))
    }
}
