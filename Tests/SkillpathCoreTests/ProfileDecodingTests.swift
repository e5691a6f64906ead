import Foundation
import Testing
@testable import SkillpathCore

/// Reading and writing profile JSON: every key, errors with file, path and line:column,
/// unknown ids with a "did you mean", and a stable round trip.
@Suite struct ProfileDecodingTests {
    static let catalog = Catalog(
        info: Catalog.Info(name: "t", version: "1", currency: "USD"),
        skills: [Skill(id: "sql", name: "SQL", category: "Data"), Skill(id: "excel", name: "Excel", category: "Data")],
        providers: [Provider(id: "udemy", name: "Udemy", kind: .platform), Provider(id: "coursera", name: "Coursera", kind: .platform)],
        roles: [Role(id: "data-analyst", title: "Data Analyst", requires: [.skill("sql", level: 2)])],
        credentials: [Credential(id: "google-it-support", title: "Google IT Support", provider: "coursera", type: .certificate,
                                 hours: 100, price: 200, skills: [SkillLevel(skill: "excel", level: 1)])])

    static func decode(_ text: String, catalog: Catalog? = catalog) -> ProfileDecoding.Result {
        ProfileDecoding.decode(JSONSource(name: "me.json", bytes: Array(text.utf8)), catalog: catalog)
    }

    @Test func readsThePlanningExample() throws {
        let result = Self.decode("""
        {"skills": {"excel": 2, "sql": 1},   "earned": ["google-it-support"],
         "hoursPerWeek": 8, "startDate": "2026-12-01",
         "objective": "cost", "hourValue": 20, "budget": 1500,
         "excludeProviders": ["udemy"], "accreditedOnly": false, "targetRole": "data-analyst"}
        """)
        #expect(result.diagnostics.isEmpty)
        let profile = try #require(result.profile)
        #expect(profile == Profile(skills: ["excel": 2, "sql": 1], earned: ["google-it-support"], hoursPerWeek: 8,
                                   startDate: CalendarDate(year: 2026, month: 12, day: 1), objective: .cost, hourValue: 20,
                                   budget: 1500, excludeProviders: ["udemy"], accreditedOnly: false, targetRole: "data-analyst"))
    }

    @Test func everyKeyIsOptional() throws {
        let result = Self.decode("{}")
        #expect(result.profile == Profile())
    }

    @Test func unknownIdsGetDidYouMean() {
        let result = Self.decode("""
        {"skills": {"sqll": 2},
         "earned": ["google-it-suport"],
         "excludeProviders": ["udemyy"],
         "targetRole": "data-analist"}
        """)
        #expect(result.profile == nil)
        let messages = result.errors.map(\.description)
        #expect(messages.contains("me.json:1:13: skills.sqll: unknown skill \"sqll\" (did you mean \"sql\"?)"))
        #expect(messages.contains("me.json:2:13: earned[0]: unknown credential \"google-it-suport\" (did you mean \"google-it-support\"?)"))
        #expect(messages.contains("me.json:3:23: excludeProviders[0]: unknown provider \"udemyy\" (did you mean \"udemy\"?)"))
        #expect(messages.contains("me.json:4:16: targetRole: unknown role \"data-analist\" (did you mean \"data-analyst\"?)"))
    }

    @Test func idsAreNotCheckedWithoutACatalog() {
        #expect(Self.decode("{\"skills\": {\"anything\": 3}, \"targetRole\": \"x\"}", catalog: nil).profile != nil)
    }

    @Test func wrongTypesAndRangesAreErrors() {
        let result = Self.decode("""
        {"skills": {"sql": 9, "excel": "high"}, "hoursPerWeek": 0, "startDate": "2026-02-30",
         "objective": "fast", "hourValue": -1, "budget": "lots", "accreditedOnly": "yes", "earned": "google-it-support"}
        """)
        #expect(result.profile == nil)
        let paths = Set(result.errors.map(\.path))
        for path in ["skills.sql", "skills.excel", "hoursPerWeek", "startDate", "objective", "hourValue", "budget", "accreditedOnly", "earned"] {
            #expect(paths.contains(path), "no error at \(path)")
        }
        #expect(result.errors.allSatisfy { $0.file == "me.json" && $0.line != nil && $0.column != nil })
    }

    @Test func unknownKeysAreWarnings() throws {
        let result = Self.decode("{\"hoursPerWek\": 3}")
        #expect(result.profile == Profile())
        #expect(result.warnings.map(\.message) == ["unknown profile key \"hoursPerWek\" is ignored (did you mean \"hoursPerWeek\"?)"])
    }

    @Test func syntaxErrorsNameThePlace() {
        let result = Self.decode("{\"skills\": {\"sql\": 2,}\n")
        #expect(result.profile == nil)
        #expect(result.errors.count == 1)
        #expect(result.errors[0].line == 1)
    }

    @Test func encodingRoundTripsWithSortedKeys() throws {
        let profile = Profile(skills: ["sql": 2, "excel": 1], earned: ["google-it-support"], hoursPerWeek: 6.5,
                              startDate: CalendarDate("2027-03-01"), objective: .time, hourValue: 30, budget: 0,
                              excludeProviders: ["udemy"], accreditedOnly: true, targetRole: "data-analyst")
        let text = ProfileEncoding.render(profile)
        #expect(Self.decode(text).profile == profile)
        let keys = ["accreditedOnly", "budget", "earned", "excludeProviders", "hourValue", "hoursPerWeek", "objective", "skills", "startDate", "targetRole"]
        let positions = keys.map { text.range(of: "\"\($0)\":")!.lowerBound }
        #expect(positions == positions.sorted())
        #expect(text.contains("\"skills\": {\"excel\": 1, \"sql\": 2}"))
        #expect(ProfileEncoding.render(Profile()).contains("\"budget\"") == false)
    }

    @Test func loadingAMissingFileIsAMissingFile() {
        #expect { try ProfileDecoding.load(file: "/nonexistent/profile.json", catalog: nil) } throws: { error in
            (error as? CatalogError)?.isMissingFile == true
        }
    }
}
