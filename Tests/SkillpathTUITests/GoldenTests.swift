import Foundation
import SkillpathCore
import Testing
@testable import SkillpathTUI

/// Rendered screens compared as text with files in `Golden/`.
///
/// Re-record with `SKILLPATH_RECORD_GOLDEN=1 swift test --filter GoldenTests` (that run fails on
/// purpose, naming each file it wrote), read the diff, then run again without the variable.
@Suite struct GoldenTests {
    static let sizes = [(80, 24), (120, 40)]

    static var goldenDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    /// A state with a profile, estimates for every role, a plan in progress and one saved plan.
    static func richState(width: Int, height: Int) -> AppState {
        var profile = Profile(skills: ["sql": 1, "excel": 2], earned: ["sheets"], hoursPerWeek: 5)
        profile.targetRole = "data-analyst"
        var s = AppState(catalog: Fixtures.catalog, profile: profile, today: Fixtures.today, width: width, height: height)
        s.roles.estimates = ["data-analyst": .plan(price: 177, hours: 100, weeks: 20, credentials: 4),
                             "cloud-support": .infeasible([Plan.Unmet(condition: .skill("cloud", level: 2),
                                                                          reason: "no credential grants Cloud basics at level 2 within the budget")])]
        var session = PlanSession(role: "data-analyst")
        session.document = OpenPlan(name: nil, plan: Fixtures.dataAnalystPlan(), progress: [.done, .inProgress, .todo, .todo, .skipped],
                                        profile: profile)
        session.comparisons = [.time: .plan(price: 177, hours: 100, weeks: 20, credentials: 4), .balanced: .pending]
        session.cursor.selection = 0
        s.session = session
        s.plans.list = [SavedPlanInfo(name: "analyst 2027", role: "data-analyst", progress: PlanProgress(done: 1, skipped: 0, inProgress: 0, total: 5), savedAt: "2026-12-01 09:30")]
        s.plans.loaded = true
        return s
    }

    static let cases: [(name: String, actions: [Action])] = [
        ("catalog", []),
        ("catalog-search", [.key(.char("/"))] + typing("sql")),
        ("catalog-wide-text", [.key(.char("/"))] + typing("東京") + [.key(.enter), .key(.down)]),
        ("catalog-details", [.key(.down), .key(.down), .key(.enter)]),
        ("roles", [.key(.char("2"))]),
        ("profile", [.key(.char("3"))]),
        ("plan", [.key(.char("4"))]),
        ("plan-step-detail", [.key(.char("4")), .key(.down)]),
        ("plans", [.key(.char("5"))]),
        ("help", [.key(.char("4")), .key(.char("?"))]),
        ("quit-confirm", [.key(.char("4")), .key(.char("q"))]),
    ]

    @Test(arguments: cases.map(\.name))
    func screen(_ name: String) throws {
        let actions = Self.cases.first { $0.name == name }!.actions
        for (width, height) in Self.sizes {
            let (state, _) = run(Self.richState(width: width, height: height), actions)
            try compare(render(state), name: "\(name)-\(width)x\(height)")
        }
    }

    @Test func tooSmall() throws {
        try compare(render(Self.richState(width: 36, height: 10)), name: "too-small-36x10")
    }

    @Test func emptyPlanScreenExplainsWhatToDo() throws {
        let s = AppState(catalog: Fixtures.catalog, profile: Profile(), today: Fixtures.today, width: 80, height: 24)
        let (state, _) = run(s, [.key(.char("4"))])
        try compare(render(state), name: "plan-empty-80x24")
    }

    @Test func infeasiblePlanSaysWhy() throws {
        var s = Self.richState(width: 80, height: 24)
        var plan = Fixtures.dataAnalystPlan()
        plan.feasible = false
        plan.steps = []
        plan.unmet = [Plan.Unmet(condition: .skill("sql", level: 3), reason: "every credential granting it is over the budget of $50")]
        s.session?.document = OpenPlan(name: nil, plan: plan, profile: s.profile)
        s.screen = .plan
        try compare(render(s), name: "plan-infeasible-80x24")
    }

    private func compare(_ grid: Grid, name: String) throws {
        let file = Self.goldenDirectory.appendingPathComponent(name + ".txt")
        let text = grid.text + "\n"
        #expect(grid.text.split(separator: "\n", omittingEmptySubsequences: false).allSatisfy { TextWidth.width(String($0)) <= grid.width })
        if ProcessInfo.processInfo.environment["SKILLPATH_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.goldenDirectory, withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
            // Recording is not a pass: the run fails so that a recorded screen is always read.
            Issue.record("recorded \(file.path); read the diff, then run again without SKILLPATH_RECORD_GOLDEN")
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no golden file \(file.path); record with SKILLPATH_RECORD_GOLDEN=1")
            return
        }
        if expected != text {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = text.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            Issue.record("\(name) differs from \(file.lastPathComponent) at line \(first + 1):\nexpected: \(first < a.count ? String(a[first]) : "<end>")\n  actual: \(first < b.count ? String(b[first]) : "<end>")\n\nactual screen:\n\(text)")
        }
    }
}
