import Foundation
import SkillpathCore
import SkillpathInterop
import Testing

/// Badges signed at test time: verified, forged, expired, not yet valid, uncheckable, unmatched.
@Suite struct BadgeImporterTests {
    static let catalog: Catalog = {
        let skills = [Skill(id: "sql", name: "SQL", category: "Data")]
        let providers = [Provider(id: "acme", name: "Acme Academy", kind: .platform),
                         Provider(id: "board", name: "Data Board", kind: .platform)]
        var byCTID = Credential(id: "sql-cert", title: "SQL Certificate", provider: "acme", type: .certificate, hours: 20, price: 100,
                                skills: [SkillLevel(skill: "sql", level: 2)])
        byCTID.ctid = "ce-1b2c3d4e-0000-4000-8000-000000000001"
        var byBadgeId = Credential(id: "sql-badge", title: "SQL Badge", provider: "acme", type: .badge, hours: 5, price: 0,
                                   url: "https://acme.example/courses/sql-badge")
        byBadgeId.badgeIds = ["https://acme.example/achievements/sql-badge"]
        let byName = Credential(id: "data-basics", title: "Data  Basics", provider: "acme", issuer: "board", type: .course, hours: 5, price: 0)
        return Catalog(info: .init(name: "t", version: "1", currency: "USD"), skills: skills, providers: providers,
                       roles: [], credentials: [byCTID, byBadgeId, byName])
    }()

    static let now = ISO8601DateFormatter().date(from: "2026-06-01T00:00:00Z")!

    func importer(unverified: Bool = false) -> BadgeImporter {
        BadgeImporter(catalog: Self.catalog, allowUnverified: unverified, now: Self.now)
    }

    func report(_ text: String, unverified: Bool = false) -> BadgeReport {
        importer(unverified: unverified).report(file: "badge", bytes: Array(text.utf8))
    }

    /// A badge aligned to sql-cert's CTID.
    static var ctidBadge: BadgeSigner.Badge {
        var badge = BadgeSigner.Badge()
        badge.achievementName = "Structured Query Language"
        badge.targetCode = "ce-1b2c3d4e-0000-4000-8000-000000000001"
        return badge
    }

    @Test func jwtSignedWithEdDSAAndAJWKIsVerified() throws {
        let key = BadgeSigner.Key.newEd25519()
        let r = report(try BadgeSigner.jwt(Self.ctidBadge.json, key: key, reference: .jwk))
        #expect(r.match == .matched("sql-cert", rule: "alignment targetCode ce-1b2c3d4e-0000-4000-8000-000000000001 is its ctid"))
        guard case .verified(let how) = r.outcome else { Issue.record("\(r.outcome)"); return }
        #expect(how.contains("EdDSA"))
        #expect(r.importedCredential == "sql-cert")
    }

    @Test func jwtSignedWithES256IsVerified() throws {
        let r = report(try BadgeSigner.jwt(Self.ctidBadge.json, key: .newP256(), reference: .jwk, wrapInVC: true, typ: "JWT"))
        guard case .verified(let how) = r.outcome else { Issue.record("\(r.outcome)"); return }
        #expect(how.contains("ES256"))
    }

    @Test(arguments: [false, true])
    func jwtWithADIDKeyKidIsVerified(p256: Bool) throws {
        let key: BadgeSigner.Key = p256 ? .newP256() : .newEd25519()
        let r = report(try BadgeSigner.jwt(Self.ctidBadge.json, key: key, reference: .didKeyKid, wrapInVC: true))
        #expect(r.outcome == .verified("\(key.publicKey.algorithm) JWS signed by \(key.did)"))
    }

    @Test func jwtWhoseIssuerIsADIDKeyIsVerified() throws {
        let key = BadgeSigner.Key.newEd25519()
        var badge = Self.ctidBadge
        badge.issuerId = key.did
        #expect(report(try BadgeSigner.jwt(badge.json, key: key, reference: .issuer)).outcome == .verified("EdDSA JWS signed by \(key.did)"))
        // The same badge signed by another key than its issuer's is refused.
        guard case .refused = report(try BadgeSigner.jwt(badge.json, key: .newEd25519(), reference: .issuer)).outcome else {
            Issue.record("signed by a stranger, accepted"); return
        }
        badge.issuerId = "https://acme.example/issuer"
        #expect(report(try BadgeSigner.jwt(badge.json, key: key, reference: .issuer)).outcome == .refused(
            "its key https://acme.example/issuer must be fetched over the network; only a jwk or did:key is checked offline; import it with --unverified to keep it as unverified"))
    }

    @Test func dataIntegrityProofIsVerified() throws {
        let key = BadgeSigner.Key.newEd25519()
        var badge = BadgeSigner.Badge()
        badge.achievementId = "https://acme.example/achievements/sql-badge"
        let r = report(try BadgeSigner.dataIntegrity(badge.json, key: key))
        #expect(r.outcome == .verified("eddsa-jcs-2022 proof by \(key.did)"))
        #expect(r.match == .matched("sql-badge", rule: "https://acme.example/achievements/sql-badge is one of its badgeIds or its url"))
    }

    @Test func dataIntegrityProofSurvivesReformatting() throws {
        let signed = try BadgeSigner.dataIntegrity(Self.ctidBadge.json, key: .newEd25519())
        // Pretty-printed with keys in another order: the canonical form, and so the proof, is the same.
        let object = try JSONSerialization.jsonObject(with: Data(signed.utf8))
        let pretty = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .withoutEscapingSlashes])
        guard case .verified = report(String(decoding: pretty, as: UTF8.self)).outcome else { Issue.record("reformatting broke the proof"); return }
    }

    @Test func tamperedJWTPayloadIsRefused() throws {
        let token = try BadgeSigner.jwt(Self.ctidBadge.json, key: .newEd25519(), reference: .jwk)
        let parts = token.split(separator: ".").map(String.init)
        var forged = Self.ctidBadge
        forged.achievementName = "Structured Query Language, Advanced"
        let payload = Data(forged.json.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        let r = report([parts[0], payload, parts[2]].joined(separator: "."))
        guard case .refused(let why) = r.outcome else { Issue.record("\(r.outcome)"); return }
        #expect(why.contains("signature does not match"))
        #expect(r.importedCredential == nil)
    }

    @Test func tamperedDataIntegrityDocumentIsRefused() throws {
        let signed = try BadgeSigner.dataIntegrity(Self.ctidBadge.json, key: .newEd25519())
        let forged = signed.replacingOccurrences(of: "Complete every module.", with: "Attend once.")
        #expect(forged != signed)
        guard case .refused(let why) = report(forged).outcome else { Issue.record("forgery accepted"); return }
        #expect(why.contains("signature does not match"))
    }

    @Test func wrongKeyIsRefused() throws {
        // Signed by one key, naming another's did:key as its verification method.
        let signed = try BadgeSigner.dataIntegrity(Self.ctidBadge.json, key: .newEd25519(),
                                                   verificationMethod: BadgeSigner.Key.newEd25519().did)
        guard case .refused(let why) = report(signed).outcome else { Issue.record("wrong key accepted"); return }
        #expect(why.contains("signature does not match"))
    }

    @Test func expiredBadgeIsRefused() throws {
        var badge = Self.ctidBadge
        badge.validUntil = "2026-01-31T00:00:00Z"
        let r = report(try BadgeSigner.jwt(badge.json, key: .newEd25519(), reference: .jwk))
        #expect(r.outcome == .refused("it expired on 2026-01-31T00:00:00Z (validUntil is in the past)"))
    }

    @Test func notYetValidBadgeIsRefused() throws {
        var badge = Self.ctidBadge
        badge.validFrom = "2027-01-01T00:00:00Z"
        let r = report(try BadgeSigner.dataIntegrity(badge.json, key: .newEd25519()))
        #expect(r.outcome == .refused("it is not valid until 2027-01-01T00:00:00Z (validFrom is in the future)"))
    }

    @Test func didWebNeedsUnverified() throws {
        let signed = try BadgeSigner.dataIntegrity(Self.ctidBadge.json, key: .newEd25519(), verificationMethod: "did:web:acme.example#key-1")
        guard case .refused(let why) = report(signed).outcome else { Issue.record("did:web imported without --unverified"); return }
        #expect(why.contains("did:web:acme.example#key-1") && why.contains("--unverified"))
        let allowed = report(signed, unverified: true)
        guard case .unverified = allowed.outcome else { Issue.record("\(allowed.outcome)"); return }
        var profile = Profile()
        BadgeImporter.apply([allowed], to: &profile)
        #expect(profile.earned == ["sql-cert"] && profile.unverified == ["sql-cert"])
        // A verified import of the same credential later clears the mark.
        BadgeImporter.apply([report(try BadgeSigner.jwt(Self.ctidBadge.json, key: .newEd25519(), reference: .jwk))], to: &profile)
        #expect(profile.earned == ["sql-cert"] && profile.unverified.isEmpty)
    }

    @Test func jwtWithDIDWebKidNeedsUnverified() throws {
        let token = try BadgeSigner.jwt(Self.ctidBadge.json, key: .newEd25519(), reference: .kid("did:web:acme.example#key-1"))
        guard case .unverified = report(token, unverified: true).outcome else { Issue.record("not left unverified"); return }
    }

    @Test func otherCryptosuiteAndMissingProofNeedUnverified() throws {
        let other = try BadgeSigner.dataIntegrity(Self.ctidBadge.json, key: .newEd25519(), cryptosuite: "ecdsa-rdfc-2019")
        guard case .unverified(let why) = report(other, unverified: true).outcome else { Issue.record("other suite"); return }
        #expect(why.contains("ecdsa-rdfc-2019"))
        #expect(report(Self.ctidBadge.json, unverified: true).outcome == .unverified("it carries no proof"))
    }

    @Test func unmatchedBadgeIsReportedNotRefused() throws {
        var badge = BadgeSigner.Badge()
        badge.achievementName = "Underwater Basket Weaving"
        let r = report(try BadgeSigner.jwt(badge.json, key: .newEd25519(), reference: .jwk))
        guard case .verified = r.outcome, case .unmatched(let why)? = r.match else { Issue.record("\(r)"); return }
        #expect(why.contains("Underwater Basket Weaving") && why.contains("badgeIds"))
        #expect(r.importedCredential == nil && !r.isRefused)
    }

    @Test func nameAndIssuerMatchIgnoresCaseAndSpaces() throws {
        var badge = BadgeSigner.Badge()
        badge.achievementName = "data basics"
        badge.issuerName = "DATA BOARD"
        let r = report(try BadgeSigner.jwt(badge.json, key: .newEd25519(), reference: .jwk))
        #expect(r.match == .matched("data-basics", rule: "title \"data basics\" from DATA BOARD"))
        badge.issuerName = "Someone Else"
        guard case .unmatched? = report(try BadgeSigner.jwt(badge.json, key: .newEd25519(), reference: .jwk)).match else {
            Issue.record("matched without the issuer"); return
        }
    }

    @Test func matchingRulesApplyInOrder() throws {
        // Its CTID names sql-cert and its achievement id names sql-badge: the CTID wins.
        var badge = Self.ctidBadge
        badge.achievementId = "https://acme.example/achievements/sql-badge"
        guard case .matched("sql-cert", _)? = report(badge.json, unverified: true).match else { Issue.record("order"); return }
        badge.targetCode = nil
        badge.targetUrl = "https://acme.example/courses/sql-badge"
        badge.achievementId = "urn:other"
        guard case .matched("sql-badge", _)? = report(badge.json, unverified: true).match else { Issue.record("url"); return }
    }

    @Test(arguments: ["not a badge", "{\"type\": [\"VerifiableCredential\"]}", "{\"a\": ", "eyJhbGciOiJub25lIn0.e30."])
    func malformedInputIsRefusedWithItsReason(text: String) {
        guard case .refused(let why) = report(text).outcome else { Issue.record("accepted \(text)"); return }
        #expect(!why.isEmpty)
    }

    @Test func unsignedJWTIsRefused() throws {
        let header = Data(#"{"alg":"none","typ":"JWT"}"#.utf8).base64EncodedString().replacingOccurrences(of: "=", with: "")
        let payload = Data(Self.ctidBadge.json.utf8).base64EncodedString().replacingOccurrences(of: "=", with: "")
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        #expect(report(header + "." + payload + ".").outcome == .refused("it is not signed (JWS alg none)"))
    }

    @Test func missingFileIsMissing() {
        let r = importer().report(file: "/nonexistent/badge.json")
        #expect(r.isMissing)
    }
}
