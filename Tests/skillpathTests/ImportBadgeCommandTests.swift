import Foundation
import SkillpathInterop
import Testing

/// `skillpath profile import-badge`: the report, the exit statuses, --dry-run and --unverified.
@Suite struct ImportBadgeCommandTests {
    let cli: CLIRunner = {
        var runner = CLIRunner()
        runner.environment["SKILLPATH_CATALOG"] = ImportBadgeCommandTests.catalog
        return runner
    }()

    /// The fixture catalog, with a ctid on sql-bootcamp and badgeIds on excel-basics.
    static let catalog = CLIRunner.catalog(replacing: "credentials/all.json", with: #"""
    [
     {"id": "sql-intro", "title": "Intro to SQL", "provider": "coursera", "type": "course", "hours": 10, "price": 0, "skills": [{"skill": "sql", "level": 1}]},
     {"id": "sql-next", "title": "SQL for Analysts", "provider": "coursera", "type": "course", "hours": 40, "price": 100, "skills": [{"skill": "sql", "level": 2}], "requires": ["sql-intro"]},
     {"id": "sql-bootcamp", "title": "SQL Bootcamp", "provider": "udemy", "type": "certificate", "hours": 20, "price": 300, "skills": [{"skill": "sql", "level": 2}], "ctid": "ce-00000000-0000-4000-8000-00000000b007"},
     {"id": "excel-basics", "title": "Excel Basics", "provider": "udemy", "type": "course", "hours": 5, "price": 15, "skills": [{"skill": "excel", "level": 1}], "badgeIds": ["https://udemy.example/achievements/excel-basics"]}
    ]
    """#)

    static func badge(ctid: String? = nil, id: String = "urn:none", name: String = "Some Badge", issuer: String = "Nobody",
                      validUntil: String? = nil) -> BadgeSigner.Badge {
        var badge = BadgeSigner.Badge()
        badge.targetCode = ctid; badge.achievementId = id; badge.achievementName = name; badge.issuerName = issuer
        badge.validUntil = validUntil
        return badge
    }

    static let bootcamp = badge(ctid: "ce-00000000-0000-4000-8000-00000000b007")
    static let excel = badge(id: "https://udemy.example/achievements/excel-basics")
    static let intro = badge(name: "intro to sql", issuer: "COURSERA")

    func earned() throws -> (earned: [String], unverified: [String]) {
        let show = try cli.run(["profile", "show", "--format", "json"])
        let profile = try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any]
        return (profile?["earned"] as? [String] ?? [], profile?["unverified"] as? [String] ?? [])
    }

    @Test func goodBadgesAreImportedAndReported() throws {
        let jwt = CLIRunner.file(try BadgeSigner.jwt(Self.bootcamp.json, key: .newEd25519(), reference: .didKeyKid), name: "bootcamp.jwt")
        let ld = CLIRunner.file(try BadgeSigner.dataIntegrity(Self.excel.json, key: .newEd25519()), name: "excel.json")
        let es = CLIRunner.file(try BadgeSigner.jwt(Self.intro.json, key: .newP256(), reference: .jwk, wrapInVC: true), name: "intro.jwt")
        let result = try cli.run(["profile", "import-badge", jwt, ld, es])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("bootcamp.jwt: verified (EdDSA JWS signed by did:key:z6Mk"))
        #expect(result.stdout.contains("imported as sql-bootcamp, SQL Bootcamp (alignment targetCode ce-00000000-0000-4000-8000-00000000b007 is its ctid)"))
        #expect(result.stdout.contains("excel.json: verified (eddsa-jcs-2022 proof by did:key:"))
        #expect(result.stdout.contains("imported as excel-basics"))
        #expect(result.stdout.contains("intro.jwt: verified (ES256 JWS signed by its header's jwk)"))
        #expect(result.stdout.contains("Profile saved: 3 badges imported as 3 credentials; 3 held."))
        #expect(try earned().earned == ["sql-bootcamp", "excel-basics", "sql-intro"])
        #expect(try earned().unverified.isEmpty)
    }

    @Test func refusedBadgeExits65AndTheGoodOnesAreStillImported() throws {
        let good = CLIRunner.file(try BadgeSigner.jwt(Self.bootcamp.json, key: .newEd25519(), reference: .jwk), name: "good.jwt")
        let expired = CLIRunner.file(try BadgeSigner.jwt(Self.badge(id: "https://udemy.example/achievements/excel-basics",
                                                                   validUntil: "2020-01-01T00:00:00Z").json,
                                                        key: .newEd25519(), reference: .jwk), name: "expired.jwt")
        let signed = try BadgeSigner.dataIntegrity(Self.intro.json, key: .newEd25519())
        let forged = signed.replacingOccurrences(of: "Complete every module.", with: "Attend once.")
        #expect(forged != signed)
        let tampered = CLIRunner.file(forged, name: "tampered.json")
        let result = try cli.run(["profile", "import-badge", good, expired, tampered])
        #expect(result.status == 65)
        #expect(result.stdout.contains("expired.jwt: refused: it expired on 2020-01-01T00:00:00Z (validUntil is in the past)"))
        #expect(result.stdout.contains("tampered.json: refused: the proof's signature does not match"))
        #expect(result.stderr.contains("2 badges were refused"))
        #expect(try earned().earned == ["sql-bootcamp"])
    }

    @Test func unmatchedBadgeIsReportedWithStatus0() throws {
        let file = CLIRunner.file(try BadgeSigner.jwt(Self.badge(name: "Knitting").json, key: .newEd25519(), reference: .jwk), name: "knit.jwt")
        let result = try cli.run(["profile", "import-badge", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("matches no credential: no catalog credential has badge id or url urn:none, or title \"Knitting\" from \"Nobody\""))
        #expect(result.stdout.contains("Nothing imported; the profile is unchanged."))
        #expect(!FileManager.default.fileExists(atPath: cli.home + "/profile.json"))
    }

    @Test func dryRunWritesNothing() throws {
        let file = CLIRunner.file(try BadgeSigner.jwt(Self.bootcamp.json, key: .newEd25519(), reference: .jwk), name: "b.jwt")
        let result = try cli.run(["profile", "import-badge", file, "--dry-run"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Dry run: 1 badge would be imported; nothing was saved."))
        #expect(!FileManager.default.fileExists(atPath: cli.home + "/profile.json"))
    }

    @Test func didWebIsRefusedWithoutUnverifiedAndMarkedWithIt() throws {
        let file = CLIRunner.file(try BadgeSigner.dataIntegrity(Self.excel.json, key: .newEd25519(),
                                                                verificationMethod: "did:web:udemy.example#key-1"), name: "web.json")
        let refused = try cli.run(["profile", "import-badge", file])
        #expect(refused.status == 65)
        #expect(refused.stdout.contains("web.json: refused: its key did:web:udemy.example#key-1 must be fetched over the network"))
        #expect(refused.stdout.contains("--unverified"))
        let allowed = try cli.run(["profile", "import-badge", file, "--unverified"])
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(allowed.stdout.contains("web.json: left unverified"))
        let profile = try earned()
        #expect(profile.earned == ["excel-basics"] && profile.unverified == ["excel-basics"])
        let show = try cli.run(["profile", "show"])
        #expect(show.stdout.contains("excel-basics (unverified)"))
    }

    @Test func missingFileExits66AfterImportingTheOthers() throws {
        let good = CLIRunner.file(try BadgeSigner.jwt(Self.bootcamp.json, key: .newEd25519(), reference: .jwk), name: "good.jwt")
        let result = try cli.run(["profile", "import-badge", good, "/nonexistent/badge.json"])
        #expect(result.status == 66)
        #expect(result.stdout.contains("/nonexistent/badge.json: does not exist"))
        #expect(try earned().earned == ["sql-bootcamp"])
    }
}
