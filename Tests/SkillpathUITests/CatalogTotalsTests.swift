import SkillpathCore
import Testing
@testable import SkillpathUI

/// Programmes show and are filtered and sorted by their total (``Catalog/totals``): the fixture's
/// "gda" certificate is free in itself but stacks sql-basics ($49, 20 h), sheets ($0, 10 h) and
/// python-intro ($49, 40 h), so its total is $98 and 70 h.
@Suite struct CatalogTotalsTests {
    func ids(_ s: AppState) -> [String] { s.catalogView.results.map { s.catalog.credentials[$0].id } }

    @Test func theFreeFilterLeavesOutAProgrammeThatCostsItsParts() {
        let (s, _) = run(Fixtures.state(), [.key(.char("$"))] + typing("0") + [.key(.enter)])
        #expect(s.catalogView.filter.maxPrice == 0)
        #expect(Set(ids(s)) == ["sheets", "stats-jp"])
        let (under, _) = run(Fixtures.state(), [.key(.char("$"))] + typing("98") + [.key(.enter)])
        #expect(ids(under).contains("gda"))
    }

    @Test func theHoursFilterUsesTheTotal() {
        let (s, _) = run(Fixtures.state(), [.key(.char("h"))] + typing("30") + [.key(.enter)])
        #expect(s.catalogView.filter.maxHours == 30)
        #expect(!ids(s).contains("gda"))
        #expect(ids(s).contains("sql-basics"))
    }

    @Test func sortsByPriceAndHoursUseTheTotal() {
        var (s, _) = run(Fixtures.state(), [.key(.char("s"))])
        #expect(s.catalogView.sort == .price)
        let prices = s.catalogView.results.map { s.catalog.totals[$0].price }
        #expect(prices == prices.sorted())
        // $98 in all: after Advanced SQL ($79), before Cloud Practitioner ($100).
        #expect(Array(ids(s).suffix(3)) == ["gda", "cloud-practitioner", "sql-pro"])
        (s, _) = run(s, [.key(.char("s"))])
        #expect(s.catalogView.sort == .hours)
        #expect(ids(s).last == "gda")
    }

    @Test func theListAndDetailShowTheTotal() {
        var s = Fixtures.state(width: 100, height: 30)
        s.catalogView.cursor.selection = s.catalogView.results.firstIndex { s.catalog.credentials[$0].id == "gda" }!
        #expect(s.selectedCredential?.id == "gda")
        let text = render(s).text
        let row = text.split(separator: "\n").first { $0.contains("Google Data") && $0.contains("70") }
        #expect(row?.contains("Σ$98") == true, "\(text)")
        #expect(text.contains("│Total $98 · 70 h across 3 courses"), "\(text)")
        #expect(text.contains("The total is its own free · 0 h"))
        #expect(!text.contains("0 h · free"), "the programme's own figures are not shown as its price")
    }

    @Test func theSwapListShowsAStacksTotalAndRanksItByIt() {
        var s = Fixtures.state()
        s.screen = .roles
        var (next, fx) = update(s, .key(.enter))
        guard case .plan(let token, _, _)? = fx.first(where: { if case .plan = $0 { return true } else { return false } }) else {
            Issue.record("expected a plan request"); return
        }
        var plan = Fixtures.dataAnalystPlan()
        let pro = Fixtures.catalog.credential("sql-pro")!
        plan.steps = [Plan.Step(credential: pro.id, title: pro.title, price: pro.price, hours: pro.hours, startWeek: 0, endWeek: 9,
                                startDate: Fixtures.today, endDate: Fixtures.today.adding(days: 63),
                                covers: [SkillLevel(skill: "sql", level: 2)], milestone: false)]
        (next, _) = update(next, .planned(token: token, purpose: .main, .success(plan)))
        (next, _) = run(next, [.key(.char("a"))])
        guard case .picker(let picker)? = next.modal else { Issue.record("expected the alternatives"); return }
        // By total: SQL Basics $49, Advanced SQL $79, then the $98 certificate (free in itself).
        #expect(picker.items.map(\.id) == ["sql-basics", "sql-advanced", "gda"])
        let gda = picker.items.first { $0.id == "gda" }
        #expect(gda?.detail.hasPrefix("total $98 · 70 h across 3 courses") == true, "\(gda?.detail ?? "")")
        #expect(picker.items.first?.detail.hasPrefix("$49 · 20 h") == true)
    }
}
