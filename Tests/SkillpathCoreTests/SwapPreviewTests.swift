import Foundation
import Testing
@testable import SkillpathCore

/// The preview of a swap is what choosing it gives: the plan re-planned with the alternative
/// pinned and the step avoided, compared with the plan as it is.
@Suite struct SwapPreviewTests {
    static let day1 = CalendarDate(year: 2026, month: 12, day: 1)

    /// SQL 3 by two $10 courses (20 h), or by one $35 course (10 h); Python by one course.
    static let catalog = StepReasonTests.catalog([
        StepReasonTests.course("sql-1", grants: ["sql": 2]),
        StepReasonTests.course("sql-2", grants: ["sql": 3], requires: [.credential("sql-1")]),
        StepReasonTests.course("sql-fast", price: 35, grants: ["sql": 3]),
        StepReasonTests.course("py", grants: ["python": 2]),
    ], roles: [Role(id: "analyst", title: "Analyst", requires: [.skill("sql", level: 3), .skill("python", level: 2)])])

    static func saved(profile: Profile = Profile(hoursPerWeek: 5, startDate: day1)) throws -> SavedPlan {
        let plan = try Planner(catalog: catalog).plan(PlanRequest(role: "analyst", profile: profile, today: day1))
        return SavedPlan(name: "mine", plan: plan, profile: profile, includeRecommended: false, catalog: catalog,
                         now: Date(timeIntervalSince1970: 0))
    }

    @Test func previewIsWhatChoosingTheSwapGives() throws {
        let saved = try Self.saved()
        #expect(saved.plan.steps.map(\.credential).sorted() == ["py", "sql-1", "sql-2"])
        let preview = try saved.previewSwap("sql-fast", replacing: "sql-2", current: saved.profile, catalog: Self.catalog,
                                            today: Self.day1)
        let chosen = try saved.swapping("sql-fast", replacing: "sql-2")
            .replanned(current: saved.profile, catalog: Self.catalog, today: Self.day1)
        #expect(chosen.plan.steps.map(\.credential).sorted() == ["py", "sql-fast"], "the swap drops the course that led to the step")
        #expect(preview.feasible)
        #expect(preview.totals == chosen.plan.totals)
        #expect(preview.finish == chosen.plan.finishDate)
        // $45 and 20 h against $30 and 30 h.
        #expect(preview.priceChange == 15 && preview.hoursChange == -10)
        #expect(preview.finish < saved.plan.finishDate)
        // Previewing changes nothing: the plan has no pin until one is chosen.
        #expect(saved.pins.isEmpty)
    }

    @Test func previewCountsTheDoneStepsAsTheHeaderDoes() throws {
        var saved = try Self.saved()
        saved.setStatus(.done, of: "py", on: Self.day1)
        let preview = try saved.previewSwap("sql-fast", replacing: "sql-2", current: saved.profile, catalog: Self.catalog,
                                            today: Self.day1)
        #expect(preview.totals.price == 45, "the done course stays in the totals")
        #expect(preview.priceChange == 15)
    }

    @Test func aSwapWithNoValidPlanSaysSo() throws {
        let saved = try Self.saved()
        var current = saved.profile
        current.avoid = ["sql-1"]
        // Pinning sql-2 requires sql-1, which the profile avoids.
        let preview = try saved.previewSwap("sql-2", replacing: "sql-fast", current: current, catalog: Self.catalog, today: Self.day1)
        #expect(!preview.feasible)
    }

    @Test func theFingerprintIsComputedOnceAndSharedByCopies() {
        let catalog = StepReasonTests.catalog(Self.catalog.credentials, roles: Self.catalog.roles)
        let copy = catalog
        #expect(catalog.fingerprint == catalog.computeFingerprint())
        #expect(copy.fingerprint == catalog.fingerprint)
        #expect(catalog.fingerprintCache === copy.fingerprintCache)
        #expect(catalog.fingerprint == Self.catalog.fingerprint, "the same content gives the same fingerprint")
    }
}
