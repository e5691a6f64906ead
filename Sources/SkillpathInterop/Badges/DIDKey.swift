import Crypto

/// `did:key` identifiers decoded offline: multibase base58btc (`z`) of a multicodec-prefixed key.
///
/// `0xed 0x01` prefixes a 32-byte Ed25519 public key; `0x80 0x24` (the varint of 0x1200) a
/// 33-byte compressed P-256 key. A DID URL's fragment (`did:key:z…#z…`) is ignored.
public enum DIDKey {
    /// Why a `did:key` could not be decoded.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
    }

    static let ed25519Prefix: [UInt8] = [0xED, 0x01]
    static let p256Prefix: [UInt8] = [0x80, 0x24]

    /// Whether `identifier` is a `did:key` (with or without a fragment).
    public static func isDIDKey(_ identifier: String) -> Bool { identifier.hasPrefix("did:key:") }

    /// The public key that `identifier` names.
    public static func key(_ identifier: String) throws(Failure) -> VerificationKey {
        guard isDIDKey(identifier) else { throw Failure(description: "\(identifier) is not a did:key") }
        let body = identifier.dropFirst("did:key:".count).prefix { $0 != "#" }
        guard body.first == "z", let bytes = Base58.decode(String(body.dropFirst())) else {
            throw Failure(description: "did:key \(identifier) is not multibase base58btc (it must start with z)")
        }
        if bytes.starts(with: ed25519Prefix) {
            let raw = bytes.dropFirst(2)
            guard raw.count == 32, let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else {
                throw Failure(description: "did:key \(identifier) holds \(raw.count) key bytes; an Ed25519 key has 32")
            }
            return .ed25519(key)
        }
        if bytes.starts(with: p256Prefix) {
            let raw = bytes.dropFirst(2)
            guard let key = try? P256.Signing.PublicKey(compressedRepresentation: raw) else {
                throw Failure(description: "did:key \(identifier) does not hold a compressed P-256 key")
            }
            return .p256(key)
        }
        throw Failure(description: "did:key \(identifier) holds a key type other than Ed25519 (0xed01) or P-256 (0x1200)")
    }

    /// The `did:key` of a public key (used to write test badges and examples).
    public static func identifier(for key: VerificationKey) -> String {
        switch key {
        case .ed25519(let key): return "did:key:z" + Base58.encode(ed25519Prefix + Array(key.rawRepresentation))
        case .p256(let key): return "did:key:z" + Base58.encode(p256Prefix + Array(key.compressedRepresentation))
        }
    }
}
