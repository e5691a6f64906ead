import Foundation
import Testing
@testable import SkillpathCore

/// The keys badge import needs: a credential's `ctid` and `badgeIds`, and the profile's `unverified`.
@Suite struct BadgeKeysTests {
    @Test func loaderReadsCTIDAndBadgeIds() throws {
        let credential = #"{"id": "sql-basics", "title": "SQL Basics", "provider": "coursera", "type": "course", "hours": 10, "price": 49, "skills": [], "ctid": "ce-0001", "badgeIds": ["https://a.example/b", "urn:x"]}"#
        let catalog = try CatalogLoader.load(directory: try CatalogLoaderTests.makeCatalog(credentials: "[\(credential)]"))
        #expect(catalog.credentials[0].ctid == "ce-0001")
        #expect(catalog.credentials[0].badgeIds == ["https://a.example/b", "urn:x"])
        let plain = try CatalogLoader.load(directory: try CatalogLoaderTests.makeCatalog())
        #expect(plain.credentials[0].ctid == nil && plain.credentials[0].badgeIds.isEmpty)
    }

    @Test func badBadgeIdsAreReportedWithTheirPath() throws {
        let credential = #"{"id": "sql-basics", "title": "SQL Basics", "provider": "coursera", "type": "course", "hours": 10, "price": 49, "skills": [], "badgeIds": ["ok", 7]}"#
        let errors = CatalogLoaderTests.errors(try CatalogLoaderTests.makeCatalog(credentials: "[\(credential)]"))
        #expect(errors.count == 1)
        #expect(errors.first?.contains("credentials/a.json:1:") == true)
        #expect(errors.first?.contains("badgeIds[1]") == true && errors.first?.contains("found a number") == true)
    }

    @Test func unverifiedRoundTripsAndIsAnEditKey() throws {
        var base = Profile(earned: ["google-it-support"])
        base.unverified = ["google-it-support"]
        let text = ProfileEncoding.render(base)
        #expect(text.contains("\"unverified\""))
        let decoded = ProfileDecodingTests.decode(text)
        #expect(decoded.profile == base)
        #expect(!ProfileEncoding.render(Profile()).contains("unverified"), "an empty list is not written")

        // Two writers: one marks a credential unverified, the other changes a setting; both keep theirs.
        var mine = Profile(earned: ["a"]); mine.unverified = ["a"]
        let edit = ProfileEdit(from: Profile(), to: mine)
        #expect(!edit.isEmpty && edit.unverified.added == ["a"])
        var onDisk = Profile(hoursPerWeek: 9)
        edit.apply(to: &onDisk)
        #expect(onDisk.unverified == ["a"] && onDisk.earned == ["a"] && onDisk.hoursPerWeek == 9)
        ProfileEdit(from: mine, to: Profile(earned: ["a"])).apply(to: &onDisk)
        #expect(onDisk.unverified.isEmpty)
    }

    @Test func unknownUnverifiedIdIsAnError() {
        let result = ProfileDecodingTests.decode(#"{"unverified": ["nope"]}"#)
        #expect(result.profile == nil)
        #expect(result.errors.first?.description.contains("unverified[0]") == true)
    }
}
