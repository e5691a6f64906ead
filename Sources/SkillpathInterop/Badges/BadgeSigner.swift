import Crypto
import Foundation
import SkillpathCore

/// Issues signed Open Badges 3.0 credentials, as an issuer would: for tests, examples and the
/// import benchmark. The keys and signatures are swift-crypto's.
public struct BadgeSigner: Sendable {
    /// A private key and the JWS algorithm it signs with.
    public enum Key: Sendable {
        case ed25519(Curve25519.Signing.PrivateKey)
        case p256(P256.Signing.PrivateKey)

        /// A new random Ed25519 key.
        public static func newEd25519() -> Key { .ed25519(Curve25519.Signing.PrivateKey()) }
        /// A new random P-256 key.
        public static func newP256() -> Key { .p256(P256.Signing.PrivateKey()) }

        public var publicKey: VerificationKey {
            switch self {
            case .ed25519(let key): return .ed25519(key.publicKey)
            case .p256(let key): return .p256(key.publicKey)
            }
        }

        /// The key's `did:key`.
        public var did: String { DIDKey.identifier(for: publicKey) }

        /// The public key as a JWK object (JSON text).
        public var jwk: String {
            switch self {
            case .ed25519(let key):
                return #"{"kty":"OKP","crv":"Ed25519","x":"\#(BadgeSigner.base64URL(key.publicKey.rawRepresentation))"}"#
            case .p256(let key):
                let raw = key.publicKey.rawRepresentation
                return #"{"kty":"EC","crv":"P-256","x":"\#(BadgeSigner.base64URL(raw.prefix(32)))","y":"\#(BadgeSigner.base64URL(raw.suffix(32)))"}"#
            }
        }

        var algorithm: String { publicKey.algorithm }

        func sign(_ data: [UInt8]) throws -> [UInt8] {
            switch self {
            case .ed25519(let key): return Array(try key.signature(for: data))
            case .p256(let key): return Array(try key.signature(for: data).rawRepresentation)
            }
        }
    }

    /// Where a VC-JWT's verifier finds the key.
    public enum KeyReference: Sendable {
        /// The public key in the header's `jwk`.
        case jwk
        /// The key's `did:key` (with a fragment) as the header's `kid`.
        case didKeyKid
        /// A given `kid` (such as a `did:web`), the key itself not being published in the token.
        case kid(String)
        /// No `jwk` or `kid`: the verifier takes the credential's issuer (or `iss`) as the key's `did:key`.
        case issuer
    }

    /// The fields of a badge to issue.
    public struct Badge: Sendable {
        public var achievementId = "https://example.org/achievements/1"
        public var achievementName = "Example Achievement"
        public var issuerId = "https://example.org/issuers/1"
        public var issuerName = "Example Issuer"
        public var targetCode: String?
        public var targetUrl: String?
        public var validFrom = "2025-01-01T00:00:00Z"
        public var validUntil: String?

        public init() {}

        /// The unsigned `OpenBadgeCredential`, shaped on the 1EdTech Open Badges 3.0 examples.
        public var json: String {
            var alignment = ""
            if targetCode != nil || targetUrl != nil {
                var fields = [#""type":["Alignment"]"#, #""targetName":"\#(achievementName)""#]
                if let targetCode { fields.append(#""targetCode":"\#(targetCode)""#) }
                if let targetUrl { fields.append(#""targetUrl":"\#(targetUrl)""#) }
                alignment = #","alignment":[{\#(fields.joined(separator: ","))}]"#
            }
            let until = validUntil.map { #","validUntil":"\#($0)""# } ?? ""
            return #"""
            {"@context":["https://www.w3.org/ns/credentials/v2","https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],\#
            "id":"urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002",\#
            "type":["VerifiableCredential","OpenBadgeCredential"],\#
            "issuer":{"id":"\#(issuerId)","type":["Profile"],"name":"\#(issuerName)"},\#
            "validFrom":"\#(validFrom)"\#(until),"name":"\#(achievementName)",\#
            "credentialSubject":{"id":"did:example:learner","type":["AchievementSubject"],\#
            "achievement":{"id":"\#(achievementId)","type":["Achievement"],"name":"\#(achievementName)",\#
            "description":"Awarded for completing \#(achievementName).",\#
            "criteria":{"narrative":"Complete every module."}\#(alignment)}}}
            """#
        }
    }

    public init() {}

    /// A compact VC-JWT of `credential` (JSON text), optionally as `{"vc": credential}`.
    public static func jwt(_ credential: String, key: Key, reference: KeyReference, wrapInVC: Bool = false,
                           typ: String = "vc+jwt") throws -> String {
        var header = #"{"alg":"\#(key.algorithm)","typ":"\#(typ)""#
        switch reference {
        case .jwk: header += #","jwk":\#(key.jwk)"#
        case .didKeyKid: header += #","kid":"\#(key.did)#\#(key.did.dropFirst("did:key:".count))""#
        case .kid(let kid): header += #","kid":"\#(kid)""#
        case .issuer: break
        }
        header += "}"
        let payload = wrapInVC ? #"{"vc":\#(credential)}"# : credential
        let input = base64URL(Array(header.utf8)) + "." + base64URL(Array(payload.utf8))
        return input + "." + base64URL(try key.sign(Array(input.utf8)))
    }

    /// `credential` (JSON text of an object) with an embedded `DataIntegrityProof` by `method`
    /// in `cryptosuite` (only `eddsa-jcs-2022` is signed for real; another suite gets a
    /// placeholder value, since nothing can check it offline anyway).
    public static func dataIntegrity(_ credential: String, key: Key, verificationMethod method: String? = nil,
                                     cryptosuite: String = DataIntegrity.cryptosuite) throws -> String {
        let method = method ?? (key.did + "#" + key.did.dropFirst("did:key:".count))
        let document = try JSONParser.parse(Array(credential.utf8))
        let context = document["@context"].flatMap { try? CanonicalJSON.string($0) }
        var options = #"{"type":"DataIntegrityProof","cryptosuite":"\#(cryptosuite)","created":"2025-01-01T00:00:00Z","# +
            #""verificationMethod":"\#(method)","proofPurpose":"assertionMethod""#
        let signedOptions = options + (context.map { #","@context":\#($0)"# } ?? "") + "}"
        options += "}"
        let data = try DataIntegrity.hashData(options: JSONParser.parse(Array(signedOptions.utf8)), document: document)
        let value = "z" + Base58.encode(try key.sign(data))
        let proof = String(options.dropLast()) + #","proofValue":"\#(value)"}"#
        return String(credential.trimmingCharacters(in: .whitespacesAndNewlines).dropLast()) + #","proof":\#(proof)}"#
    }

    static func base64URL(_ bytes: some DataProtocol) -> String {
        Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
