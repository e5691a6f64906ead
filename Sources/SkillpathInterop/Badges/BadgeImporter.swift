import Foundation
import SkillpathCore

/// Reads badge files, checks their signatures and validity dates, and matches them to the catalog.
///
/// A badge is imported when it matches a credential and is verified, or, with
/// `allowUnverified`, when its proof cannot be checked offline. A bad signature, a `validUntil`
/// (or JWT `exp`) in the past and a `validFrom` (or `nbf`) in the future refuse it.
public struct BadgeImporter: Sendable {
    public var matcher: BadgeMatcher
    public var allowUnverified: Bool
    /// The time validity dates are compared with.
    public var now: Date

    public init(catalog: Catalog, allowUnverified: Bool, now: Date = Date()) {
        matcher = BadgeMatcher(catalog: catalog); self.allowUnverified = allowUnverified; self.now = now
    }

    /// The report on one file.
    public func report(file: String) -> BadgeReport {
        switch InputFile.read(file) {
        case .failure(let failure):
            return BadgeReport(file: file, match: nil, outcome: failure.isMissing ? .missing(failure.reason) : .refused("the file " + failure.reason))
        case .success(let bytes):
            return report(file: file, bytes: bytes)
        }
    }

    /// The report on one badge's bytes: JSON-LD with an embedded proof, or a compact JWS.
    public func report(file: String, bytes: [UInt8]) -> BadgeReport {
        let text = bytes.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        var check: BadgeCheck
        let badge: OpenBadge
        var notAfter: Date?, notBefore: Date?
        do {
            if text.first == UInt8(ascii: "{") {
                let document: JSONValue
                do { document = try JSONParser.parse(bytes) } catch {
                    let (line, column) = JSONSource(name: file, bytes: bytes).location(of: error.offset)
                    return refused(file, "it is not valid JSON at \(line):\(column): \(error.message)")
                }
                badge = try OpenBadge(document)
                check = DataIntegrity.check(document)
            } else {
                let token = Array(text.reversed().drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }.reversed())
                let jwt: VCJWT
                do { jwt = try VCJWT(token: token) } catch { return refused(file, error.description) }
                badge = try OpenBadge(jwt.credential)
                check = jwt.check
                notAfter = jwt.expires; notBefore = jwt.notBefore
            }
        } catch {
            return refused(file, String(describing: error))
        }
        let match = matcher.match(badge)
        if case .refused = check {} else if let problem = validityProblem(badge, notAfter: notAfter, notBefore: notBefore) {
            check = .refused(problem)
        }
        switch check {
        case .verified(let how): return BadgeReport(file: file, match: match, outcome: .verified(how))
        case .refused(let why): return BadgeReport(file: file, match: match, outcome: .refused(why))
        case .uncheckable(let why):
            if allowUnverified { return BadgeReport(file: file, match: match, outcome: .unverified(why)) }
            return BadgeReport(file: file, match: match, outcome: .refused(why + "; import it with --unverified to keep it as unverified"))
        }
    }

    /// The reports on several files, in order.
    public func reports(files: [String]) -> [BadgeReport] { files.map { report(file: $0) } }

    /// Adds the imported credentials to `profile.earned`, and records the unverified ones (a
    /// verified import of a credential clears its unverified mark).
    public static func apply(_ reports: [BadgeReport], to profile: inout Profile) {
        for report in reports {
            guard let id = report.importedCredential else { continue }
            if !profile.earned.contains(id) { profile.earned.append(id) }
            switch report.outcome {
            case .unverified: if !profile.unverified.contains(id) { profile.unverified.append(id) }
            case .verified: profile.unverified.removeAll { $0 == id }
            case .refused, .missing: break
            }
        }
    }

    private func validityProblem(_ badge: OpenBadge, notAfter: Date?, notBefore: Date?) -> String? {
        let stamp = ISO8601DateFormatter()
        for until in [badge.validUntil, notAfter].compactMap({ $0 }) where until < now {
            return "it expired on \(stamp.string(from: until)) (validUntil is in the past)"
        }
        for from in [badge.validFrom, notBefore].compactMap({ $0 }) where from > now {
            return "it is not valid until \(stamp.string(from: from)) (validFrom is in the future)"
        }
        return nil
    }

    private func refused(_ file: String, _ why: String) -> BadgeReport {
        BadgeReport(file: file, match: nil, outcome: .refused(why))
    }
}
