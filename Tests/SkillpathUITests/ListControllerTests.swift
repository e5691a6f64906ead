import SkillpathCore
import Testing
@testable import SkillpathUI

/// The one list behaviour on every list: `/` filter, sort and its reverse, header clicks, the
/// wheel, Home/End, and the pickers' filters.
@Suite struct ListControllerTests {
    private func roleIDs(_ s: AppState) -> [String] { s.roleRows.map { s.catalog.roles[$0].id } }
    private func ids(_ s: AppState) -> [String] { s.catalogView.results.map { s.catalog.credentials[$0].id } }

    /// The rich fixture with three saved plans.
    private func withPlans(width: Int = 120, height: Int = 40) -> AppState {
        var s = Fixtures.richState(width: width, height: height)
        s.plans.list = [
            SavedPlanInfo(name: "analyst 2027", role: "data-analyst", progress: PlanProgress(done: 1, skipped: 0, inProgress: 0, total: 5), savedAt: "2026-12-01 09:30"),
            SavedPlanInfo(name: "cloud", role: "cloud-support", progress: PlanProgress(done: 2, skipped: 0, inProgress: 0, total: 2), savedAt: "2026-11-02 10:00"),
            SavedPlanInfo(name: "backup", role: "data-analyst", progress: PlanProgress(done: 0, skipped: 0, inProgress: 0, total: 5), savedAt: "2026-12-01 11:00"),
        ]
        return s
    }

    @Test func slashFiltersTheRolesAndEscClears() {
        var (s, _) = run(Fixtures.richState(width: 120, height: 40), [.key(.char("2")), .key(.char("/"))] + typing("cloud"))
        #expect(s.roles.list.searching)
        #expect(roleIDs(s) == ["cloud-support"])
        #expect(render(s).text.contains("Filter: cloud▏ 1 shown"))
        // Enter keeps the filter and gives the keys back; Enter then plans the one role shown.
        var fx: [Effect]
        (s, fx) = run(s, [.key(.enter), .key(.char("i"))])
        #expect(!s.roles.list.searching && s.modal == .details(.role(1), offset: 0))
        (s, fx) = run(s, [.key(.escape), .key(.enter)])
        #expect(s.session?.role == "cloud-support" && fx.contains { if case .plan = $0 { true } else { false } })
        (s, _) = run(s, [.key(.char("2")), .key(.escape)])
        #expect(s.roles.list.query.isEmpty && roleIDs(s) == ["data-analyst", "cloud-support"])
    }

    @Test func rolesFilterMatchesTheONetCode() {
        let (s, _) = run(Fixtures.richState(width: 80, height: 24), [.key(.char("2")), .key(.char("/"))] + typing("15-2051"))
        #expect(roleIDs(s) == ["data-analyst"])
    }

    @Test func slashFiltersThePlansAndZeroClears() {
        var (s, _) = run(withPlans(), [.key(.char("5")), .key(.char("/"))] + typing("data") + [.key(.enter)])
        #expect(s.planRows.map { s.plans.list[$0].name } == ["analyst 2027", "backup"], "the role's title is matched")
        (s, _) = run(s, [.key(.down)])
        #expect(s.selectedSavedPlan?.name == "backup")
        var fx: [Effect]
        (s, fx) = run(s, [.key(.enter)])
        #expect(s.modal == .confirm(.openPlan("backup")) || fx.contains(.loadPlan(name: "backup")))
        (s, _) = run(s, [.key(.escape), .key(.char("0"))])
        #expect(s.plans.view.query.isEmpty && s.planRows.count == 3)
    }

    @Test func theProfileAndPlanListsHaveNoFilter() {
        let (s, _) = run(Fixtures.richState(width: 80, height: 24), [.key(.char("4")), .key(.char("/"))])
        #expect(!s[list: .steps].searching && s.status?.contains("no filter") == true)
    }

    @Test func sortReversesWithTheSameKeyOrS() {
        var (s, _) = run(Fixtures.state(), [.key(.char("s"))])
        #expect(s.catalogView.sort == .price && !s.catalogView.descending)
        let ascending = ids(s)
        (s, _) = run(s, [.key(.char("S"))])
        #expect(s.catalogView.sort == .price && s.catalogView.descending)
        #expect(ids(s) == ascending.reversed())
        let prices = s.catalogView.results.map { s.catalog.totals[$0].price }
        #expect(prices == prices.sorted(by: >))
        #expect(s.status == "Sorted by price, descending (S reverses).")
        #expect(render(s).text.contains("Price ▼"))
    }

    @Test func sortingTheRolesAndPlans() {
        var (s, _) = run(Fixtures.richState(width: 120, height: 40), [.key(.char("2")), .key(.char("s"))])
        #expect(s.roles.list.sort == ListSort(column: RoleColumns.Key.title.rawValue))
        #expect(roleIDs(s) == ["cloud-support", "data-analyst"])
        #expect(s.roles.cursor.selection == 1 && s.selectedRoleIndex == 0, "the selected role stays selected")
        (s, _) = run(s, [.key(.char("S"))])
        #expect(roleIDs(s) == ["data-analyst", "cloud-support"])
        #expect(s.roles.cursor.selection == 0 && s.selectedRoleIndex == 0)
        (s, _) = run(withPlans(), [.key(.char("5")), .key(.char("s")), .key(.char("S"))])
        #expect(s.planRows.map { s.plans.list[$0].name } == ["cloud", "backup", "analyst 2027"])
    }

    @Test func clickingAHeaderSortsAndClickingAgainReverses() {
        var s = Fixtures.state(width: 120, height: 40)
        let list = Layout(s).catalog.list
        let header = CatalogColumns(width: list.width).listHeader
        // The x of the Hours column's title.
        let hoursX = list.x + 2 + header.columns.prefix(3).filter { $0.width > 0 }.map { $0.width + 1 }.reduce(0, +) + 1
        (s, _) = run(s, [.mouse(x: hoursX, y: list.y - 1, .click)])
        #expect(s.catalogView.sort == .hours && !s.catalogView.descending)
        (s, _) = run(s, [.mouse(x: hoursX, y: list.y - 1, .click)])
        #expect(s.catalogView.sort == .hours && s.catalogView.descending)
        let hours = s.catalogView.results.map { s.catalog.totals[$0].hours }
        #expect(hours == hours.sorted(by: >))
        let line = render(s).text.split(separator: "\n")[list.y - 1]
        #expect(line.contains("Hours▼") && !line.contains("▲"), "the arrow fits the narrow column: \(line)")
        // The Roles header too.
        (s, _) = run(Fixtures.richState(width: 120, height: 40), [.key(.char("2"))])
        let roles = Layout(s).roles.list
        let metX = roles.x + 2 + RoleColumns(width: roles.width).title + 1 + RoleColumns(width: roles.width).onet + 1 + 2
        (s, _) = run(s, [.mouse(x: metX, y: roles.y - 1, .click)])
        #expect(s.roles.list.sort == ListSort(column: RoleColumns.Key.met.rawValue))
    }

    @Test func wheelHomeAndEndOnEveryList() {
        var s = Fixtures.richState(width: 80, height: 24)
        for screen in ["1", "2", "4", "5"] {
            (s, _) = run(s, [.key(.char(Character(screen)))])
            let id = ListID(s.screen)
            let count = s.rowCount(id)
            (s, _) = run(s, [.key(.end)])
            #expect(s[list: id].cursor.selection == count - 1, "End on \(s.screen)")
            (s, _) = run(s, [.key(.home)])
            #expect(s[list: id].cursor.selection == 0, "Home on \(s.screen)")
            let rect = s.listRect(id)
            (s, _) = run(s, [.mouse(x: rect.x + 1, y: rect.y, .wheelDown)])
            #expect(s[list: id].cursor.selection == min(3, count - 1), "wheel on \(s.screen)")
        }
        // The Profile's Home stops on the first setting, not the heading.
        (s, _) = run(s, [.key(.char("3")), .key(.end), .key(.home)])
        #expect(s.profileCursor.selection == 1)
    }

    @Test func pickersFilterWithTheListKeysAndCtrlW() {
        var (s, _) = run(Fixtures.state(), [.key(.char("p"))] + typing("goo"))
        guard case .picker(let picker)? = s.modal else { Issue.record("expected the provider picker"); return }
        #expect(picker.visibleItems.map(\.id) == ["google"])
        (s, _) = run(s, [.key(.ctrl("w"))] + typing("東京") + [.key(.pageDown), .key(.enter)])
        #expect(s.catalogView.filter.provider == "utokyo")
    }

    @Test func pickersMatchIdsAndInitials() {
        let items = [Picker.Item(id: "amazon-ads", label: "Amazon Ads", detail: "", checked: nil),
                     Picker.Item(id: "amzn", label: "Amazon Web Services", detail: "", checked: nil),
                     Picker.Item(id: "laws", label: "Law School", detail: "", checked: nil)]
        var picker = Picker(purpose: .filterProvider, title: "", items: items)
        picker.filter = "aws"
        #expect(picker.visibleItems.map(\.id).first == "amzn", "the initials of Amazon Web Services come first")
        picker.filter = "amzn"
        #expect(picker.visibleItems.map(\.id) == ["amzn"], "an id is matched")
    }

    @Test func alternativesFilterByTyping() {
        var s = Fixtures.richState(width: 120, height: 40)
        s.screen = .plan
        s.session?.cursor.selection = 2
        let alternatives = [Picker.Item(id: "sql-pro", label: "SQL Professional · 東京大学", detail: "", checked: nil),
                            Picker.Item(id: "cloud-practitioner", label: "Cloud Practitioner · AWS", detail: "", checked: nil)]
        s.modal = .picker(Picker(purpose: .alternative(step: 2), title: "Swap", items: alternatives))
        (s, _) = run(s, typing("aws"))
        guard case .picker(let picker)? = s.modal else { Issue.record("expected the alternatives"); return }
        #expect(picker.visibleItems.map(\.id) == ["cloud-practitioner"])
    }

    @Test func zeroClearsTheFiltersAndTheSearch() {
        var (s, _) = run(Fixtures.state(), [.key(.char("a")), .key(.char("/"))] + typing("sql") + [.key(.enter)])
        #expect(s.catalogView.filter.accreditedOnly && s.catalogView.search == "sql")
        (s, _) = run(s, [.key(.char("0"))])
        #expect(s.catalogView.filter.isEmpty && s.catalogView.search.isEmpty)
        #expect(s.catalogView.results.count == s.catalog.credentials.count)
    }

    @Test func doubleClickActivatesTheRow() {
        var s = Fixtures.richState(width: 120, height: 40)
        (s, _) = run(s, [.key(.char("2"))])
        let rect = Layout(s).roles.list
        var fx: [Effect]
        (s, fx) = run(s, [.mouse(x: rect.x + 3, y: rect.y + 1, .doubleClick)])
        #expect(s.screen == .plan && s.session?.role == "cloud-support")
        #expect(fx.contains { if case .plan(_, .main, _) = $0 { true } else { false } })
    }
}

/// Sorted lists keep the selected row while their data changes.
@Suite struct SortedListSelectionTests {
    @Test func estimatesArrivingKeepTheSelectedRole() {
        var s = Fixtures.state(width: 120, height: 40)
        (s, _) = run(s, [.key(.char("2")), .key(.down)])
        #expect(s.catalog.roles[s.selectedRoleIndex!].id == "cloud-support")
        // Sort by best plan (pending last), then the estimates arrive: cloud-support is the cheaper one.
        (s, _) = run(s, [.key(.char("s")), .key(.char("s")), .key(.char("s")), .key(.char("s"))])
        #expect(s.roles.list.sort == ListSort(column: RoleColumns.Key.price.rawValue))
        (s, _) = run(s, [.roleEstimated(generation: 0, role: "cloud-support", .plan(price: 100, hours: 20, weeks: 4, credentials: 1)),
                         .roleEstimated(generation: 0, role: "data-analyst", .plan(price: 50, hours: 90, weeks: 18, credentials: 4))])
        #expect(s.roleRows.map { s.catalog.roles[$0].id } == ["data-analyst", "cloud-support"])
        #expect(s.catalog.roles[s.selectedRoleIndex!].id == "cloud-support", "the cursor followed the role")
    }
}
