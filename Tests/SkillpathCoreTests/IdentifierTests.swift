import Testing
@testable import SkillpathCore

/// "Did you mean" suggestions: a swap of two neighbouring letters is one edit.
@Suite struct IdentifierTests {
    @Test func aSwapIsOneEdit() {
        #expect(Identifier.editDistance(Array("roels".utf8), Array("roles".utf8), limit: 3) == 1)
        #expect(Identifier.editDistance(Array("roels".utf8), Array("role".utf8), limit: 3) == 2)
        #expect(Identifier.editDistance(Array("abc".utf8), Array("xyz".utf8), limit: 1) == 2, "gives up past the limit")
        #expect(Identifier.editDistance(Array("kitten".utf8), Array("sitting".utf8), limit: 5) == 3)
    }

    @Test func theClosestNameIsSuggested() {
        #expect(Identifier.suggestion(for: "roels", among: ["role", "roles", "plan"]) == "roles")
        #expect(Identifier.suggestion(for: "serch", among: ["check", "list", "show", "search"]) == "search")
        #expect(Identifier.suggestion(for: "zzzzzz", among: ["roles", "plan"]) == nil)
    }
}
