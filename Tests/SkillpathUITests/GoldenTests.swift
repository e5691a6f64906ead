import Foundation
import SkillpathCore
import Testing
@testable import SkillpathUI

/// Rendered screens compared as text with files in `Golden/`.
///
/// Re-record with `SKILLPATH_RECORD_GOLDEN=1 swift test --filter GoldenTests` (that run fails on
/// purpose, naming each file it wrote), read the diff, then run again without the variable.
@Suite struct GoldenTests {
    static let sizes = [(80, 24), (120, 40)]

    static var goldenDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
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
        ("catalog-sorted-descending", [.key(.char("s")), .key(.char("S"))]),
        ("roles-filter", [.key(.char("2")), .key(.char("/"))] + typing("cloud")),
        ("plans-filter", [.key(.char("5")), .key(.char("/"))] + typing("analyst") + [.key(.enter)]),
        ("profile-only-providers", [.key(.char("3"))] + Array(repeating: .key(.down), count: 7)
            + [.key(.enter)] + typing("aws") + [.key(.char(" "))]),
        ("setup-role", [.key(.char("3")), .key(.char("s"))]),
        ("setup-role-filtered", [.key(.char("3")), .key(.char("s"))] + typing("cloud")),
        ("setup-skills", [.key(.char("3")), .key(.char("s")), .key(.enter), .key(.char(" ")), .key(.left), .key(.down)]),
        ("setup-settings", [.key(.char("3")), .key(.char("s")), .key(.enter), .key(.enter)]),
        ("setup-settings-error", [.key(.char("3")), .key(.char("s")), .key(.enter), .key(.enter), .key(.ctrl("u"))]
            + typing("0") + [.key(.down), .key(.ctrl("u"))] + typing("2026-13-40") + [.key(.enter)]),
        ("export-choice", [.key(.char("4")), .key(.char("m"))]),
    ]

    @Test(arguments: cases.map(\.name))
    func screen(_ name: String) throws {
        let actions = Self.cases.first { $0.name == name }!.actions
        for (width, height) in Self.sizes {
            let (state, _) = run(Fixtures.richState(width: width, height: height), actions)
            try compare(render(state), name: "\(name)-\(width)x\(height)")
        }
    }

    @Test func tooSmall() throws {
        try compare(render(Fixtures.richState(width: 36, height: 10)), name: "too-small-36x10")
    }

    @Test func emptyPlanScreenExplainsWhatToDo() throws {
        let s = AppState(catalog: Fixtures.catalog, profile: Profile(), today: Fixtures.today, width: 80, height: 24)
        let (state, _) = run(s, [.key(.char("4"))])
        try compare(render(state), name: "plan-empty-80x24")
    }

    @Test func infeasiblePlanSaysWhy() throws {
        var s = Fixtures.richState(width: 80, height: 24)
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
