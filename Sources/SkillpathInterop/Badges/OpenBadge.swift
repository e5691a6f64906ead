import Foundation
import SkillpathCore

/// The parts of an Open Badges 3.0 credential (`OpenBadgeCredential` / `AchievementCredential`)
/// that matching and validity need; the whole document is kept for checking its proof.
public struct OpenBadge: Sendable {
    /// One `achievement.alignment[]` entry.
    public struct Alignment: Sendable, Hashable {
        public var targetCode: String?
        public var targetUrl: String?
    }

    public var document: JSONValue
    public var achievementId: String?
    public var achievementName: String?
    public var alignments: [Alignment]
    public var issuerId: String?
    public var issuerName: String?
    public var validFrom: Date?
    public var validUntil: Date?

    /// Why a JSON value is not an Open Badges credential.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Reads the credential's fields; fails when it is not an Open Badges credential.
    public init(_ document: JSONValue) throws(Failure) {
        guard case .object = document.kind else { throw Failure(description: "the badge is \(document.typeName), not a credential object") }
        let types = Self.strings(document["type"])
        guard types.contains("OpenBadgeCredential") || types.contains("AchievementCredential") else {
            throw Failure(description: "type \(types.isEmpty ? "(none)" : types.joined(separator: ", ")) is not an OpenBadgeCredential or AchievementCredential")
        }
        self.document = document
        var subject = document["credentialSubject"]
        if case .array(let subjects)? = subject?.kind { subject = subjects.first }
        guard let achievement = subject?["achievement"], case .object = achievement.kind else {
            throw Failure(description: "credentialSubject.achievement is missing; an Open Badge names its achievement there")
        }
        achievementId = Self.string(achievement["id"])
        achievementName = Self.string(achievement["name"])
        alignments = []
        if case .array(let entries)? = achievement["alignment"]?.kind {
            alignments = entries.map { Alignment(targetCode: Self.string($0["targetCode"]), targetUrl: Self.string($0["targetUrl"])) }
        }
        if let issuer = document["issuer"] {
            if case .string(let id) = issuer.kind { issuerId = id } else {
                issuerId = Self.string(issuer["id"]); issuerName = Self.string(issuer["name"])
            }
        }
        // VC 2.0 names; VC 1.1's issuanceDate and expirationDate when they are absent.
        validFrom = try Self.date(document, "validFrom")
        if validFrom == nil { validFrom = try Self.date(document, "issuanceDate") }
        validUntil = try Self.date(document, "validUntil")
        if validUntil == nil { validUntil = try Self.date(document, "expirationDate") }
    }

    private static func string(_ value: JSONValue?) -> String? {
        guard case .string(let s)? = value?.kind else { return nil }
        return s
    }

    private static func strings(_ value: JSONValue?) -> [String] {
        switch value?.kind {
        case .string(let s)?: return [s]
        case .array(let items)?: return items.compactMap { string($0) }
        default: return []
        }
    }

    /// An XML Schema dateTime (`2026-01-01T00:00:00Z`, with or without fractional seconds).
    private static func date(_ document: JSONValue, _ key: String) throws(Failure) -> Date? {
        guard let value = document[key] else { return nil }
        guard let text = string(value), let date = parseDate(text) else {
            throw Failure(description: "\(key) is not a date-time such as 2026-01-01T00:00:00Z")
        }
        return date
    }

    static func parseDate(_ text: String) -> Date? {
        (try? plainDate.parse(text)) ?? (try? fractionalDate.parse(text))
    }

    private static let plainDate = Date.ISO8601FormatStyle()
    private static let fractionalDate = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
}
