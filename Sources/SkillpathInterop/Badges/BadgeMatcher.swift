import SkillpathCore

/// Finds the catalog credential a badge attests, by INTEROP.md's rules in order.
///
/// 1. an `achievement.alignment[].targetCode` equal to a credential's `ctid`;
/// 2. the `achievement.id` or an `alignment.targetUrl` in a credential's `badgeIds` or equal to its `url`;
/// 3. the achievement's name equal to a credential's title (ignoring case and spaces), with the
///    issuer's name equal to the credential's provider or issuer name (likewise).
public struct BadgeMatcher: Sendable {
    /// What matching found.
    public enum Match: Sendable, Equatable {
        /// The credential id, and the rule that matched it.
        case matched(String, rule: String)
        /// No credential; the text says what was looked for.
        case unmatched(String)
    }

    private var byCTID: [String: String] = [:]
    private var byBadgeId: [String: String] = [:]
    private var byTitleAndIssuer: [String: String] = [:]

    public init(catalog: Catalog) {
        for credential in catalog.credentials {
            if let ctid = credential.ctid { byCTID[ctid] = byCTID[ctid] ?? credential.id }
            for badgeId in credential.badgeIds + (credential.url.map { [$0] } ?? []) {
                byBadgeId[badgeId] = byBadgeId[badgeId] ?? credential.id
            }
            for organisation in [credential.provider, credential.issuer].compactMap({ $0 }) {
                let name = catalog.provider(organisation)?.name ?? organisation
                let key = Self.key(credential.title, name)
                byTitleAndIssuer[key] = byTitleAndIssuer[key] ?? credential.id
            }
        }
    }

    /// The credential `badge` attests, or why there is none.
    public func match(_ badge: OpenBadge) -> Match {
        for code in badge.alignments.compactMap(\.targetCode) {
            if let id = byCTID[code] { return .matched(id, rule: "alignment targetCode \(code) is its ctid") }
        }
        for url in [badge.achievementId].compactMap({ $0 }) + badge.alignments.compactMap(\.targetUrl) {
            if let id = byBadgeId[url] { return .matched(id, rule: "\(url) is one of its badgeIds or its url") }
        }
        if let name = badge.achievementName, let issuer = badge.issuerName, let id = byTitleAndIssuer[Self.key(name, issuer)] {
            return .matched(id, rule: "title \"\(name)\" from \(issuer)")
        }
        var looked: [String] = []
        let codes = badge.alignments.compactMap(\.targetCode)
        if !codes.isEmpty { looked.append("ctid \(codes.joined(separator: ", "))") }
        let urls = [badge.achievementId].compactMap { $0 } + badge.alignments.compactMap(\.targetUrl)
        if !urls.isEmpty { looked.append("badge id or url \(urls.joined(separator: ", "))") }
        looked.append("title \"\(badge.achievementName ?? "(no name)")\" from \"\(badge.issuerName ?? "(no issuer name)")\"")
        return .unmatched("no catalog credential has " + looked.joined(separator: ", or ")
                          + "; add the badge's id to a credential's badgeIds to match it")
    }

    /// Title and organisation name, lowercased and without spaces.
    static func key(_ title: String, _ organisation: String) -> String {
        func fold(_ s: String) -> String { String(s.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace }) }
        return fold(title) + "\u{0}" + fold(organisation)
    }
}
