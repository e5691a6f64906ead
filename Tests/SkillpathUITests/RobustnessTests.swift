import SkillpathCore
import Testing
@testable import SkillpathUI

/// "Nothing they press breaks the screen": random keys, clicks and sizes never crash `update` or
/// `render`, and every frame fits its terminal.
@Suite struct RobustnessTests {
    static let keys: [Key] = [.tab, .backTab, .enter, .escape, .backspace, .delete, .up, .down, .left, .right,
                              .pageUp, .pageDown, .home, .end, .ctrl("u"), .function(1), .unknown]
        + Array("12345?qjkgGsptca$h0e/+-=dxrSRmMyn 東📊\u{1B}").map { Key.char($0) }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func randomSessionsNeverBreakTheScreen(seed: UInt64) {
        var random = SplitMix(seed: seed)
        var state = Fixtures.state(width: 80, height: 24)
        for step in 0..<300 {
            let action: Action
            switch random.next(upTo: 20) {
            case 0:
                action = .resize(width: 20 + random.next(upTo: 160), height: 6 + random.next(upTo: 60))
            case 1:
                action = .mouse(x: random.next(upTo: state.width + 2), y: random.next(upTo: state.height + 2),
                                [.click, .doubleClick, .wheelUp, .wheelDown][random.next(upTo: 4)])
            default:
                action = .key(Self.keys[random.next(upTo: Self.keys.count)])
            }
            var effects: [Effect]
            (state, effects) = update(state, action)
            if state.quitting { state.quitting = false }
            // Answer planning requests the way the runner would, sometimes with a failure.
            for effect in effects {
                if case .plan(let token, let purpose, let request) = effect {
                    let result: Result<Plan, Failure> = random.next(upTo: 5) == 0 ? .failure(Failure("no plan"))
                        : .success(Fixtures.dataAnalystPlan(objective: request.profile.objective))
                    (state, _) = update(state, .planned(token: token, purpose: purpose, result))
                }
            }
            let grid = render(state)
            #expect(grid.width == state.width && grid.height == state.height)
            let lines = grid.text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == state.height, "seed \(seed) step \(step)")
            for line in lines where TextWidth.width(String(line)) > state.width {
                Issue.record("seed \(seed) step \(step): a line is wider than \(state.width): \(line)")
            }
            #expect(!grid.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x1B })
        }
    }

    @Test func everyScreenAndBoxRendersAtTheEdgeSizes() {
        let sizes = [(40, 12), (41, 13), (99, 29), (100, 30), (200, 60), (39, 11), (1, 1), (0, 0)]
        let openings: [[Action]] = Screen.allCases.map { [.key(.char(Character(String($0.rawValue))))] } + [
            [.key(.char("?"))], [.key(.char("p"))], [.key(.char("$"))], [.key(.char("3")), .key(.char("a"))],
            [.key(.char("4")), .key(.char("q"))],
        ]
        for (w, h) in sizes {
            for opening in openings {
                let (state, _) = run(Fixtures.richState(width: w, height: h), opening)
                let grid = render(state)
                #expect(grid.text.split(separator: "\n", omittingEmptySubsequences: false)
                    .allSatisfy { TextWidth.width(String($0)) <= max(w, 0) })
            }
        }
    }
}
