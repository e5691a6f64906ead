import Foundation
import SkillpathCore

/// The lower-cased UTF-8 text searched for each credential (title, id, provider id, type, provider
/// name, skill names, joined by spaces), all in one buffer, with the matching of search terms.
///
/// Credential `i` is `bytes[starts[i] ..< ends[i]]`; the credentials are separated by a zero byte,
/// so a term without a zero byte can be looked for in the whole buffer at once and never matches
/// across two credentials.
struct CatalogSearchText: Sendable {
    private let bytes: [UInt8]
    private let starts: [Int]
    private let ends: [Int]
    /// Where each credential's lower-cased title ends (it starts the text), its first 8 bytes as
    /// a big-endian number (zeros after a shorter title), and whether it is all ASCII.
    private let titleEnds: [Int]
    private let titleKeys: [UInt64]
    private let titleASCII: [Bool]
    /// For each credential, the indices (into ``CatalogIndex/allCategories``) of the skill categories it teaches.
    let categories: [[Int]]
    /// Every skill category, sorted.
    let allCategories: [String]

    var count: Int { starts.count }

    init(_ catalog: Catalog) {
        let allCategories = Set(catalog.skills.map(\.category)).sorted()
        let categoryNumber = Dictionary(uniqueKeysWithValues: allCategories.enumerated().map { ($1, $0) })
        // Lower-cased once per skill and provider, not once per credential naming it.
        let skillText = catalog.skills.map { Self.lowercasedBytes($0.name) }
        let skillCategory = catalog.skills.map { categoryNumber[$0.category]! }
        let providerText = catalog.providers.map { Self.lowercasedBytes($0.name) }
        var bytes: [UInt8] = [], starts: [Int] = [], ends: [Int] = [], categories: [[Int]] = []
        var titleEnds: [Int] = [], titleKeys: [UInt64] = [], titleASCII: [Bool] = []
        titleEnds.reserveCapacity(catalog.credentials.count)
        titleKeys.reserveCapacity(catalog.credentials.count)
        titleASCII.reserveCapacity(catalog.credentials.count)
        bytes.reserveCapacity(catalog.credentials.count * 160)
        starts.reserveCapacity(catalog.credentials.count)
        ends.reserveCapacity(catalog.credentials.count)
        categories.reserveCapacity(catalog.credentials.count)
        for credential in catalog.credentials {
            let start = bytes.count
            starts.append(start)
            titleASCII.append(Self.appendLowercased(credential.title, to: &bytes))
            titleEnds.append(bytes.count)
            var key: UInt64 = 0
            for k in 0..<8 { key = key << 8 | UInt64(start + k < bytes.count ? bytes[start + k] : 0) }
            titleKeys.append(key)
            bytes.append(0x20); Self.appendLowercased(credential.id, to: &bytes)
            bytes.append(0x20); Self.appendLowercased(credential.provider, to: &bytes)
            bytes.append(0x20); Self.appendLowercased(credential.type.rawValue, to: &bytes)
            if let p = catalog.providerIndex[credential.provider] { bytes.append(0x20); bytes += providerText[p] }
            var cats: [Int] = []
            for granted in credential.skills {
                guard let s = catalog.skillIndex[granted.skill] else { continue }
                bytes.append(0x20); bytes += skillText[s]
                if !cats.contains(skillCategory[s]) { cats.append(skillCategory[s]) }
            }
            ends.append(bytes.count)
            bytes.append(0)
            categories.append(cats)
        }
        self.bytes = bytes
        self.starts = starts
        self.ends = ends
        self.titleEnds = titleEnds
        self.titleKeys = titleKeys
        self.titleASCII = titleASCII
        self.categories = categories
        self.allCategories = allCategories
    }

    /// `text.lowercased()` as UTF-8 bytes, with a fast path for ASCII (where it is the same).
    static func lowercasedBytes(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        appendLowercased(text, to: &bytes)
        return bytes
    }

    /// Appends `text.lowercased()`'s UTF-8 bytes; true when the text is all ASCII. `String.lowercased()`
    /// maps each scalar on its own, so lower-casing the parts of a text one by one gives the bytes
    /// of the whole lower-cased.
    @discardableResult
    static func appendLowercased(_ text: String, to bytes: inout [UInt8]) -> Bool {
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in utf8 { bytes.append(byte &- 0x41 < 26 ? byte | 0x20 : byte) }
            return true
        }
        bytes += text.lowercased().utf8
        return false
    }

    /// Whether credential `a` comes before `b` by lower-cased title, compared as `String` compares
    /// (for ASCII, byte by byte), then by catalog position.
    func titleBefore(_ a: Int, _ b: Int) -> Bool {
        if titleASCII[a] && titleASCII[b] {
            if titleKeys[a] != titleKeys[b] { return titleKeys[a] < titleKeys[b] }
            let (la, lb) = (titleEnds[a] - starts[a], titleEnds[b] - starts[b])
            let order = bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + starts[a], $0.baseAddress! + starts[b], min(la, lb)) }
            if order != 0 { return order < 0 }
            return la != lb ? la < lb : a < b
        }
        let (x, y) = (title(a), title(b))
        return x == y ? a < b : x < y
    }

    /// Credential `i`'s lower-cased title.
    func title(_ i: Int) -> String { String(decoding: bytes[starts[i]..<titleEnds[i]], as: UTF8.self) }

    /// The search's terms: the lower-cased query split at spaces, as UTF-8.
    static func terms(_ search: String) -> [[UInt8]] {
        search.lowercased().split(separator: " ").map { Array($0.utf8) }
    }

    /// Which credentials contain `term`, by a scan of the whole buffer; nil when the term holds a
    /// zero byte (the separator), which ``contains(_:_:)`` must check credential by credential.
    func credentialsContaining(_ term: [UInt8]) -> CredentialSet? {
        guard !term.isEmpty, !term.contains(0) else { return term.isEmpty ? CredentialSet(all: count) : nil }
        var found = CredentialSet(count: count)
        bytes.withUnsafeBufferPointer { buffer in
            term.withUnsafeBufferPointer { needle in
                guard let base = buffer.baseAddress, let n = needle.baseAddress else { return }
                var position = 0, credential = 0
                while position < buffer.count, credential < count {
                    guard let hit = Self.find(n, needle.count, in: base + position, buffer.count - position) else { break }
                    let offset = position + hit
                    while ends[credential] < offset { credential += 1 }
                    found.insert(credential)
                    position = ends[credential] + 1
                    credential += 1
                }
            }
        }
        return found
    }

    /// Whether credential `i`'s text contains `term`.
    func contains(_ i: Int, _ term: [UInt8]) -> Bool {
        if term.isEmpty { return true }
        let length = ends[i] - starts[i]
        guard term.count <= length else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            term.withUnsafeBufferPointer { needle in
                Self.find(needle.baseAddress!, needle.count, in: buffer.baseAddress! + starts[i], length) != nil
            }
        }
    }
}

extension CatalogSearchText {
    /// Where `needle` (`needleCount` > 0 bytes) first occurs in `count` bytes at `haystack`: `memchr`
    /// for its first byte, then `memcmp` for the rest at each place found.
    static func find(_ needle: UnsafePointer<UInt8>, _ needleCount: Int, in haystack: UnsafePointer<UInt8>, _ count: Int) -> Int? {
        let first = Int32(needle[0]), rest = needleCount - 1
        var offset = 0
        while count - offset >= needleCount {
            guard let hit = memchr(haystack + offset, first, count - offset - rest) else { return nil }
            let at = haystack.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if rest == 0 || memcmp(haystack + at + 1, needle + 1, rest) == 0 { return at }
            offset = at + 1
        }
        return nil
    }
}

/// A set of credential indices as bits, for the whole catalog.
struct CredentialSet: Sendable {
    private var words: [UInt64]

    init(count: Int) { words = Array(repeating: 0, count: (count + 63) / 64) }

    /// Every credential of `count`.
    init(all count: Int) {
        self.init(count: count)
        for i in 0..<count { insert(i) }
    }

    mutating func insert(_ i: Int) { words[i >> 6] |= 1 << UInt64(i & 63) }

    func contains(_ i: Int) -> Bool { words[i >> 6] & (1 << UInt64(i & 63)) != 0 }
}
