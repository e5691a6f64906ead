import SkillpathCore
import Testing
@testable import SkillpathUI

/// The Plan screen renders the engine's plan document: marks record dates, `r` keeps the marks
/// and their dates, and a banner says when the plan's inputs have changed.
@Suite struct PlanProgressUpdateTests {
    /// The Data Analyst plan made from the state's profile, on the Plan screen.
    func planned(profile: Profile = Profile()) -> AppState {
        var s = Fixtures.state(width: 120, height: 40, profile: profile)
        s.screen = .roles
        var (next, fx) = update(s, .key(.enter))
        guard case .plan(let token, _, _)? = fx.first(where: { if case .plan = $0 { return true } else { return false } }) else { return next }
        (next, _) = update(next, .planned(token: token, purpose: .main, .success(Fixtures.dataAnalystPlan())))
        return next
    }

    @Test func markingRecordsTheDays() {
        var (s, _) = run(planned(), [.key(.enter)])
        var entry = s.session?.document?.document.progress[0]
        #expect(entry?.status == .inProgress && entry?.started == Fixtures.today && entry?.finished == nil)
        (s, _) = run(s, [.key(.char(" "))])
        entry = s.session?.document?.document.progress[0]
        #expect(entry?.status == .done && entry?.started == Fixtures.today && entry?.finished == Fixtures.today)
        (s, _) = run(s, [.key(.down), .key(.char("x"))])
        entry = s.session?.document?.document.progress[1]
        #expect(entry?.status == .skipped && entry?.finished == Fixtures.today)
        // The header counts by the engine's definition: the skipped step is not done.
        #expect(render(s).text.contains("done 1/5"))
    }

    @Test func replanKeepsTheMarksAndTheirDays() {
        var (s, fx) = run(planned(), [.key(.enter), .key(.enter), .key(.down), .key(.enter), .key(.char("r"))])
        let before = s.session!.document!.document.progress
        guard case .plan(let token, .main, let request)? = fx.last(where: { if case .plan(_, .main, _) = $0 { return true } else { return false } }) else {
            Issue.record("no re-plan request"); return
        }
        // The done step counts as earned; the step in progress is pinned.
        #expect(request.profile.earned == ["sql-basics"] && request.profile.require == ["sheets"])
        var rest = Fixtures.dataAnalystPlan()
        rest.steps.removeAll { $0.credential == "sql-basics" }
        (s, _) = run(s, [.planned(token: token, purpose: .main, .success(rest))])
        let after = s.session!.document!.document
        #expect(after.progress.first { $0.credential == "sql-basics" } == before[0])
        #expect(after.progress.first { $0.credential == "sheets" } == before[1])
        #expect(after.isPinned("sheets"))
        #expect(after.plan.steps.first { $0.credential == "sheets" }?.why.contains(.required) == true)
    }

    @Test func aBannerSaysWhenTheProfileChangedSinceThePlan() {
        var s = planned(profile: Profile(hoursPerWeek: 8))
        #expect(!render(s).text.contains("Out of date"))
        s.profile.hoursPerWeek = 12
        #expect(render(s).text.contains("Out of date: hours per week 8 → 12 · r to re-plan"))
        // Re-planning records the new inputs, and the banner goes.
        var fx: [Effect]
        (s, fx) = run(s, [.key(.char("r"))])
        guard case .plan(let token, .main, let request)? = fx.first(where: { if case .plan(_, .main, _) = $0 { return true } else { return false } }) else {
            Issue.record("no re-plan request"); return
        }
        #expect(request.profile.hoursPerWeek == 12)
        (s, _) = run(s, [.planned(token: token, purpose: .main, .success(Fixtures.dataAnalystPlan()))])
        #expect(!render(s).text.contains("Out of date"))
    }

    @Test func comparisonsOfAnOpenedPlanUseItsOwnInputs() {
        var saved = planned(profile: Profile(hoursPerWeek: 8)).session!.document!
        saved.name = "mine"
        var s = Fixtures.state(profile: Profile(hoursPerWeek: 20, objective: .time))
        var fx: [Effect]
        (s, fx) = run(s, [.planLoaded(.success(saved))])
        let requests = fx.compactMap { effect -> PlanRequest? in
            if case .plan(_, .comparison, let r) = effect { return r }
            return nil
        }
        #expect(requests.count == 2)
        #expect(requests.allSatisfy { $0.profile.hoursPerWeek == 8 && $0.profile.objective != .cost })
    }
}
