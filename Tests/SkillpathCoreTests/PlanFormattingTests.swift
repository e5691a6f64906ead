import Foundation
import Testing
@testable import SkillpathCore

/// The plan's JSON (PLANNING.md's exact shape), text and Markdown forms, on hand-built plans.
@Suite struct PlanFormattingTests {
    static let start = CalendarDate(year: 2026, month: 12, day: 1)

    static let catalog = Catalog(
        info: Catalog.Info(name: "t", version: "1", currency: "USD"),
        skills: [Skill(id: "sql", name: "SQL", category: "Data"), Skill(id: "spreadsheets", name: "Spreadsheets", category: "Data")],
        providers: [Provider(id: "coursera", name: "Coursera", kind: .platform)],
        roles: [Role(id: "data-analyst", title: "Data Analyst", requires: [.skill("sql", level: 2)])],
        credentials: [])

    /// Two courses and a milestone certificate they complete.
    static let feasible = Plan(
        role: "data-analyst", objective: .cost, feasible: true, value: 294, tiebreak: 180,
        totals: Plan.Totals(price: 294, hours: 180, weeks: 22.5, credentials: 2),
        steps: [
            Plan.Step(credential: "intro-sql", title: "Intro to SQL", price: 0, hours: 20, startWeek: 0, endWeek: 2.5,
                      startDate: start, endDate: start.adding(days: 17), covers: [SkillLevel(skill: "sql", level: 1)], milestone: false,
                      why: [.prerequisite(of: "google-data-analytics"), .stack(of: "analyst-cert")]),
            Plan.Step(credential: "google-data-analytics", title: "Google Data Analytics Professional Certificate with a long title that wraps",
                      price: 294, hours: 160, startWeek: 2.5, endWeek: 22.5, startDate: start.adding(days: 17),
                      endDate: start.adding(days: 157), covers: [SkillLevel(skill: "sql", level: 2), SkillLevel(skill: "spreadsheets", level: 3)],
                      milestone: false, why: [.role(condition: 0), .required]),
            Plan.Step(credential: "analyst-cert", title: "Analyst Certificate", price: 0, hours: 0, startWeek: 22.5, endWeek: 22.5,
                      startDate: start.adding(days: 157), endDate: start.adding(days: 157), covers: [], milestone: true),
        ],
        unmet: [], startDate: start, hoursPerWeek: 8)

    static let infeasible = Plan(
        role: "data-analyst", objective: .time, feasible: false, value: 0, tiebreak: 0,
        totals: Plan.Totals(price: 0, hours: 0, weeks: 0, credentials: 0), steps: [],
        unmet: [Plan.Unmet(condition: .skill("sql", level: 5), reason: "no credential in the catalog grants sql at level 5"),
                Plan.Unmet(condition: .anyOf([.credential("aws-ccp"), .allOf([.skill("aws", level: 2)])]), reason: "over budget")],
        startDate: start, hoursPerWeek: 5)

    @Test func jsonHasExactlyTheSpecifiedShape() throws {
        let text = PlanJSON.render(Self.feasible)
        let value = try JSONParser.parse(Array(text.utf8))
        guard case .object(let members) = value.kind else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["role", "feasible", "objective", "totals", "steps", "unmet"])
        guard case .object(let objective) = value["objective"]!.kind, case .object(let totals) = value["totals"]!.kind,
              case .array(let steps) = value["steps"]!.kind, case .object(let step) = steps[1].kind else { Issue.record("bad shape"); return }
        #expect(objective.map(\.key) == ["kind", "value"])
        #expect(totals.map(\.key) == ["price", "hours", "weeks", "credentials"])
        #expect(step.map(\.key) == ["credential", "title", "price", "hours", "startWeek", "endWeek", "startDate", "endDate", "covers", "milestone", "why"])
        // Amounts print as reals, counts and levels as integers, dates as YYYY-MM-DD.
        #expect(text.contains("\"objective\": {\"kind\": \"cost\", \"value\": 294.0}"))
        #expect(text.contains("\"credentials\": 2"))
        #expect(text.contains("\"startWeek\": 0.0"))
        #expect(text.contains("\"endDate\": \"2026-12-18\""))
        #expect(text.contains("{\"skill\": \"sql\", \"level\": 2}"))
        #expect(text.contains("\"milestone\": true"))
        #expect(text.contains("\"unmet\": []"))
        #expect(text.contains("\"why\": [{\"kind\": \"role\", \"condition\": 0}, {\"kind\": \"required\"}]"))
        #expect(PlanJSON.output(Self.feasible).rendered(pretty: false)
            .contains(#""why":[{"kind":"prerequisite","of":"google-data-analytics"},{"kind":"stack","of":"analyst-cert"}]"#))
        #expect(text.contains("\"why\": []"))
        #expect(text.hasSuffix("}\n"))
    }

    @Test func infeasibleJSONListsConditionsInCatalogGrammar() throws {
        let text = PlanJSON.output(Self.infeasible).rendered(pretty: false)
        #expect(text == """
        {"role":"data-analyst","feasible":false,"objective":{"kind":"time","value":0.0},\
        "totals":{"price":0.0,"hours":0.0,"weeks":0.0,"credentials":0},"steps":[],\
        "unmet":[{"condition":{"skill":"sql","level":5},"reason":"no credential in the catalog grants sql at level 5"},\
        {"condition":{"anyOf":["aws-ccp",{"allOf":[{"skill":"aws","level":2}]}]},"reason":"over budget"}]}
        """)
    }

    @Test func completePlanJSONDecodesBackToTheSamePlan() throws {
        for plan in [Self.feasible, Self.infeasible] {
            let reader = JSONReader(source: JSONSource(name: "p", bytes: Array(PlanJSON.output(plan, complete: true).rendered().utf8)))
            let value = try #require(reader.parse())
            #expect(PlanJSON.decode(reader, value, path: "") == plan)
            #expect(reader.diagnostics.isEmpty)
        }
    }

    @Test func stringsAreEscaped() throws {
        let nasty = "quote \" backslash \\ newline \n tab \t bell \u{7} del \u{7F} line-sep \u{2028} é 🎓"
        let text = JSONOutput.array([.string(nasty)]).rendered(pretty: false)
        #expect(!text.contains("\n") && !text.contains("\t") && !text.contains("\u{7}"))
        let parsed = try JSONParser.parse(Array(text.utf8))
        guard case .array(let elements) = parsed.kind, case .string(let back) = elements[0].kind else { Issue.record("bad"); return }
        #expect(back == nasty)
        #expect(JSONOutput.number(.infinity).rendered() == "null")
        #expect(JSONOutput.number(1e300).rendered() == "1e+300")
        #expect(JSONOutput.number(-0.5).rendered() == "-0.5")
    }

    @Test func textShowsNumberedStepsMilestonesAndTotals() {
        let text = PlanText(plan: Self.feasible, catalog: Self.catalog).render()
        #expect(text.hasPrefix("Plan for Data Analyst (data-analyst)\n"))
        #expect(text.contains("\n1. Intro to SQL\n"))
        #expect(text.contains("\n2. Google Data Analytics Professional Certificate"))
        #expect(text.contains("weeks 2.5–22.5 · 2026-12-18 → 2027-05-07"))
        #expect(text.contains("covers: SQL (level 2), Spreadsheets (level 3)"))
        #expect(text.contains("◆ Milestone: Analyst Certificate"))
        #expect(text.contains("Total: 2 credentials · $294 · 180 h · 22.5 weeks · done by 2027-05-07"))
        #expect(!text.contains("\u{1B}"))
        for line in text.split(separator: "\n") { #expect(line.count <= 80, "too wide: \(line)") }
    }

    @Test func textFitsNarrowWidthsAndShowsProgress() {
        let text = PlanText(plan: Self.feasible, catalog: nil, progress: [.done, .inProgress, .todo], width: 40).render()
        for line in text.split(separator: "\n") { #expect(line.count <= 40, "too wide: \(line)") }
        #expect(text.contains("[done] Intro to"))
        #expect(text.contains("Progress: 1 of 3 steps done ·"))
        #expect(text.contains("covers: sql (level 1)"))
    }

    @Test func textOfAnImpossiblePlanGivesTheReasons() {
        let text = PlanText(plan: Self.infeasible, catalog: Self.catalog).render()
        #expect(text.hasPrefix("No plan reaches Data Analyst (data-analyst) with this profile."))
        #expect(text.contains("  • SQL ≥ 5\n    no credential in the catalog grants sql at level 5"))
        #expect(text.contains("any of (aws-ccp, all of (aws ≥ 2))"))
    }

    @Test func styleIsAppliedAfterWrapping() {
        let style = PlanText.Style(heading: { "<\($0)>" }, dim: { $0 }, good: { $0 }, bad: { $0 })
        let text = PlanText(plan: Self.feasible, catalog: Self.catalog, style: style, width: 40).render()
        #expect(text.contains("<Plan for Data Analyst (data-analyst)>"))
        for line in text.split(separator: "\n") {
            #expect(line.replacingOccurrences(of: "<", with: "").replacingOccurrences(of: ">", with: "").count <= 40)
        }
    }

    @Test func markdownHasATableOfSteps() {
        let text = PlanMarkdown(plan: Self.feasible, catalog: Self.catalog, progress: [.done, .todo, .todo]).render()
        #expect(text.hasPrefix("# Study plan: Data Analyst\n"))
        #expect(text.contains("| # | Credential | Price | Hours | Weeks | Dates | Covers | Status |"))
        #expect(text.contains("| 1 | Intro to SQL (`intro-sql`) | $0 | 20 | 0–2.5 | 2026-12-01 → 2026-12-18 | SQL (level 1) | done |"))
        #expect(text.contains("| ◆ | Milestone: Analyst Certificate (`analyst-cert`) |"))
        let impossible = PlanMarkdown(plan: Self.infeasible, catalog: Self.catalog).render()
        #expect(impossible.contains("- **SQL ≥ 5**: no credential in the catalog grants sql at level 5"))
        #expect(PlanMarkdown.escape("a|b*c") == "a\\|b\\*c")
        #expect(PlanMarkdown.linkTarget("https://x.org/a (b)|c") == "https://x.org/a%20%28b%29%7Cc")
    }

    @Test func quantities() {
        #expect(Quantity.money(294) == "$294")
        #expect(Quantity.money(1999.01) == "$1,999.01")
        #expect(Quantity.money(1234567.5) == "$1,234,567.50")
        #expect(Quantity.money(80, currency: "EUR") == "€80")
        #expect(Quantity.money(80, currency: "CAD") == "80 CAD")
        #expect(Quantity.number(22.5) == "22.5")
        #expect(Quantity.number(33.6875) == "33.7")
        #expect(Quantity.number(180) == "180")
        #expect(Quantity.weeks(1) == "1 week")
    }
}
