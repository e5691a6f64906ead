import SkillpathCore
import Testing
@testable import SkillpathUI

/// The Profile screen marks credentials imported from badges whose proof could not be checked.
@Suite struct UnverifiedBadgeTests {
    @Test func profileScreenMarksUnverifiedCredentials() {
        var profile = Profile(earned: ["sheets"])
        let plain = run(Fixtures.state(width: 100, height: 30, profile: profile), [.key(.char("3"))]).0
        #expect(!render(plain).text.contains("(unverified badge)"))
        profile.unverified = ["sheets"]
        let marked = run(Fixtures.state(width: 100, height: 30, profile: profile), [.key(.char("3"))]).0
        let text = render(marked).text
        #expect(text.contains("(unverified badge)"))
        let title = Fixtures.catalog.credential("sheets")!.title
        #expect(text.split(separator: "\n").contains { $0.contains(title) && $0.contains("(unverified badge)") })
    }

    @Test func removingTheCredentialDropsItsMark() {
        var profile = Profile(earned: ["sheets"])
        profile.unverified = ["sheets"]
        var state = run(Fixtures.state(width: 100, height: 30, profile: profile), [.key(.char("3"))]).0
        for _ in 0..<state.profileRows.count where state.selectedProfileRow != .earned("sheets") {
            state = run(state, [.key(.down)]).0
        }
        #expect(state.selectedProfileRow == .earned("sheets"))
        state = run(state, [.key(.char("d"))]).0
        #expect(state.profile.earned.isEmpty && state.profile.unverified.isEmpty)
    }
}
