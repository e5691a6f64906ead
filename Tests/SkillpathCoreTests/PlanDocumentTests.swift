import Foundation
import Testing
@testable import SkillpathCore

/// The plan document: the status transition and its dates, the one definition of the counts,
/// pins, the reasons a plan is out of date, and the `plans show` JSON shape.
@Suite struct PlanDocumentTests {
    static let day1 = CalendarDate(year: 2026, month: 12, day: 1)
    static let day2 = CalendarDate(year: 2026, month: 12, day: 9)

    static let catalog = StepReasonTests.catalog([
        StepReasonTests.course("sql-1", grants: ["sql": 2]),
        StepReasonTests.course("sql-2", grants: ["sql": 3], requires: [.credential("sql-1")]),
    ], roles: [Role(id: "analyst", title: "Analyst", requires: [.skill("sql", level: 3)])])

    static func saved(profile: Profile = Profile(startDate: day1)) throws -> SavedPlan {
        let plan = try Planner(catalog: catalog).plan(PlanRequest(role: "analyst", profile: profile, today: day1))
        return SavedPlan(name: "mine", plan: plan, profile: profile, includeRecommended: false, catalog: catalog,
                         now: Date(timeIntervalSince1970: 0))
    }

    @Test func eachTransitionSetsOrClearsTheDatesByOneRule() {
        var step = SavedPlan.Progress(credential: "x")
        step.mark(.inProgress, on: Self.day1)
        #expect(step.started == Self.day1 && step.finished == nil)
        step.mark(.done, on: Self.day2)
        #expect(step.status == .done && step.started == Self.day1 && step.finished == Self.day2)
        step.mark(.inProgress, on: Self.day2)
        #expect(step.started == Self.day1 && step.finished == nil)
        step.mark(.skipped, on: Self.day2)
        #expect(step.started == Self.day1 && step.finished == Self.day2)
        step.mark(.todo, on: Self.day2)
        #expect(step.started == nil && step.finished == nil && !step.hasProgress)
        // Done straight from todo starts and finishes that day; done again corrects the day it finished.
        step.mark(.done, on: Self.day1)
        #expect(step.started == Self.day1 && step.finished == Self.day1)
        step.mark(.done, on: Self.day2)
        #expect(step.started == Self.day1 && step.finished == Self.day2)
    }

    @Test func skippedIsNotDone() {
        let counts = PlanProgress([.done, .skipped, .inProgress, .todo, .skipped])
        #expect(counts == PlanProgress(done: 1, skipped: 2, inProgress: 1, total: 5))
        #expect(counts.fraction == "1/5 done" && counts.open == 2)
        #expect(counts.summary == "1 of 5 steps done · 1 in progress · 2 skipped")
        #expect(counts.output().rendered(pretty: false) == #"{"done":1,"skipped":2,"inProgress":1,"total":5}"#)
    }

    @Test func staleReasonsNameEveryChangedInput() throws {
        let saved = try Self.saved(profile: Profile(hoursPerWeek: 8, startDate: Self.day1))
        #expect(saved.staleReasons(current: saved.profile, catalog: Self.catalog).isEmpty)
        var current = saved.profile
        current.hoursPerWeek = 12
        current.skills["sql"] = 1
        current.earned = ["sql-1"]
        current.startDate = nil
        current.objective = .balanced
        current.hourValue = 30
        current.budget = 100
        current.excludeProviders = ["coursera"]
        current.accreditedOnly = true
        current.require = ["sql-2"]
        current.avoid = ["sql-1"]
        current.onlyProviders = ["coursera"]
        current.maxHours = 120
        current.deadline = CalendarDate(year: 2027, month: 6, day: 30)
        current.targetRole = "someone-else"
        #expect(saved.staleReasons(current: current, catalog: Self.catalog, includeRecommended: true) == [
            "skill sql added at level 1", "now earned sql-1", "hours per week 8 → 12", "start date 2026-12-01 → today",
            "objective cost → balanced", "hour value 20 → 30", "budget none → 100", "provider coursera excluded",
            "accredited credentials only", "requires sql-2", "avoids sql-1", "only from provider coursera",
            "hour limit none → 120", "deadline none → 2027-06-30", "recommendations now included",
        ])
        let changed = StepReasonTests.catalog([StepReasonTests.course("sql-1", price: 11, grants: ["sql": 2])] + Array(Self.catalog.credentials.dropFirst()),
                                              roles: Self.catalog.roles)
        #expect(saved.staleReasons(current: saved.profile, catalog: changed) == ["catalog changed"])
        var old = saved
        old.catalogFingerprint = ""
        #expect(old.staleReasons(current: saved.profile, catalog: changed).isEmpty, "a file without a fingerprint is not compared")
    }

    @Test func pinsRoundTripAndReleaseReturnsToTheOptimum() throws {
        var saved = try Self.saved()
        saved.pin("sql-2", replacing: "sql-1")
        #expect(saved.isPinned("sql-2") && saved.replanProfile(current: saved.profile).avoid == ["sql-1"])
        #expect(saved.replanProfile(current: saved.profile).require == ["sql-2"])
        let text = saved.output().rendered(pretty: true)
        let decoded = try SavedPlan.decode(JSONSource(name: "mine.json", bytes: Array(text.utf8)))
        #expect(decoded.pins == [SavedPlan.Pin(credential: "sql-2", replaces: "sql-1")])
        #expect(saved.release("sql-2") && !saved.release("sql-2"))
        #expect(saved.replanProfile(current: saved.profile) == saved.profile)
    }

    @Test func showJSONHasTheProgressStalenessAndStepFields() throws {
        var saved = try Self.saved()
        saved.setStatus(.inProgress, of: "sql-1", on: Self.day2)
        saved.pin("sql-1")
        let json = SavedPlanJSON.output(saved, staleReasons: ["hours per week 5 → 10"]).rendered(pretty: false)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(["name", "role", "stale", "staleReasons", "progress", "steps"]).isSubset(of: Set(object.keys)))
        #expect(object["stale"] as? Bool == true && object["staleReasons"] as? [String] == ["hours per week 5 → 10"])
        #expect(object["progress"] as? [String: Int] == ["done": 0, "skipped": 0, "inProgress": 1, "total": 2])
        let steps = try #require(object["steps"] as? [[String: Any]])
        #expect(steps[0]["status"] as? String == "in-progress" && steps[0]["started"] as? String == "2026-12-09"
                && steps[0]["finished"] is NSNull && steps[0]["pinned"] as? Bool == true)
        #expect(steps[1]["pinned"] as? Bool == false && steps[1]["why"] != nil)
        let fresh = SavedPlanJSON.output(saved).rendered(pretty: false)
        #expect(fresh.contains(#""stale":false,"staleReasons":[]"#))
    }

    @Test func replanKeepsADoneStepThatTheProfileAlsoEarned() throws {
        var saved = try Self.saved()
        saved.setStatus(.done, of: "sql-1", on: Self.day2)
        var current = saved.profile
        current.earned = ["sql-1"]
        current.hoursPerWeek = 10
        let result = try saved.replanned(current: current, catalog: Self.catalog, today: Self.day1)
        #expect(result.plan.steps.map(\.credential) == ["sql-1", "sql-2"])
        #expect(result.progress[0] == saved.progress[0])
        #expect(result.counts == PlanProgress(done: 1, skipped: 0, inProgress: 0, total: 2))
        #expect(result.profile == current && result.staleReasons(current: current, catalog: Self.catalog).isEmpty)
        #expect(result.plan.steps[1].why == [.role(condition: 0)])
        #expect(result.plan.totals.price == 20 && result.plan.hoursPerWeek == 10)
    }

    @Test func insightNamesWhatTheStepUnlocks() throws {
        let saved = try Self.saved()
        let insight = StepInsight(step: 0, of: saved, catalog: Self.catalog)
        #expect(insight.why == "prerequisite of Sql-2" && insight.unlocks == ["Sql-2"])
        #expect(StepInsight(step: 9, of: saved, catalog: Self.catalog) == StepInsight(step: -1, of: saved, catalog: Self.catalog))
    }
}
