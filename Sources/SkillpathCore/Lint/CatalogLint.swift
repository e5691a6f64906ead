import Foundation

/// Consistency rules for a catalog's data, beyond what loading checks: levels a credential's hours
/// cannot support, prices off their platform's subscription rule, and landing pages shared by many
/// credentials.
///
/// Loading decides whether a catalog can be used; linting finds figures a curator should look at
/// again. Every finding is a warning and names the credential, the rule and the fix.
public enum CatalogLint {
    /// One rule of the lint.
    public enum Rule: String, Sendable, Hashable, CaseIterable {
        /// A level of 2 or more from a credential of under ``foundationalHours`` hours.
        case foundationalLevelTooShort = "level-2-under-5h"
        /// A level of 4 or more from a credential of under ``advancedHours`` hours.
        case advancedLevelTooShort = "level-4-under-15h"
        /// Level 5 (expert) from anything but an exam-based certification or a stack holding one.
        case expertLevelWithoutExam = "level-5-without-exam"
        /// A price on a subscription platform other than the months its hours take times the fee.
        case subscriptionPrice = "subscription-price"
        /// ``sharedURLThreshold`` or more credentials with one URL: a landing page, not their own pages.
        case sharedURL = "shared-url"
    }

    /// One warning about one credential.
    public struct Finding: Sendable, Hashable, CustomStringConvertible {
        public var rule: Rule
        /// The credential the finding is about.
        public var credential: String
        /// What is wrong and how to fix it.
        public var message: String

        public init(rule: Rule, credential: String, message: String) {
            self.rule = rule; self.credential = credential; self.message = message
        }

        public var description: String { "\(credential): \(message) [\(rule.rawValue)]" }
    }

    /// Below this many hours a credential grants level 1 at most.
    public static let foundationalHours = 5.0
    /// Below this many hours a credential grants level 3 at most.
    public static let advancedHours = 15.0
    /// This many credentials or more sharing one URL are reported.
    public static let sharedURLThreshold = 3

    /// Every finding in the catalog, in catalog order, the URL findings last. A credential of a
    /// provider with a ``Provider/subscription`` is held to ``Catalog/subscriptionPricing(of:)``.
    public static func findings(in catalog: Catalog) -> [Finding] {
        var findings: [Finding] = []
        for credential in catalog.credentials {
            findings += levelFindings(credential, in: catalog)
            if let finding = subscriptionFinding(credential, in: catalog) { findings.append(finding) }
        }
        findings += sharedURLFindings(in: catalog)
        return findings
    }

    /// The level rules for one credential. A stack is judged by its total hours (its parts' and its
    /// own) and is exam-backed when it or one of its parts is a certification.
    static func levelFindings(_ credential: Credential, in catalog: Catalog) -> [Finding] {
        let hours = credential.stack == nil ? credential.hours : catalog.total(of: credential).hours
        var findings: [Finding] = []
        for granted in credential.skills {
            let hoursText = Quantity.hours(hours)
            if granted.level >= 4, hours < advancedHours {
                findings.append(Finding(rule: .advancedLevelTooShort, credential: credential.id,
                    message: "grants \(granted.skill) level \(granted.level) in \(hoursText); under \(Int(advancedHours)) hours grants level 3 at most: lower the level or correct the hours"))
            } else if granted.level >= 2, hours < foundationalHours {
                findings.append(Finding(rule: .foundationalLevelTooShort, credential: credential.id,
                    message: "grants \(granted.skill) level \(granted.level) in \(hoursText); under \(Int(foundationalHours)) hours grants level 1: lower the level or correct the hours"))
            }
            if granted.level == 5, !isExamBacked(credential, in: catalog) {
                findings.append(Finding(rule: .expertLevelWithoutExam, credential: credential.id,
                    message: "grants \(granted.skill) level 5 (expert) without a professional exam: level 5 is for certifications (type \"certification\"); lower it to 4"))
            }
        }
        return findings
    }

    /// The subscription rule for one credential: a credential taken on a subscription platform costs
    /// the months its hours take times the monthly fee (the catalog's ``Catalog/subscriptionPricing(of:)``,
    /// which exempts stacks and free credentials).
    static func subscriptionFinding(_ credential: Credential, in catalog: Catalog) -> Finding? {
        guard let pricing = catalog.subscriptionPricing(of: credential), !pricing.isFollowed else { return nil }
        let currency = catalog.info.currency, months = pricing.months
        return Finding(rule: .subscriptionPrice, credential: credential.id,
            message: "costs \(Quantity.money(credential.price, currency: currency)) but \(Quantity.hours(credential.hours)) at \(Quantity.number(pricing.subscription.hoursPerMonth)) hours a month is \(months) month\(months == 1 ? "" : "s") of \(Quantity.money(pricing.subscription.monthlyFee, currency: currency)): set price to \(Quantity.number(pricing.price, digits: 2)), or correct the hours")
    }

    /// Whether a credential is an exam-based certification, or a stack with one among its parts.
    static func isExamBacked(_ credential: Credential, in catalog: Catalog) -> Bool {
        if credential.type == .certification { return true }
        guard let stack = credential.stack else { return false }
        return stack.of.contains { catalog.credential($0)?.type == .certification }
    }

    /// One finding for each credential whose URL ``sharedURLThreshold`` or more credentials share.
    static func sharedURLFindings(in catalog: Catalog) -> [Finding] {
        var sharing: [String: [String]] = [:]
        for credential in catalog.credentials {
            guard let url = credential.url else { continue }
            sharing[normalized(url), default: []].append(credential.id)
        }
        var findings: [Finding] = []
        for credential in catalog.credentials {
            guard let url = credential.url, let ids = sharing[normalized(url)], ids.count >= sharedURLThreshold else { continue }
            let others = ids.filter { $0 != credential.id }
            let named = others.prefix(3).joined(separator: ", ") + (others.count > 3 ? ", …" : "")
            findings.append(Finding(rule: .sharedURL, credential: credential.id,
                message: "shares its url \(url) with \(others.count) other credentials (\(named)): link the credential's own page"))
        }
        return findings
    }

    /// A URL without its trailing slash, so `…/x` and `…/x/` count as one page.
    static func normalized(_ url: String) -> String {
        url.hasSuffix("/") ? String(url.dropLast()) : url
    }
}
