import Testing
@testable import SkillpathUI

@Suite struct MouseClicksTests {
    func report(_ button: MouseReport.Button, _ kind: MouseReport.Kind = .press, column: Int = 5, row: Int = 2) -> MouseReport {
        MouseReport(button: button, kind: kind, column: column, row: row)
    }

    @Test func pressesWheelAndTheRest() {
        var clicks = MouseClicks()
        #expect(clicks.button(for: report(.left), atMilliseconds: 0) == .click)
        #expect(clicks.button(for: report(.left, .release), atMilliseconds: 50) == nil)
        #expect(clicks.button(for: report(.wheelUp), atMilliseconds: 60) == .wheelUp)
        #expect(clicks.button(for: report(.wheelDown), atMilliseconds: 70) == .wheelDown)
        for ignored in [report(.right), report(.middle), report(.wheelLeft), report(.extra(8)), report(.left, .motion), report(.none, .motion)] {
            #expect(clicks.button(for: ignored, atMilliseconds: 80) == nil, "\(ignored)")
        }
    }

    @Test func secondPressOnTheSameCellSoonIsADoubleClick() {
        var clicks = MouseClicks()
        let limit = MouseClicks.doubleClickMilliseconds
        #expect(clicks.button(for: report(.left), atMilliseconds: 1_000) == .click)
        #expect(clicks.button(for: report(.left), atMilliseconds: 1_000 + limit) == .doubleClick)
        #expect(clicks.button(for: report(.left), atMilliseconds: 1_000 + limit + 10) == .click, "a third press starts afresh")
        #expect(clicks.button(for: report(.left), atMilliseconds: 1_000 + 3 * limit) == .click, "too late")
        #expect(clicks.button(for: report(.left, column: 6), atMilliseconds: 1_000 + 3 * limit + 10) == .click, "another cell")
        #expect(clicks.button(for: report(.left, column: 300), atMilliseconds: 1_000 + 3 * limit + 20) == .click)
        #expect(clicks.button(for: report(.left, column: 300), atMilliseconds: 1_000 + 3 * limit + 30) == .doubleClick, "past column 223 too")
    }
}
