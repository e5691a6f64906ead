import SkillpathCore
import Testing
@testable import SkillpathUI

@Suite struct UpdateTests {
    @Test func searchFiltersAsYouTypeAndEscClears() {
        var (s, _) = run(Fixtures.state(), [.key(.char("/"))] + typing("sql"))
        #expect(s.catalogView.searching)
        let titles = s.catalogView.results.map { s.catalog.credentials[$0].id }
        #expect(Set(titles) == ["sql-basics", "sql-advanced", "sql-pro", "gda"], "titles and the skills granted are searched")
        (s, _) = run(s, typing(" pro"))
        #expect(s.catalogView.results.map { s.catalog.credentials[$0].id } == ["sql-pro"])
        // Keys that are commands elsewhere are typed while searching.
        (s, _) = run(s, [.key(.char("q"))])
        #expect(!s.quitting && s.catalogView.search == "sql proq")
        (s, _) = run(s, [.key(.escape)])
        #expect(!s.catalogView.searching && s.catalogView.search.isEmpty)
        #expect(s.catalogView.results.count == Fixtures.catalog.credentials.count)
    }

    @Test func searchMatchesSkillNamesAndProviders() {
        let (s, _) = run(Fixtures.state(), [.key(.char("/"))] + typing("東京"))
        #expect(Set(s.catalogView.results.map { s.catalog.credentials[$0].id }) == ["stats-jp", "sql-pro"])
    }

    @Test func sortCyclesAndKeepsTheSelection() {
        var (s, _) = run(Fixtures.state(), [.key(.down), .key(.down)])
        let selected = s.selectedCredential!.id
        (s, _) = run(s, [.key(.char("s"))])
        #expect(s.catalogView.sort == .price)
        #expect(s.selectedCredential!.id == selected)
        let prices = s.catalogView.results.map { s.catalog.totals[$0].price }
        #expect(prices == prices.sorted(), "a programme sorts by its total")
        (s, _) = run(s, [.key(.char("s")), .key(.char("s")), .key(.char("s"))])
        #expect(s.catalogView.sort == .title)
    }

    @Test func filtersByProviderAccreditationAndMaximumPrice() {
        var (s, _) = run(Fixtures.state(), [.key(.char("p"))] + typing("東京") + [.key(.enter)])
        #expect(s.modal == nil)
        #expect(s.catalogView.filter.provider == "utokyo")
        #expect(s.catalogView.results.count == 2)
        (s, _) = run(s, [.key(.char("0")), .key(.char("a"))])
        #expect(s.catalogView.results.allSatisfy { s.catalog.credentials[$0].accredited })
        (s, _) = run(s, [.key(.char("0")), .key(.char("$"))] + typing("abc") + [.key(.enter)])
        guard case .prompt(let prompt)? = s.modal else { Issue.record("expected a prompt"); return }
        #expect(prompt.error != nil)
        (s, _) = run(s, [.key(.ctrl("u"))] + typing("50") + [.key(.enter)])
        #expect(s.modal == nil)
        #expect(s.catalogView.filter.maxPrice == 50)
        #expect(s.catalogView.results.allSatisfy { s.catalog.totals[$0].price <= 50 })
    }

    @Test func markingEarnedSavesTheProfileAndRestartsEstimates() {
        var (s, fx) = run(Fixtures.state(), [.key(.char("e"))])
        let id = s.selectedCredential!.id
        #expect(s.profile.earned == [id])
        #expect(fx.contains(.saveProfile(s.profile, since: s.savedProfile)))
        #expect(fx.contains(.estimateRoles(generation: 1, profile: s.profile, today: Fixtures.today)))
        // A result of the old generation is dropped, one of the new kept.
        (s, _) = run(s, [.roleEstimated(generation: 0, role: "data-analyst", .infeasible([])),
                         .roleEstimated(generation: 1, role: "cloud-support", .plan(price: 100, hours: 20, weeks: 4, credentials: 1))])
        #expect(s.roles.estimates["data-analyst"] == nil)
        #expect(s.roles.estimates["cloud-support"] == .plan(price: 100, hours: 20, weeks: 4, credentials: 1))
        (s, _) = run(s, [.key(.char("e"))])
        #expect(s.profile.earned.isEmpty)
    }

    @Test func planningARoleAsksForThreePlansAndShowsTheResult() {
        var (s, fx) = run(Fixtures.state(), [.key(.char("2")), .key(.enter)])
        #expect(s.screen == .plan)
        #expect(s.profile.targetRole == "data-analyst")
        let plans = fx.compactMap { effect -> (Int, PlanPurpose, PlanRequest)? in
            if case .plan(let t, let p, let r) = effect { return (t, p, r) }
            return nil
        }
        #expect(plans.count == 3)
        #expect(plans.map(\.1) == [.main, .comparison(.time), .comparison(.balanced)])
        #expect(plans[1].2.profile.objective == .time)
        #expect(s.session?.document == nil)
        (s, _) = run(s, [.planned(token: plans[0].0, purpose: .main, .success(Fixtures.dataAnalystPlan())),
                         .planned(token: plans[1].0, purpose: .comparison(.time), .success(Fixtures.dataAnalystPlan(objective: .time)))])
        #expect(s.session?.document?.plan.steps.count == 5)
        #expect(s.session?.document?.progress == Array(repeating: .todo, count: 5))
        #expect(s.session?.comparisons[.time] == .plan(price: 177, hours: 100, weeks: 20, credentials: 4))
        #expect(s.session?.comparisons[.balanced] == .pending)
        // A stale result (wrong token) changes nothing.
        let before = s.session?.document
        (s, _) = run(s, [.planned(token: 999, purpose: .main, .success(Fixtures.dataAnalystPlan(objective: .time)))])
        #expect(s.session?.document == before)
    }

    private func planned() -> AppState { Fixtures.plannedState() }

    @Test func stepStatusCyclesAndSkips() {
        var (s, _) = run(planned(), [.key(.enter), .key(.char(" ")), .key(.down), .key(.enter), .key(.down), .key(.char("x"))])
        #expect(s.session?.document?.progress == [.done, .inProgress, .skipped, .todo, .todo])
        (s, _) = run(s, [.key(.char("x"))])
        #expect(s.session?.document?.progress[2] == .todo)
        (s, _) = run(s, [.key(.up), .key(.up), .key(.enter)])
        #expect(s.session?.document?.progress[0] == .todo)
    }

    @Test func replanCountsDoneStepsAsEarnedAndLeavesSkippedOut() {
        var (s, fx) = run(planned(), [.key(.enter), .key(.enter), .key(.down), .key(.down), .key(.char("x")), .key(.char("r"))])
        let requests = fx.compactMap { effect -> (Int, PlanRequest)? in
            if case .plan(let t, .main, let r) = effect { return (t, r) }
            return nil
        }
        #expect(requests.count == 1)
        #expect(s.status == "Re-planning…")
        #expect(requests[0].1.profile.earned == ["sql-basics"])
        #expect(requests[0].1.profile.avoid == ["python-intro"])
        #expect(s.profile.earned.isEmpty, "re-planning does not change the saved profile")
        var rest = Fixtures.dataAnalystPlan()
        rest.steps = Array(rest.steps.filter { $0.credential != "sql-basics" && $0.credential != "python-intro" })
        (s, _) = run(s, [.planned(token: requests[0].0, purpose: .main, .success(rest))])
        let doc = s.session!.document!
        // The skipped step has progress too: it stays, skipped, with its date.
        #expect(doc.plan.steps.map(\.credential) == ["sql-basics", "python-intro", "sheets", "gda", "sql-advanced"])
        #expect(doc.progress == [.done, .skipped, .todo, .todo, .todo])
        #expect(doc.document.progress[0].finished == Fixtures.today && doc.document.progress[1].finished == Fixtures.today)
        #expect(s.status?.hasPrefix("Re-planned: \(s.money(doc.plan.totals.price))") == true)
        // A comparison plan covers the steps left; the done step is added, as in the header.
        let comparison = fx.compactMap { effect -> (Int, Objective)? in
            if case .plan(let t, .comparison(let objective), _) = effect { return (t, objective) }
            return nil
        }[0]
        (s, _) = run(s, [.planned(token: comparison.0, purpose: .comparison(comparison.1), .success(rest))])
        let kept = Fixtures.dataAnalystPlan().steps[0]
        #expect(s.session?.comparisons[comparison.1] == .plan(price: rest.totals.price + kept.price, hours: rest.totals.hours + kept.hours,
                                                             weeks: rest.totals.weeks, credentials: rest.totals.credentials + 1))
    }

    @Test func alternativesListSwapInAndReplan() {
        var (s, _) = run(planned(), [.key(.end), .key(.char("a"))])
        guard case .picker(let picker)? = s.modal else { Issue.record("expected the alternatives"); return }
        #expect(picker.items.map(\.id) == ["sql-pro"])
        var fx: [Effect]
        (s, fx) = run(s, [.key(.enter)])
        #expect(s.modal == nil)
        let request = fx.compactMap { effect -> PlanRequest? in
            if case .plan(_, .main, let r) = effect { return r }
            return nil
        }.first
        #expect(request?.profile.require == ["sql-pro"])
        #expect(request?.profile.avoid == ["sql-advanced"])
        #expect(s.session?.document?.document.pins == [SavedPlan.Pin(credential: "sql-pro", replaces: "sql-advanced")])
    }

    @Test func aStackMadeOfTheStepIsNoAlternative() {
        // The only other credential granting Spreadsheets 2 is the certificate stacked from this very step.
        let (s, _) = run(planned(), [.key(.down), .key(.char("a"))])
        #expect(s.modal == nil)
        #expect(s.status == "No other credential grants what this step gives.")
    }

    @Test func savingAndQuitting() {
        var (s, fx) = run(planned(), [.key(.char("q"))])
        #expect(s.modal == nil && fx.last == .quit, "a new plan only looked at is planned again at the next start: nothing to lose")
        (s, fx) = run(planned(), [.key(.enter), .key(.char("q"))])
        #expect(s.modal == .confirm(.quit), "a marked step is a change")
        #expect(!fx.contains(.quit))
        (s, _) = run(s, [.key(.char("n")), .key(.char("S"))])
        guard case .prompt(let prompt)? = s.modal else { Issue.record("expected the name prompt"); return }
        #expect(prompt.text == "data-analyst")
        (s, fx) = run(s, [.key(.ctrl("u"))] + typing("my plan") + [.key(.enter)])
        #expect(fx.contains(.savePlan(s.session!.document!, name: "my plan")))
        (s, fx) = run(s, [.planSaved(name: "my plan")])
        #expect(s.session?.dirty == false)
        #expect(fx == [.listPlans])
        (s, fx) = run(s, [.key(.char("q"))])
        #expect(s.quitting)
        #expect(fx == [.saveSession(s.sessionMemory), .quit], "where the session was is remembered")
    }

    @Test func savedPlansOpenRenameDeleteAndExport() {
        let doc = OpenPlan(name: "mine", plan: Fixtures.dataAnalystPlan(), progress: [.done, .todo, .todo, .todo, .todo])
        var (s, fx) = run(Fixtures.state(), [.key(.char("5")),
                                             .plansListed(.success([SavedPlanInfo(name: "mine", role: "data-analyst", progress: PlanProgress(done: 1, skipped: 0, inProgress: 0, total: 5), savedAt: "")]))])
        (s, fx) = run(s, [.key(.enter)])
        #expect(fx == [.loadPlan(name: "mine")])
        (s, fx) = run(s, [.planLoaded(.success(doc))])
        #expect(s.screen == .plan)
        #expect(s.session?.dirty == false)
        #expect(s.session?.document?.progress.first == .done)
        #expect(fx.count == 2, "the comparison plans are computed again")
        (s, _) = run(s, [.key(.char("5")), .key(.char("d"))])
        #expect(s.modal == .confirm(.deletePlan("mine")))
        (s, fx) = run(s, [.key(.char("y"))])
        #expect(fx == [.deletePlan(name: "mine")])
        (s, fx) = run(s, [.key(.char("R"))] + [.key(.ctrl("u"))] + typing("ours") + [.key(.enter)])
        #expect(fx == [.renamePlan(from: "mine", to: "ours")])
        (s, fx) = run(s, [.key(.char("m"))])
        #expect(fx == [.exportPlan(name: "mine")])
    }

    @Test func openingASavedPlanOverAnUnsavedOneAsks() {
        let list = Action.plansListed(.success([SavedPlanInfo(name: "mine", role: "data-analyst", progress: PlanProgress([]), savedAt: "")]))
        var (s, fx) = run(planned(), [list, .key(.char("5")), .key(.enter)])
        #expect(s.modal == nil && fx == [.loadPlan(name: "mine")], "a new plan only looked at is not asked about")
        (s, fx) = run(planned(), [list, .key(.enter), .key(.char("5")), .key(.enter)])
        #expect(s.modal == .confirm(.openPlan("mine")))
        #expect(fx.isEmpty)
        (s, fx) = run(s, [.key(.char("y"))])
        #expect(fx == [.loadPlan(name: "mine")])
        (_, fx) = run(s, [.key(.ctrl("l"))])
        #expect(fx == [.redraw])
    }

    @Test func profileEditing() {
        var (s, fx) = run(Fixtures.state(), [.key(.char("3")), .key(.char("a"))] + typing("pyth") + [.key(.enter)])
        #expect(s.profile.skills == ["python": 1])
        #expect(fx.contains(.saveProfile(s.profile, since: s.savedProfile)))
        #expect(s.selectedProfileRow == .skill("python"))
        (s, _) = run(s, [.key(.char("+")), .key(.char("+")), .key(.char("+")), .key(.char("+")), .key(.char("+"))])
        #expect(s.profile.skills["python"] == 5)
        (s, _) = run(s, [.key(.char("-")), .key(.char("d"))])
        #expect(s.profile.skills.isEmpty)
        (s, _) = run(s, [.key(.home)])
        #expect(s.selectedProfileRow == .targetRole, "headings are skipped")
        (s, _) = run(s, [.key(.down)])
        #expect(s.selectedProfileRow == .hoursPerWeek)
        (s, _) = run(s, [.key(.enter), .key(.ctrl("u"))] + typing("0") + [.key(.enter)])
        if case .prompt(let p)? = s.modal { #expect(p.error != nil) } else { Issue.record("0 hours must be refused") }
        (s, _) = run(s, [.key(.ctrl("u"))] + typing("7.5") + [.key(.enter)])
        #expect(s.profile.hoursPerWeek == 7.5)
        (s, _) = run(s, [.key(.down), .key(.enter)] + typing("2027-02-30") + [.key(.enter)])
        #expect(s.modal != nil, "not a real date")
        (s, _) = run(s, [.key(.ctrl("u"))] + typing("2027-02-01") + [.key(.enter)])
        #expect(s.profile.startDate == CalendarDate(year: 2027, month: 2, day: 1))
        (s, _) = run(s, [.key(.down), .key(.down), .key(.enter)])
        #expect(s.profile.objective == .time)
        (s, _) = run(s, [.key(.down), .key(.down), .key(.down), .key(.down), .key(.enter), .key(.down), .key(.enter), .key(.escape)])
        #expect(s.profile.excludeProviders == ["coursera"], "the provider picker lists AWS, Coursera, …")
    }

    @Test func screensTabDigitsAndHelp() {
        var (s, _) = run(Fixtures.state(), [.key(.tab)])
        #expect(s.screen == .roles)
        (s, _) = run(s, [.key(.backTab), .key(.backTab)])
        #expect(s.screen == .plans)
        (s, _) = run(s, [.key(.char("4"))])
        #expect(s.screen == .plan)
        (s, _) = run(s, [.key(.char("?"))])
        #expect(s.modal == .help(offset: 0))
        (s, _) = run(s, [.key(.char("1"))])
        #expect(s.screen == .plan, "keys go to the help box while it is open")
        (s, _) = run(s, [.key(.escape)])
        #expect(s.modal == nil)
    }

    @Test func helpListsEveryBindingOfTheKeyTable() {
        for screen in Screen.allCases {
            let lines = KeyTable.helpLines(current: screen)
            for binding in KeyTable.bindings {
                if case .show = binding.command { continue }
                #expect(lines.contains { $0.help == binding.help }, "\(binding.help)")
            }
        }
        // Every command bound in a screen scope is reachable from that screen.
        for binding in KeyTable.bindings {
            guard case .screen(let screen) = binding.scope else { continue }
            for key in binding.keys { #expect(KeyTable.command(for: key, on: screen) == binding.command) }
        }
    }

    @Test func tooSmallIgnoresActionKeysButQuits() {
        var (s, fx) = run(Fixtures.state(width: 30, height: 10), [.key(.char("2")), .key(.char("e")), .key(.char("?"))])
        #expect(s.screen == .catalog && s.profile.earned.isEmpty && s.modal == nil && fx.isEmpty)
        (s, fx) = run(s, [.key(.char("q"))])
        #expect(s.quitting && fx.last == .quit)
    }

    @Test func resizeKeepsTheSelectionVisible() {
        var (s, _) = run(Fixtures.state(width: 120, height: 40), [.key(.end)])
        (s, _) = run(s, [.resize(width: 80, height: 14)])
        let visible = Layout(s).catalog.list.height
        let offset = s.catalogView.cursor.scrolled(count: s.catalogView.results.count, visible: visible)
        #expect(s.catalogView.cursor.selection >= offset && s.catalogView.cursor.selection < offset + visible)
    }

    @Test func mouseSelectsTabsAndRows() {
        var s = Fixtures.state(width: 120, height: 40)
        let layout = Layout(s)
        let rolesTab = layout.tabs.first { $0.screen == .roles }!
        (s, _) = run(s, [.mouse(x: rolesTab.x + 1, y: 0, .click)])
        #expect(s.screen == .roles)
        (s, _) = run(s, [.mouse(x: 3, y: layout.roles.list.y + 1, .click)])
        #expect(s.roles.cursor.selection == 1)
        (s, _) = run(s, [.key(.char("1")), .mouse(x: 3, y: layout.catalog.list.y + 3, .click)])
        #expect(s.catalogView.cursor.selection == 3)
    }

    @Test func detailsBoxScrollsAndMarksEarned() {
        var (s, _) = run(Fixtures.state(width: 80, height: 14), [.key(.down), .key(.down), .key(.enter)])
        guard case .details(.credential(let i), 0)? = s.modal else { Issue.record("expected the details box"); return }
        #expect(s.catalog.credentials[i].id == "gda")
        (s, _) = run(s, [.key(.end)])
        if case .details(_, let offset)? = s.modal { #expect(offset > 0, "a long detail scrolls in a small terminal") }
        var fx: [Effect]
        (s, fx) = run(s, [.key(.char("e"))])
        #expect(s.profile.earned == ["gda"] && fx.contains(.saveProfile(s.profile, since: s.savedProfile)))
        (s, _) = run(s, [.key(.escape)])
        #expect(s.modal == nil)
        (s, _) = run(s, [.key(.char("2")), .key(.char("i"))])
        #expect(s.modal == .details(.role(0), offset: 0))
    }

    @Test func providerFilterAlsoMatchesTheIssuer() {
        let (s, _) = run(Fixtures.state(), [.key(.char("p"))] + typing("google") + [.key(.enter)])
        #expect(Set(s.catalogView.results.map { s.catalog.credentials[$0].id }) == ["sheets", "gda"])
    }

    @Test func allFiveTabsFitFromTheSmallestWidth() {
        for width in [40, 59, 60, 80, 100] {
            let last = Layout(width: width, height: 24).tabs.last!
            #expect(last.x + last.width <= width, "width \(width)")
        }
    }

    @Test func mouseToggleEmitsAnEffect() {
        let (s, fx) = run(Fixtures.state(), [.key(.char("M"))])
        #expect(!s.mouseEnabled)
        #expect(fx == [.setMouse(false)])
    }

    @Test func pickerPutsWhatStartsWithTheFilterFirst() {
        let items = [("nosql", "NoSQL databases"), ("postgres", "PostgreSQL"), ("sql", "SQL"), ("sql-server", "Microsoft SQL Server")]
        var picker = Picker(purpose: .addSkill, title: "Add a skill", items: items.map { Picker.Item(id: $0.0, label: $0.1, detail: "Data", checked: nil) })
        picker.filter = "sql"
        #expect(picker.visibleItems.map(\.id) == ["sql", "sql-server", "nosql", "postgres"])
        picker.filter = "sql serv"
        #expect(picker.visibleItems.map(\.id) == ["sql-server"])
    }

    @Test func unmetConditionsSharingAReasonAreListedTogether() {
        let text = ConditionText(catalog: Fixtures.catalog, profile: Profile())
        let budget = "over budget: meeting it with the rest costs at least 245, more than the budget of 100"
        let lines = text.describe([Plan.Unmet(condition: .skill("sql", level: 3), reason: budget),
                                   Plan.Unmet(condition: .skill("cloud", level: 2), reason: "no credential in the catalog grants cloud at level 2"),
                                   Plan.Unmet(condition: .skill("python", level: 2), reason: budget)])
        #expect(lines == ["SQL ≥ 3, Python ≥ 2: " + budget, "Cloud basics ≥ 2: no credential in the catalog grants cloud at level 2"])
    }
}
