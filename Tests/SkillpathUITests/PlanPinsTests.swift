import SkillpathCore
import Testing
@testable import SkillpathUI

/// Swaps on the Plan screen: the alternatives list shows the engine's preview of each swap,
/// choosing one pins it (with a marker), `u` releases the pin, and `r` then returns to the optimum.
@Suite struct PlanPinsTests {
    /// What the runner does with a plan request: the engine's planner on the fixture catalog.
    static func plan(_ request: PlanRequest) -> Result<Plan, Failure> {
        do { return .success(try Planner(catalog: Fixtures.catalog).plan(request)) } catch { return .failure(Failure("\(error)")) }
    }

    /// Runs `actions`, then every plan request they make through the engine, as the runner does,
    /// until none is left. `holdPreviews` leaves the swap previews unanswered.
    func settle(_ state: AppState, _ actions: [Action], holdPreviews: Bool = false) -> AppState {
        var (s, fx) = run(state, actions)
        while let i = fx.firstIndex(where: { effect in
            guard case .plan(_, let purpose, _) = effect else { return false }
            if case .swapPreview = purpose { return !holdPreviews }
            return true
        }) {
            guard case .plan(let token, let purpose, let request) = fx.remove(at: i) else { continue }
            let (next, more) = update(s, .planned(token: token, purpose: purpose, Self.plan(request)))
            s = next
            fx += more
        }
        return s
    }

    /// The Data Analyst role planned by the engine from `profile`, on the Plan screen.
    func planned(profile: Profile = Profile()) -> AppState {
        var s = Fixtures.state(width: 120, height: 40, profile: profile)
        s.screen = .roles
        return settle(s, [.key(.enter)])
    }

    /// Keys that move the Plan screen's cursor to the step of `credential`.
    func select(_ credential: String, in s: AppState) -> [Action] {
        let i = s.session?.document?.plan.steps.firstIndex { $0.credential == credential } ?? 0
        return [.key(.home)] + Array(repeating: .key(.down), count: i)
    }

    /// The optimal plan's credentials, planned from scratch.
    func optimum(profile: Profile = Profile()) throws -> [String] {
        try Planner(catalog: Fixtures.catalog)
            .plan(PlanRequest(role: "data-analyst", profile: profile, today: Fixtures.today)).steps.map(\.credential)
    }

    @Test func theOptimumTakesAdvancedSQL() throws {
        // The premise of the tests below: SQL Professional is the one alternative of Advanced SQL.
        let s = planned()
        #expect(s.session?.document?.plan.steps.map(\.credential) == (try optimum()))
        #expect(s.session?.document?.plan.steps.contains { $0.credential == "sql-advanced" } == true)
    }

    @Test func alternativesShowTheEnginesPreviewOfTheSwap() throws {
        var s = planned()
        let document = try #require(s.session?.document)
        // While planned in the background, an alternative shows its own cost and "…".
        let waiting = settle(s, select("sql-advanced", in: s) + [.key(.char("a"))], holdPreviews: true)
        guard case .picker(let open)? = waiting.modal else { Issue.record("expected the alternatives"); return }
        #expect(open.items.map(\.id) == ["sql-pro"])
        #expect(open.items[0].detail == "$150 · 45 h → …")
        #expect(waiting.session?.swapPreviews["sql-pro"] == .pending)

        s = settle(s, select("sql-advanced", in: s) + [.key(.char("a"))])
        guard case .picker(let picker)? = s.modal else { Issue.record("expected the alternatives"); return }
        let preview = try document.document.previewSwap("sql-pro", replacing: "sql-advanced", current: s.profile,
                                                          catalog: Fixtures.catalog, today: Fixtures.today)
        #expect(s.session?.swapPreviews["sql-pro"] == .preview(preview))
        #expect(picker.items[0].detail == "$150 · 45 h → " + SwapPreviewResult.preview(preview).words(currency: "USD"))
        // SQL Professional ($150, 45 h) replaces SQL Basics and Advanced SQL ($128, 50 h).
        #expect(preview.priceChange == 22 && preview.hoursChange == -5)
        #expect(picker.items[0].detail.hasPrefix("$150 · 45 h → +$22 · −5 h · done 20"))
        #expect(render(s).text.contains("+$22 · −5 h · done \(preview.finish)"))

        // Choosing it gives the plan the preview announced.
        s = settle(s, [.key(.enter)])
        let swapped = try #require(s.session?.document?.plan)
        #expect(swapped.totals == preview.totals)
        #expect(swapped.finishDate == preview.finish)
    }

    @Test func choosingAnAlternativePinsItWithAMarker() throws {
        var s = planned()
        s = settle(s, select("sql-advanced", in: s) + [.key(.char("a")), .key(.enter)])
        let document = try #require(s.session?.document?.document)
        #expect(document.pins == [SavedPlan.Pin(credential: "sql-pro", replaces: "sql-advanced")])
        #expect(document.plan.steps.contains { $0.credential == "sql-pro" })
        #expect(!document.plan.steps.contains { $0.credential == "sql-advanced" })
        let text = render(s).text
        #expect(text.contains("◆ SQL Professional"))
        #expect(!text.contains("◆ Python"), "only the pinned step is marked")
        s = settle(s, select("sql-pro", in: s))
        #expect(render(s).text.contains("◆ Pinned: you chose it instead of Advanced SQL"))
        #expect(render(s).text.contains("u to release"))
    }

    @Test func releasingThePinAndReplanningReturnsToTheOptimum() throws {
        let optimal = try optimum()
        var s = planned()
        s = settle(s, select("sql-advanced", in: s) + [.key(.char("a")), .key(.enter)])
        #expect(s.session?.document?.plan.steps.map(\.credential) != optimal)
        // r alone keeps the swap: the pin holds.
        s = settle(s, [.key(.char("r"))])
        #expect(s.session?.document?.plan.steps.contains { $0.credential == "sql-pro" } == true)

        s = settle(s, select("sql-pro", in: s) + [.key(.char("u"))])
        #expect(s.session?.document?.document.pins == [])
        #expect(s.session?.dirty == true)
        #expect((s.status ?? "").contains("Press r to re-plan to the optimum"))
        #expect(!render(s).text.contains("◆ SQL Professional"))
        s = settle(s, [.key(.char("r"))])
        #expect(s.session?.document?.plan.steps.map(\.credential) == optimal)
        #expect(s.session?.document?.document.pins == [])
    }

    @Test func releasingAStepWithoutAPinSaysSo() {
        var s = planned()
        s = settle(s, select("sheets", in: s) + [.key(.char("u"))])
        #expect((s.status ?? "").contains("is not pinned"))
        #expect(s.session?.dirty == true, "a new plan is unsaved; u changed nothing else")
    }

    @Test func closingTheListStopsThePreviewsAndDropsLateOnes() throws {
        var s = planned()
        var fx: [Effect]
        (s, fx) = run(s, select("sql-advanced", in: s) + [.key(.char("a"))])
        guard case .plan(let token, let purpose, let request)? = fx.first(where: {
            if case .plan(_, .swapPreview, _) = $0 { return true } else { return false }
        }) else { Issue.record("no preview asked for"); return }
        (s, fx) = run(s, [.key(.escape)])
        #expect(s.modal == nil && fx == [.stopSwapPreviews])
        (s, _) = run(s, [.planned(token: token, purpose: purpose, Self.plan(request))])
        #expect(s.session?.swapPreviews["sql-pro"] == .pending, "a preview arriving after the list closed is dropped")
    }

    @Test func aStepWithProgressCannotBeSwappedOut() {
        var s = planned()
        s = settle(s, select("sql-advanced", in: s) + [.key(.enter), .key(.char("a"))])
        #expect(s.modal == nil)
        #expect(s.status == "A step in progress stays in the plan; set it back to todo (Enter until [ ]) to swap it.")
    }

    @Test func theReleaseKeyIsInTheHelpAndTheHints() {
        #expect(KeyTable.command(for: .char("u"), on: .plan) == .releasePin)
        #expect(KeyTable.helpLines(current: .plan).contains { $0.keys == "u" && $0.help.contains("release") })
        #expect(KeyTable.hintLine(for: .plan, width: 80).contains("u unpin"))
    }
}
