import Testing
@testable import SkillpathUI

/// The status line's hints are made from the key table and fit the width.
@Suite struct KeyHintTests {
    @Test(arguments: Screen.allCases, [40, 80, 120, 200])
    func everyHintShownIsABindingOfTheScreen(_ screen: Screen, _ width: Int) {
        let line = KeyTable.hintLine(for: screen, width: width)
        #expect(TextWidth.width(line) <= width, "\(line)")
        let hints = KeyTable.hints(for: screen)
        let shown = line.components(separatedBy: "  ")
        for text in shown {
            guard let hint = hints.first(where: { $0.shown == text }) else { Issue.record("“\(text)” is not a hint of \(screen)"); continue }
            #expect(KeyTable.command(for: hint.key, on: screen) != nil, "\(hint.key.label) does nothing on \(screen)")
        }
        #expect(shown.last == "? help", "the way to every key is always shown")
    }

    @Test func theMostUsefulComeFirst() {
        #expect(KeyTable.hintLine(for: .roles, width: 80).hasPrefix("Enter plan role  i detail  s sort"))
        #expect(KeyTable.hintLine(for: .catalog, width: 80).hasPrefix("/ search  Enter detail  s sort"))
        #expect(!KeyTable.hintLine(for: .plan, width: 200).contains("/ filter"), "the steps have no filter")
        #expect(KeyTable.hintLine(for: .plans, width: 200).contains("/ filter"))
    }

    @Test func theStatusLineShowsThem() {
        let s = Fixtures.state(width: 80, height: 24)
        let last = render(s).text.split(separator: "\n", omittingEmptySubsequences: false)[23]
        #expect(last.trimmingCharacters(in: .whitespaces) == KeyTable.hintLine(for: .catalog, width: 80))
    }
}
