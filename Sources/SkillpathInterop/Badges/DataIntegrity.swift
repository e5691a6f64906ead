import Crypto
import SkillpathCore

/// Checks an embedded W3C `DataIntegrityProof` with the `eddsa-jcs-2022` cryptosuite.
///
/// As the Data Integrity EdDSA spec says: the proof options are the proof without `proofValue`,
/// with the document's `@context`; the signed data is SHA-256(JCS(options)) followed by
/// SHA-256(JCS(document without proof)); the key is the `verificationMethod`'s `did:key`.
public enum DataIntegrity {
    public static let cryptosuite = "eddsa-jcs-2022"

    /// The outcome of checking `document`'s proof.
    public static func check(_ document: JSONValue) -> BadgeCheck {
        guard case .object(let members) = document.kind, let proofValue = document["proof"] else {
            return .uncheckable("it carries no proof")
        }
        var proof = proofValue
        if case .array(let proofs) = proofValue.kind {
            guard let first = proofs.first(where: { string($0["cryptosuite"]) == cryptosuite }) ?? proofs.first else {
                return .uncheckable("its proof list is empty")
            }
            proof = first
        }
        guard case .object(let proofMembers) = proof.kind else { return .refused("its proof is \(proof.typeName), not an object") }
        let type = string(proof["type"]) ?? "(none)"
        let suite = string(proof["cryptosuite"]) ?? "(none)"
        guard type == "DataIntegrityProof", suite == cryptosuite else {
            return .uncheckable("its proof is \(type) with cryptosuite \(suite); only DataIntegrityProof \(cryptosuite) can be checked offline")
        }
        guard let method = string(proof["verificationMethod"]) else { return .refused("its proof has no verificationMethod") }
        guard DIDKey.isDIDKey(method) else {
            return .uncheckable("its key \(method) must be fetched over the network; only did:key is checked offline")
        }
        let key: VerificationKey
        do { key = try DIDKey.key(method) } catch { return .refused(error.description) }
        guard case .ed25519 = key else { return .refused("\(cryptosuite) needs an Ed25519 key but \(method) is P-256") }
        guard let encoded = string(proof["proofValue"]), encoded.first == "z",
              let signature = Base58.decode(String(encoded.dropFirst())), signature.count == 64 else {
            return .refused("its proofValue is not a base58btc (z…) Ed25519 signature of 64 bytes")
        }
        var options = proofMembers.filter { $0.key != "proofValue" }
        if let context = members.first(where: { $0.key == "@context" }) {
            options.removeAll { $0.key == "@context" }
            options.append(context)
        }
        let unsecured = JSONValue(.object(members.filter { $0.key != "proof" }), offset: document.offset)
        let data: [UInt8]
        do {
            data = try hashData(options: JSONValue(.object(options), offset: proof.offset), document: unsecured)
        } catch {
            return .refused(error.message)
        }
        guard key.isValidSignature(signature, for: data) else {
            return .refused("the proof's signature does not match: the badge was changed after it was signed, or signed with another key")
        }
        return .verified("\(cryptosuite) proof by \(method.prefix { $0 != "#" })")
    }

    /// SHA-256 of the canonical proof options followed by SHA-256 of the canonical document.
    public static func hashData(options: JSONValue, document: JSONValue) throws(CanonicalJSON.Failure) -> [UInt8] {
        let optionsHash = SHA256.hash(data: try CanonicalJSON.bytes(options))
        let documentHash = SHA256.hash(data: try CanonicalJSON.bytes(document))
        return Array(optionsHash) + Array(documentHash)
    }

    private static func string(_ value: JSONValue?) -> String? {
        guard case .string(let s)? = value?.kind else { return nil }
        return s
    }
}
