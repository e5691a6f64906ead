import Synchronization

/// A stable fingerprint of a catalog's content, to tell whether a saved plan was made with it.
extension Catalog {
    /// `fnv1a64:` and 16 hex digits: FNV-1a (64-bit) over every field the planner and the
    /// display use, in catalog order. Formatting and key order in the files do not change it;
    /// any change of an id, title, price, hours, skill, condition or stack does.
    ///
    /// Computed once per catalog, on first use, and kept (a catalog's content never changes):
    /// a re-plan, a staleness check or a save reads the stored value.
    public var fingerprint: String { fingerprintCache.value { computeFingerprint() } }

    /// Hashes the catalog (what ``fingerprint`` stores).
    func computeFingerprint() -> String {
        var hash = FNV1a64()
        hash.add(info.name); hash.add(info.version); hash.add(info.currency)
        for skill in skills {
            hash.add("S"); hash.add(skill.id); hash.add(skill.name); hash.add(skill.category)
        }
        for provider in providers {
            hash.add("P"); hash.add(provider.id); hash.add(provider.name); hash.add(provider.kind.rawValue)
        }
        for role in roles {
            hash.add("R"); hash.add(role.id); hash.add(role.title)
            hash.add(role.requires.map(\.description).joined(separator: ";"))
            hash.add(role.recommends.map(\.description).joined(separator: ";"))
        }
        for c in credentials {
            hash.add("C"); hash.add(c.id); hash.add(c.title); hash.add(c.provider); hash.add(c.issuer ?? "")
            hash.add(c.type.rawValue); hash.add(c.hours.bitPattern); hash.add(c.price.bitPattern)
            hash.add(c.skills.map { "\($0.skill)=\($0.level)" }.joined(separator: ","))
            hash.add(c.requires.map(\.description).joined(separator: ";"))
            if let stack = c.stack { hash.add("\(stack.count):\(stack.of.joined(separator: ","))") } else { hash.add("-") }
            hash.add(c.accredited ? "a" : "n")
        }
        let hex = String(hash.value, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// The 64-bit FNV-1a hash.
struct FNV1a64 {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
    }

    /// Adds a string and a separator, so that ("ab", "c") and ("a", "bc") differ.
    mutating func add(_ text: String) {
        add(text.utf8)
        add(CollectionOfOne(0))
    }

    mutating func add(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { add($0) }
    }
}

/// A catalog's fingerprint once computed, shared by the copies of the catalog.
final class FingerprintCache: Sendable {
    private let stored = Mutex<String?>(nil)

    init() {}

    /// The stored value, or `compute()`'s, stored for next time.
    func value(_ compute: () -> String) -> String {
        if let known = stored.withLock({ $0 }) { return known }
        let computed = compute()
        stored.withLock { $0 = computed }
        return computed
    }
}
