import SkillpathCore
import Testing
@testable import SkillpathUI

/// Session memory in the interface, and the rule that a plan only viewed does not ask at quit.
@Suite struct SessionMemoryTests {
    /// A saved plan as the store gives it back.
    static func savedPlan(name: String = "analyst 2027") -> OpenPlan {
        var open = OpenPlan(name: name, plan: Fixtures.dataAnalystPlan(), progress: [.done, .todo, .todo, .todo, .todo],
                            profile: Profile())
        open.saved = Dictionary(zip(open.plan.steps.map(\.credential), open.progress), uniquingKeysWith: { a, _ in a })
        return open
    }

    @Test func aViewedPlanDoesNotAskAtQuit() {
        var (s, _) = run(Fixtures.state(), [.planLoaded(.success(Self.savedPlan()))])
        #expect(s.screen == .plan && s.session?.dirty == false)
        // Look around: move, open a step's detail, the help, other screens, back.
        var fx: [Effect]
        (s, fx) = run(s, [.key(.down), .key(.down), .key(.char("i")), .key(.escape), .key(.char("?")), .key(.escape),
                          .key(.char("2")), .key(.char("4")), .key(.up), .key(.char("q"))])
        #expect(s.modal == nil, "nothing was changed, so nothing is asked")
        #expect(fx.last == .quit)
        #expect(fx.contains(.saveSession(SessionMemory(screen: 4, plan: "analyst 2027",
                                                        cursors: ["catalog": 0, "roles": 0, "profile": 1, "plan": 1, "plans": 0]))))
    }

    @Test func aChangedPlanStillAsks() {
        let (s, fx) = run(Fixtures.state(), [.planLoaded(.success(Self.savedPlan())), .key(.down), .key(.enter), .key(.char("q"))])
        #expect(s.modal == .confirm(.quit))
        #expect(!fx.contains(.quit))
    }

    @Test func roundTripThroughTheStore() throws {
        let storage = InMemoryStorage()
        _ = try storage.savePlan(Self.savedPlan(), as: "analyst 2027")
        var (s, fx) = run(Fixtures.state(), [.planLoaded(.success(try storage.loadPlan(named: "analyst 2027"))),
                                             .key(.down), .key(.down), .key(.down), .key(.char("5")), .key(.char("q"))])
        let memory = try #require(fx.compactMap { if case .saveSession(let m) = $0 { m } else { nil } }.first)
        try storage.saveSession(memory)

        // A new start: the runner restores the memory and performs the load.
        var next = Fixtures.state()
        let restore = next.restore(try #require(try storage.loadSession()))
        #expect(restore == [.loadPlan(name: "analyst 2027")])
        (next, fx) = run(next, [.planLoaded(.success(try storage.loadPlan(named: "analyst 2027")))])
        #expect(next.screen == .plans, "back on the screen that was open, not the Plan screen")
        #expect(next.session?.document?.name == "analyst 2027")
        #expect(next.session?.cursor.selection == 3)
        #expect(next.status?.contains("where you left it") == true)
        _ = s
    }

    @Test func cursorsOutOfTheListsAreClamped() {
        var s = Fixtures.state()
        let fx = s.restore(SessionMemory(screen: 2, plan: nil, cursors: ["roles": 99, "catalog": 1_000_000, "profile": 0]))
        #expect(fx.isEmpty)
        #expect(s.screen == .roles)
        #expect(s.roles.cursor.selection == s.catalog.roles.count - 1)
        #expect(s.catalogView.cursor.selection == s.catalogView.results.count - 1)
        #expect(s.selectedProfileRow?.selectable == true, "the Profile cursor never rests on a heading")
    }

    @Test func aPlanThatIsGoneLeavesTheScreenWithAMessage() {
        var s = Fixtures.state()
        let fx = s.restore(SessionMemory(screen: 4, plan: "deleted", cursors: ["plan": 2]))
        #expect(fx == [.loadPlan(name: "deleted")])
        (s, _) = run(s, [.planLoaded(.failure(Failure("no saved plan named \"deleted\"")))])
        #expect(s.screen == .plan && s.session == nil)
        #expect(s.status?.contains("deleted") == true)
        #expect(s.restoring == nil)
    }
}
