import Crypto
import SkillpathInterop
import Testing

@Suite struct DIDKeyTests {
    /// The did:key spec's first Ed25519 example decodes to a 32-byte Ed25519 key.
    @Test func specExampleIsEd25519() throws {
        let key = try DIDKey.key("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK")
        guard case .ed25519(let publicKey) = key else { Issue.record("not Ed25519"); return }
        #expect(publicKey.rawRepresentation.count == 32)
        #expect(DIDKey.identifier(for: key) == "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK")
    }

    @Test func generatedKeysRoundTripWithTheirPrefixes() throws {
        let ed = Curve25519.Signing.PrivateKey().publicKey
        let edDID = DIDKey.identifier(for: .ed25519(ed))
        #expect(edDID.hasPrefix("did:key:z6Mk"))
        guard case .ed25519(let back)? = try? DIDKey.key(edDID + "#frag") else { Issue.record("Ed25519 lost"); return }
        #expect(back.rawRepresentation == ed.rawRepresentation)
        let p = P256.Signing.PrivateKey().publicKey
        let pDID = DIDKey.identifier(for: .p256(p))
        #expect(pDID.hasPrefix("did:key:zDn"))
        guard case .p256(let pBack)? = try? DIDKey.key(pDID) else { Issue.record("P-256 lost"); return }
        #expect(pBack.rawRepresentation == p.rawRepresentation)
    }

    @Test(arguments: ["did:key:6MkhaXgBZ", "did:key:z0OIl", "did:key:z" + Base58.encode([0xE7, 0x01] + [UInt8](repeating: 1, count: 33)),
                      "did:key:z" + Base58.encode([0xED, 0x01, 1, 2, 3]), "did:web:example.org"])
    func malformedKeysAreRefused(identifier: String) {
        #expect(throws: DIDKey.Failure.self) { try DIDKey.key(identifier) }
    }

    @Test func base58KeepsLeadingZeros() {
        let bytes: [UInt8] = [0, 0, 1, 2, 255, 0]
        #expect(Base58.encode(bytes).hasPrefix("11"))
        #expect(Base58.decode(Base58.encode(bytes)) == bytes)
        #expect(Base58.encode(Array("Hello World!".utf8)) == "2NEpo7TZRRrLZSi2U")
    }
}
