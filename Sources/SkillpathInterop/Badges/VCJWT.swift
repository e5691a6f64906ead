import Crypto
import Foundation
import JWTKit
import SkillpathCore

/// A VC-JWT: an Open Badge as the payload of a compact JWS, itself or as `{"vc": credential}`.
///
/// jwt-kit splits the token and decodes its header; the signature over `header.payload` is
/// checked with swift-crypto against the header's `jwk`, or the `did:key` of `kid` or `iss`.
public struct VCJWT: Sendable {
    /// The credential in the payload.
    public var credential: JSONValue
    /// The JWT `exp` and `nbf` claims, when present.
    public var expires: Date?
    public var notBefore: Date?
    /// What the signature check found.
    public var check: BadgeCheck

    /// Why a token could not be read at all.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The typ values a VC-JWT header may carry.
    public static let types: Set<String> = ["vc+jwt", "JWT"]

    /// Reads and checks a compact JWS.
    public init(token: [UInt8]) throws(Failure) {
        let header: JWTHeader
        do {
            header = try DefaultJWTParser().parse(token, as: IgnoredPayload.self).header
        } catch {
            throw Failure(description: "it is not a compact JWS (header.payload.signature in base64url): \(error)")
        }
        let parts = token.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 3, let payloadBytes = Self.base64URL(parts[1]), let signature = Self.base64URL(parts[2]) else {
            throw Failure(description: "its payload or signature is not base64url")
        }
        let payload: JSONValue
        do { payload = try JSONParser.parse(payloadBytes) } catch {
            throw Failure(description: "its payload is not JSON: \(error.message)")
        }
        if let vc = payload["vc"], case .object = vc.kind { credential = vc } else { credential = payload }
        if case .number(let exp)? = payload["exp"]?.kind { expires = Date(timeIntervalSince1970: exp) }
        if case .number(let nbf)? = payload["nbf"]?.kind { notBefore = Date(timeIntervalSince1970: nbf) }
        if let typ = header.typ, !Self.types.contains(typ) {
            check = .refused("its JWS header typ is \"\(typ)\"; a VC-JWT has vc+jwt or JWT")
            return
        }
        let signingInput = Array(token[..<(parts[0].count + 1 + parts[1].count)])
        check = Self.check(header: header, payload: payload, credential: credential, signingInput: signingInput, signature: signature)
    }

    private static func check(header: JWTHeader, payload: JSONValue, credential: JSONValue,
                              signingInput: [UInt8], signature: [UInt8]) -> BadgeCheck {
        guard let alg = header.alg, alg != "none" else { return .refused("it is not signed (JWS alg none)") }
        guard alg == "EdDSA" || alg == "ES256" else {
            return .uncheckable("it is signed with \(alg); only EdDSA and ES256 are checked offline")
        }
        let key: VerificationKey
        let signer: String
        if let jwk = header.jwk {
            do { key = try Self.key(jwk: jwk) } catch { return .refused(error.description) }
            signer = "its header's jwk"
        } else {
            let issuer = string(payload["iss"]) ?? string(credential["issuer"]) ?? string(credential["issuer"]?["id"])
            guard let identifier = [header.kid, issuer].compactMap({ $0 }).first(where: DIDKey.isDIDKey) else {
                let named = header.kid ?? issuer
                return .uncheckable(named.map { "its key \($0) must be fetched over the network; only a jwk or did:key is checked offline" }
                                    ?? "it names no key (no jwk, kid or iss)")
            }
            do { key = try DIDKey.key(identifier) } catch { return .refused(error.description) }
            signer = String(identifier.prefix { $0 != "#" })
        }
        guard key.algorithm == alg else { return .refused("its header says \(alg) but the key is for \(key.algorithm)") }
        guard key.isValidSignature(signature, for: signingInput) else {
            return .refused("the JWS signature does not match: the badge was changed after it was signed, or signed with another key")
        }
        return .verified("\(alg) JWS signed by \(signer)")
    }

    /// An `OKP`/`Ed25519` or `EC`/`P-256` public JWK.
    static func key(jwk: [String: JWTHeaderField]) throws(Failure) -> VerificationKey {
        let kty = jwk["kty"]?.asString, crv = jwk["crv"]?.asString
        let x = jwk["x"]?.asString.flatMap { base64URL(Array($0.utf8)[...]) }
        switch (kty, crv) {
        case ("OKP", "Ed25519"):
            guard let x, let key = try? Curve25519.Signing.PublicKey(rawRepresentation: x) else {
                throw Failure(description: "its header's Ed25519 jwk has no valid x")
            }
            return .ed25519(key)
        case ("EC", "P-256"):
            let y = jwk["y"]?.asString.flatMap { base64URL(Array($0.utf8)[...]) }
            guard let x, let y, let key = try? P256.Signing.PublicKey(rawRepresentation: x + y) else {
                throw Failure(description: "its header's P-256 jwk has no valid x and y")
            }
            return .p256(key)
        default:
            throw Failure(description: "its header's jwk is \(kty ?? "?")/\(crv ?? "?"); OKP/Ed25519 and EC/P-256 are checked")
        }
    }

    /// Decodes unpadded base64url.
    static func base64URL(_ text: ArraySlice<UInt8>) -> [UInt8]? {
        var s = String(decoding: text, as: UTF8.self).replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        guard !s.contains("=") else { return nil }
        s += String(repeating: "=", count: (4 - s.count % 4) % 4)
        return Data(base64Encoded: s).map(Array.init)
    }

    private static func string(_ value: JSONValue?) -> String? {
        guard case .string(let s)? = value?.kind else { return nil }
        return s
    }

    /// jwt-kit decodes the payload as a type; ours is read by skillpath's own parser instead.
    private struct IgnoredPayload: JWTPayload {
        init(from decoder: any Decoder) throws {}
        func encode(to encoder: any Encoder) throws {}
        func verify(using algorithm: some JWTAlgorithm) async throws {}
    }
}
