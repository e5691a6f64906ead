import Crypto

/// A public key that checks a badge's signature: Ed25519 or P-256 (swift-crypto does the maths).
public enum VerificationKey: Sendable {
    case ed25519(Curve25519.Signing.PublicKey)
    case p256(P256.Signing.PublicKey)

    /// The JWS `alg` that goes with the key: `EdDSA` or `ES256`.
    public var algorithm: String {
        switch self {
        case .ed25519: return "EdDSA"
        case .p256: return "ES256"
        }
    }

    /// Whether `signature` (Ed25519's 64 bytes, or ES256's raw `r || s`) signs `data`.
    public func isValidSignature(_ signature: [UInt8], for data: [UInt8]) -> Bool {
        switch self {
        case .ed25519(let key):
            return key.isValidSignature(signature, for: data)
        case .p256(let key):
            guard let parsed = try? P256.Signing.ECDSASignature(rawRepresentation: signature) else { return false }
            return key.isValidSignature(parsed, for: data)
        }
    }
}
