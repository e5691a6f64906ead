import SkillpathCore
import Testing
@testable import SkillpathUI

/// The Profile screen's "Only these providers" picker, through update and the storage effect.
@Suite struct OnlyProvidersTests {
    @Test func tickingAndApplyingSavesTheProfile() throws {
        let storage = InMemoryStorage()
        var s = Fixtures.state(width: 120, height: 40)
        (s, _) = run(s, [.key(.char("3"))])
        let row = try #require(s.profileRows.firstIndex(of: .onlyProviders))
        (s, _) = run(s, [.key(.down)])
        while s.profileCursor.selection < row { (s, _) = run(s, [.key(.down)]) }
        (s, _) = run(s, [.key(.enter)] + typing("aws") + [.key(.char(" "))])
        guard case .picker(let picker)? = s.modal else { Issue.record("expected the providers picker"); return }
        #expect(picker.purpose == .onlyProviders && picker.checkedIDs == ["aws"])
        #expect(render(s).text.contains("1 of 4 · 1 of 4 ticked"), "the count shown and the ticks")
        // Ctrl-U clears the filter; tick a second provider; Enter applies.
        var fx: [Effect]
        (s, fx) = run(s, [.key(.ctrl("u"))] + typing("coursera") + [.key(.char(" ")), .key(.enter)])
        #expect(s.modal == nil)
        #expect(s.profile.onlyProviders == ["aws", "coursera"], "in the picker's order (by name)")
        let save = try #require(fx.first { if case .saveProfile = $0 { true } else { false } })
        guard case .saveProfile(let profile, let base) = save else { return }
        #expect(fx.contains { if case .estimateRoles = $0 { true } else { false } })
        // The runner performs the save; its result comes back.
        let stored = try storage.saveProfile(profile, since: base)
        (s, _) = run(s, [.profileSaved(stored)])
        #expect(try storage.loadProfile().onlyProviders == ["aws", "coursera"])
        #expect(s.savedProfile.onlyProviders == ["aws", "coursera"])
        #expect(render(s).text.contains("Only these providers"))
        #expect(render(s).text.contains("2 of 4: AWS, Coursera"))
        // Opening it again shows the ticks; Esc changes nothing; d clears.
        (s, fx) = run(s, [.key(.enter), .key(.char(" ")), .key(.escape)])
        #expect(s.profile.onlyProviders == ["aws", "coursera"] && fx.isEmpty)
        (s, _) = run(s, [.key(.char("d"))])
        #expect(s.profile.onlyProviders.isEmpty)
    }

    @Test func alternativesKeepToTheProviders() {
        var s = Fixtures.richState(width: 120, height: 40)
        s.profile.onlyProviders = ["google"]
        let document = s.session!.document!
        let i = document.plan.steps.firstIndex { $0.credential == "sql-advanced" }!
        #expect(s.alternatives(for: i, in: document).allSatisfy { $0.provider == "google" })
    }
}
