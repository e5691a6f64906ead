import Foundation
import Testing
@testable import SkillpathCore

/// Two writers on one data home (the interface and the command line) lose nothing: each save
/// re-reads the file under the lock and writes back only what that writer changed.
@Suite struct StorageMergeTests {
    @Test func profileEditHoldsOnlyTheChangedKeys() {
        let base = Profile(skills: ["sql": 1, "excel": 2], earned: ["a"], hoursPerWeek: 5, excludeProviders: ["p"])
        var edited = base
        edited.skills["sql"] = 3
        edited.skills["excel"] = nil
        edited.earned.append("b")
        edited.hoursPerWeek = 8
        let edit = ProfileEdit(from: base, to: edited)
        #expect(edit.settings == [.hoursPerWeek(8)])
        #expect(edit.skills == ["sql": Int?.some(3), "excel": Int?.none] as [String: Int?])
        #expect(edit.earned.added == ["b"] && edit.earned.removed.isEmpty && edit.excluded.isEmpty)
        #expect(ProfileEdit(from: base, to: base).isEmpty)
        // Applied to a profile another writer changed, the other keys keep that writer's values.
        var other = base
        other.skills["python"] = 2
        other.budget = 700
        other.earned.removeAll { $0 == "a" }
        let merged = edit.applied(to: other)
        #expect(merged.skills == ["sql": 3, "python": 2])
        #expect(merged.budget == 700 && merged.hoursPerWeek == 8 && merged.earned == ["b"])
    }

    /// Pins are keys like the other lists: one writer's `require` survives another's `avoid`.
    @Test func pinsFromTwoWritersAreBothKept() {
        let base = Profile(require: ["r1"], avoid: ["a1"])
        var mine = base
        mine.require.append("r2")
        var theirs = base
        theirs.avoid = []
        let merged = ProfileEdit(from: base, to: mine).applied(to: theirs)
        #expect(merged.require == ["r1", "r2"] && merged.avoid.isEmpty)
    }

    /// `profile set --skill python=2` while the interface runs, then the interface's next `+`.
    @Test func aProfileSetMadeElsewhereSurvivesTheNextSave() throws {
        let home = StorageTests.makeHome()
        let tui = ProfileStore(home: home), cli = ProfileStore(home: home)
        let base = try tui.save(Profile(skills: ["sql": 1]), since: Profile())
        try cli.update { (profile: inout Profile) throws(StorageError) in profile.skills["python"] = 2 }
        var edited = base
        edited.skills["sql"] = 2
        let saved = try tui.save(edited, since: base)
        #expect(saved.skills == ["sql": 2, "python": 2])
        #expect(try cli.load()?.skills == ["sql": 2, "python": 2])
    }

    /// The other direction: the command line's update keeps what the interface saved.
    @Test func theInterfacesSaveSurvivesTheNextProfileSet() throws {
        let home = StorageTests.makeHome()
        let tui = ProfileStore(home: home), cli = ProfileStore(home: home)
        let base = try tui.save(Profile(hoursPerWeek: 6), since: Profile())
        var edited = base
        edited.earned = ["google-it"]
        try tui.save(edited, since: base)
        try cli.update { (profile: inout Profile) throws(StorageError) in profile.budget = 300 }
        let final = try #require(try tui.load())
        #expect(final.earned == ["google-it"] && final.budget == 300 && final.hoursPerWeek == 6)
    }

    /// `plans mark` while the interface has the plan open, then the interface saves (`S`).
    @Test func aMarkMadeElsewhereIsNotRevertedBySavingTheOpenPlan() throws {
        let home = StorageTests.makeHome()
        let store = PlanStore(home: home)
        try store.save(StorageTests.sampleSaved("mine"))
        let opened = try store.load("mine")                          // the interface opens it
        try store.update("mine") { (plan: inout SavedPlan) throws(StorageError) in // the command line marks step 1
            plan.setStatus(.done, of: "sql-basics", on: CalendarDate(year: 2026, month: 12, day: 5))
        }
        var edited = opened                                          // the interface changes step 2 only
        edited.setStatus(.inProgress, of: "google-da")
        let saved = try store.save(edited, replacing: true, since: opened.statuses)
        let reread = try store.load("mine")
        #expect(reread.status(of: "sql-basics") == .done, "the mark made elsewhere is kept")
        #expect(reread.progress[0].finished == CalendarDate(year: 2026, month: 12, day: 5))
        #expect(reread.status(of: "google-da") == .inProgress, "this writer's change is written")
        #expect(saved.progress == reread.progress)
    }

    /// Both changed the same step: the later save wins, as for one key of the profile.
    @Test func onTheSameStepTheLaterSaveWins() throws {
        let store = PlanStore(home: StorageTests.makeHome())
        try store.save(StorageTests.sampleSaved("mine"))
        let opened = try store.load("mine")
        try store.update("mine") { (plan: inout SavedPlan) throws(StorageError) in plan.setStatus(.done, of: "sql-basics") }
        var edited = opened
        edited.setStatus(.skipped, of: "sql-basics")
        try store.save(edited, replacing: true, since: opened.statuses)
        #expect(try store.load("mine").status(of: "sql-basics") == .skipped)
        // Without a base the plan is written as it is (a new plan under a taken name, when asked to replace).
        try store.save(StorageTests.sampleSaved("mine"), replacing: true)
        #expect(try store.load("mine").progress.allSatisfy { $0.status == .todo })
    }
}
