import Foundation
import SkillpathCore
import Testing
@testable import SkillpathTUI
@testable import SkillpathUI

/// The interface and the command line on one data home: neither loses the other's change, and
/// the interface notices a change made on disk and shows it.
@Suite struct ExternalChangeTests {
    static let ids = ["sql-basics", "sheets", "python-intro", "gda", "sql-advanced"]

    static func statuses(_ progress: [StepStatus]) -> [String: StepStatus] {
        Dictionary(uniqueKeysWithValues: zip(ids, progress))
    }

    static func storage(_ work: TemporaryDirectory) -> (StoreBackedStorage, DataHome) {
        let home = DataHome(path: work.url.appendingPathComponent("home").path)
        return (StoreBackedStorage(home: home, catalog: Fixtures.catalog, exportDirectory: work.url.path), home)
    }

    // MARK: Through the real stores

    /// `skillpath profile set --skill python=2` while the interface runs, then the interface's `+`.
    @Test func aProfileSetMadeWhileTheInterfaceRunsIsKeptAtItsNextChange() throws {
        let work = try TemporaryDirectory()
        let (storage, home) = Self.storage(work)
        var state = Fixtures.state(profile: try storage.loadProfile())
        var fx: [Effect] = []
        (state, fx) = run(state, [.key(.char("3"))])
        state.profile.skills["sql"] = 1
        state.profileChanged(&fx)
        state = perform(fx, on: state, storage: storage)

        try ProfileStore(home: home).update { (p: inout Profile) throws(StorageError) in p.skills["python"] = 2 }

        // The interface raises SQL from the state it holds, which does not know about Python.
        state.profile.skills["sql"] = 2
        fx = []
        state.profileChanged(&fx)
        state = perform(fx, on: state, storage: storage)
        #expect(try ProfileStore(home: home).load()?.skills == ["sql": 2, "python": 2], "the command line's change is kept on disk")
        #expect(state.profile.skills == ["sql": 2, "python": 2], "and the interface now shows it")
        #expect(state.savedProfile == state.profile)
    }

    /// The other direction: a profile set after the interface's change keeps that change.
    @Test func theInterfacesChangeIsKeptByTheNextProfileSet() throws {
        let work = try TemporaryDirectory()
        let (storage, home) = Self.storage(work)
        var state = Fixtures.state(profile: try storage.loadProfile())
        var fx: [Effect] = []
        state.profile.earned = ["sheets"]
        state.profileChanged(&fx)
        state = perform(fx, on: state, storage: storage)
        try ProfileStore(home: home).update { (p: inout Profile) throws(StorageError) in p.budget = 250 }
        #expect(try ProfileStore(home: home).load() == Profile(earned: ["sheets"], budget: 250))
    }

    /// `skillpath plans mark` while the plan is open, then the interface saves it with `S`.
    @Test func aMarkMadeWhileThePlanIsOpenIsNotRevertedBySaving() throws {
        let work = try TemporaryDirectory()
        let (storage, home) = Self.storage(work)
        try storage.savePlan(OpenPlan(name: nil, plan: Fixtures.dataAnalystPlan()), as: "mine")
        var (state, _) = run(Fixtures.state(), [.planLoaded(.success(try storage.loadPlan(named: "mine")))])

        try PlanStore(home: home).update("mine") { (plan: inout SavedPlan) throws(StorageError) in
            plan.setStatus(.done, of: "sheets")
        }

        var fx: [Effect] = []
        (state, fx) = run(state, [.key(.enter)])                     // step 1 → in progress, here only
        (state, fx) = run(state, [.key(.char("S")), .key(.enter)])   // save under its own name
        #expect(fx.contains { if case .savePlan = $0 { return true } else { return false } })
        state = perform(fx, on: state, storage: storage)
        let disk = try storage.loadPlan(named: "mine")
        #expect(disk.progress == [.inProgress, .done, .todo, .todo, .todo])
        #expect(state.session?.document?.progress == disk.progress, "the interface shows the merged plan")
        #expect(state.session?.dirty == false)
    }

    /// The other direction: a mark made after the interface's save keeps the interface's change.
    @Test func theInterfacesSaveIsKeptByTheNextMark() throws {
        let work = try TemporaryDirectory()
        let (storage, home) = Self.storage(work)
        try storage.savePlan(OpenPlan(name: nil, plan: Fixtures.dataAnalystPlan()), as: "mine")
        var document = try storage.loadPlan(named: "mine")
        document.mark(step: 0, .done, on: Fixtures.today)
        try storage.savePlan(document, as: "mine")
        try PlanStore(home: home).update("mine") { (plan: inout SavedPlan) throws(StorageError) in plan.setStatus(.skipped, of: "gda") }
        #expect(try storage.loadPlan(named: "mine").progress == [.done, .todo, .todo, .skipped, .todo])
    }

    // MARK: Noticing changes on disk

    @Test func theWatchTurnsAChangedProfileOrPlanIntoAReload() throws {
        let work = try TemporaryDirectory()
        let (storage, home) = Self.storage(work)
        try storage.savePlan(OpenPlan(name: nil, plan: Fixtures.dataAnalystPlan()), as: "mine")
        var watch = DiskWatch(storage: storage)
        #expect(watch.changes(openPlan: "mine").isEmpty, "the first look only records")
        #expect(watch.changes(openPlan: "mine").isEmpty, "nothing changed")
        #expect(watch.changes(openPlan: nil).isEmpty)
        #expect(watch.changes(openPlan: "mine").count == 1, "a plan that has just been opened is read once more")
        try ProfileStore(home: home).update { (p: inout Profile) throws(StorageError) in p.skills["python"] = 2 }
        try PlanStore(home: home).update("mine") { (plan: inout SavedPlan) throws(StorageError) in plan.setStatus(.done, of: "gda") }
        let actions = watch.changes(openPlan: "mine")
        #expect(actions.count == 2)
        guard actions.count == 2, case .profileReloaded(let profile) = actions[0], case .planReloaded(let plan) = actions[1] else {
            Issue.record("expected a profile and a plan reload, got \(actions)"); return
        }
        #expect(profile.skills == ["python": 2])
        #expect(plan.progress[3] == .done)
        #expect(watch.changes(openPlan: "mine").isEmpty)
    }

    /// A plan saved here for the first time, then marked by the command line: the watch brings the mark in.
    @Test func aMarkAfterTheFirstSaveShowsInTheOpenPlan() throws {
        let work = try TemporaryDirectory()
        let (storage, home) = Self.storage(work)
        var state = Fixtures.state()
        state.session = PlanSession(role: "data-analyst")
        state.session?.document = OpenPlan(name: nil, plan: Fixtures.dataAnalystPlan())
        state.screen = .plan
        var fx: [Effect] = []
        (state, fx) = run(state, [.key(.char("S")), .key(.ctrl("u"))] + typing("mine") + [.key(.enter)])
        state = perform(fx, on: state, storage: storage)
        #expect(state.session?.document?.name == "mine")
        var watch = DiskWatch(storage: storage)
        _ = watch.changes(openPlan: nil)                             // the runner's look before the save
        // The command line marks a step before the runner's first look at the plan's stamp.
        try PlanStore(home: home).update("mine") { (plan: inout SavedPlan) throws(StorageError) in plan.setStatus(.done, of: "sheets") }
        var actions = watch.changes(openPlan: state.session?.document?.name)
        #expect(actions.count == 1, "a plan that has just become the open one is read once more")
        (state, _) = run(state, actions)
        #expect(state.session?.document?.progress == [.todo, .done, .todo, .todo, .todo])
        #expect(state.session?.dirty == false)
        try PlanStore(home: home).update("mine") { (plan: inout SavedPlan) throws(StorageError) in plan.setStatus(.done, of: "gda") }
        actions = watch.changes(openPlan: state.session?.document?.name)
        (state, _) = run(state, actions)
        #expect(state.session?.document?.progress == [.todo, .done, .todo, .done, .todo])
    }

    @Test func aReloadedProfileShowsAndKeepsUnsavedKeys() {
        var state = Fixtures.state()
        state.profile.hoursPerWeek = 9                               // changed here, save still pending
        var fx: [Effect] = []
        let changed = state.adoptStoredProfile(Profile(skills: ["python": 2]), &fx)
        #expect(changed)
        #expect(state.profile == Profile(skills: ["python": 2], hoursPerWeek: 9))
        #expect(state.savedProfile == Profile(skills: ["python": 2]))
        #expect(fx.contains { if case .estimateRoles = $0 { return true } else { return false } }, "the estimates restart")
        (state, fx) = run(state, [.profileReloaded(state.savedProfile)])
        #expect(fx.isEmpty && state.status == nil, "reading back what is known changes nothing")
    }

    @Test func aReloadedPlanKeepsTheStepsChangedHere() {
        let plan = Fixtures.dataAnalystPlan()
        let opened = OpenPlan(name: "mine", plan: plan, progress: nil, saved: Self.statuses(Array(repeating: .todo, count: 5)))
        var (state, _) = run(Fixtures.state(), [.planLoaded(.success(opened))])
        (state, _) = run(state, [.key(.enter)])                      // step 1 → in progress, unsaved
        let disk = [StepStatus.todo, .done, .todo, .todo, .todo]
        (state, _) = run(state, [.planReloaded(OpenPlan(name: "mine", plan: plan, progress: disk, saved: Self.statuses(disk)))])
        #expect(state.session?.document?.progress == [.inProgress, .done, .todo, .todo, .todo])
        #expect(state.session?.dirty == true, "step 1 is still unsaved")
        #expect(state.status?.contains("changed outside") == true)
        // Another plan's file changing does not touch the open one.
        (state, _) = run(state, [.planReloaded(OpenPlan(name: "other", plan: plan, progress: Array(repeating: .done, count: 5)))])
        #expect(state.session?.document?.progress == [.inProgress, .done, .todo, .todo, .todo])
    }

    /// Runs storage effects as the runner does (``Effect/performStorage(_:)``), feeding their results back through `update`.
    private func perform(_ effects: [Effect], on state: AppState, storage: StoreBackedStorage) -> AppState {
        var state = state
        var pending = effects[...]
        while let effect = pending.popFirst() {
            for action in effect.performStorage(storage) ?? [] {
                if case .storageFailed(let message) = action { Issue.record("storage failed: \(message)") }
                let (next, more) = update(state, action)
                state = next
                pending += more
            }
        }
        return state
    }
}
