import Foundation
import Testing
@testable import SkillpathCore

/// A provider's `subscription` terms: decoded and range-checked by the loader, replaced by a later
/// layer like the rest of the provider, and applied by one rule (`Catalog.subscriptionPricing(of:)`)
/// that `catalog lint` and `catalog show` share.
@Suite struct SubscriptionTests {
    /// `providers.json` with Coursera holding `terms` (JSON text) as its `subscription`, on one line:
    /// the terms start at column 77.
    static func providers(_ terms: String) -> String {
        #"[{"id": "coursera", "name": "Coursera", "kind": "platform", "subscription": "# + terms + "}]"
    }

    /// CatalogLoaderTests' small catalog (sql-basics: Coursera, 10 h, $49) with these providers.
    static func makeCatalog(providers: String) throws -> String {
        let directory = try CatalogLoaderTests.makeCatalog()
        try providers.write(toFile: directory + "/providers.json", atomically: false, encoding: .utf8)
        return directory
    }

    /// Everything the loader reports, as printed.
    static func diagnostics(_ terms: String) throws -> [String] {
        CatalogLoader.check(directory: try makeCatalog(providers: providers(terms))).diagnostics.map(\.description)
    }

    @Test func goodTermsAreLoaded() throws {
        let report = CatalogLoader.check(directory: try Self.makeCatalog(providers: Self.providers(#"{"monthlyFee": 39.99, "hoursPerMonth": 30}"#)))
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let catalog = try #require(report.catalog)
        #expect(catalog.provider("coursera")?.subscription == Subscription(monthlyFee: 39.99, hoursPerMonth: 30))
    }

    @Test func noTermsNoSubscription() throws {
        let catalog = try CatalogLoader.load(directory: try CatalogLoaderTests.makeCatalog())
        #expect(catalog.provider("coursera")?.subscription == nil)
        #expect(catalog.subscriptionPricing(of: try #require(catalog.credential("sql-basics"))) == nil)
        // `null` is no subscription too, as for any optional key.
        #expect(try Self.diagnostics("null").isEmpty)
    }

    @Test func missingTerms() throws {
        #expect(try Self.diagnostics(#"{"monthlyFee": 49}"#) == [
            #"providers.json:1:77: coursera: [0].subscription: missing required key "hoursPerMonth""#,
        ])
        #expect(try Self.diagnostics("{}") == [
            #"providers.json:1:77: coursera: [0].subscription: missing required key "monthlyFee""#,
            #"providers.json:1:77: coursera: [0].subscription: missing required key "hoursPerMonth""#,
        ])
    }

    @Test func numbersOutOfRange() throws {
        #expect(try Self.diagnostics(#"{"monthlyFee": -5, "hoursPerMonth": 30}"#) == [
            "providers.json:1:92: coursera: [0].subscription.monthlyFee: -5 is out of range (must be zero or more)",
        ])
        #expect(try Self.diagnostics(#"{"monthlyFee": 1e9, "hoursPerMonth": 30}"#) == [
            "providers.json:1:92: coursera: [0].subscription.monthlyFee: 1e9 is out of range (at most 10000000)",
        ])
        #expect(try Self.diagnostics(#"{"monthlyFee": 49, "hoursPerMonth": 1000}"#) == [
            "providers.json:1:113: coursera: [0].subscription.hoursPerMonth: 1000 is out of range (at most 744)",
        ])
        #expect(try Self.diagnostics(#"{"monthlyFee": 49, "hoursPerMonth": 0.5}"#) == [
            "providers.json:1:113: coursera: [0].subscription.hoursPerMonth: 0.5 is out of range (at least 1)",
        ])
        #expect(Limits.monthlyFee == Limits.price && Limits.hoursPerMonth == 1...744)
    }

    @Test func wrongTypes() throws {
        #expect(try Self.diagnostics("49") == [
            #"providers.json:1:77: coursera: [0].subscription: expected subscription terms {"monthlyFee": fee, "hoursPerMonth": hours} (a JSON object) but found a number"#,
        ])
        #expect(try Self.diagnostics(#"{"monthlyFee": "49", "hoursPerMonth": 30}"#) == [
            "providers.json:1:92: coursera: [0].subscription.monthlyFee: expected a number but found a string",
        ])
    }

    /// An unknown key is a warning, as elsewhere: the catalog loads with the terms it understands.
    @Test func unknownKeysAreWarnedAbout() throws {
        let typo = CatalogLoader.check(directory: try Self.makeCatalog(providers: Self.providers(#"{"monthlyFee": 49, "hoursPerMonth": 30, "monthlyfee": 50}"#)))
        #expect(typo.diagnostics.map(\.description) == [
            #"providers.json:1:117: warning: coursera: [0].subscription: unknown subscription key "monthlyfee" is ignored (did you mean "monthlyFee"?)"#,
        ])
        #expect(typo.catalog?.provider("coursera")?.subscription == Subscription(monthlyFee: 49, hoursPerMonth: 30))
        #expect(try Self.diagnostics(#"{"monthlyFee": 49, "hoursPerMonth": 30, "currency": "EUR"}"#) == [
            #"providers.json:1:117: warning: coursera: [0].subscription: unknown subscription key "currency" is ignored; a subscription holds monthlyFee and hoursPerMonth"#,
        ])
    }

    /// The rule: every started month counts; stacks and free credentials are exempt; the words say how the price follows.
    @Test func pricingFollowsTheMonths() {
        let coursera = Provider(id: "coursera", name: "Coursera", kind: .platform, subscription: Subscription(monthlyFee: 49, hoursPerMonth: 30))
        func course(_ id: String, hours: Double, price: Double, stack: Credential.Stack? = nil) -> Credential {
            Credential(id: id, title: id, provider: "coursera", type: stack == nil ? .course : .program, hours: hours, price: price, skills: [], stack: stack)
        }
        let credentials = [course("three", hours: 75, price: 147), course("off", hours: 33, price: 49),
                           course("free", hours: 33, price: 0), course("prog", hours: 0, price: 10, stack: .init(of: ["three", "off"]))]
        let catalog = Catalog(info: .init(name: "t", version: "1", currency: "USD"), skills: [], providers: [coursera], roles: [], credentials: credentials)
        let three = catalog.subscriptionPricing(of: credentials[0])
        #expect(three?.months == 3 && three?.price == 147 && three?.isFollowed == true)
        #expect(three?.explanation(currency: "USD") == "priced as 3 months of Coursera at $49 a month (30 h a month)")
        let off = catalog.subscriptionPricing(of: credentials[1])
        #expect(off?.months == 2 && off?.price == 98 && off?.isFollowed == false)
        #expect(off?.explanation(currency: "USD") == "$98 by the subscription rule, 2 months of Coursera at $49 a month (30 h a month), not the $49 stated")
        #expect(catalog.subscriptionPricing(of: credentials[2]) == nil)
        #expect(catalog.subscriptionPricing(of: credentials[3]) == nil)
        #expect(CatalogLint.findings(in: catalog).filter { $0.rule == .subscriptionPrice }.map(\.credential) == ["off"])
    }

    /// A layer that replaces Coursera with other terms changes what the lint finds; one without
    /// terms takes the rule away.
    @Test func aLayerOverridingTheTermsChangesTheLint() throws {
        let base = try Self.makeCatalog(providers: Self.providers(#"{"monthlyFee": 49, "hoursPerMonth": 30}"#))
        func subscriptionFindings(_ layers: [String]) throws -> [String] {
            let catalog = try CatalogLoader.load(layers: layers)
            return CatalogLint.findings(in: catalog).filter { $0.rule == .subscriptionPrice }.map(\.description)
        }
        #expect(try subscriptionFindings([base]).isEmpty, "sql-basics: 10 h is 1 month of $49")
        let dearer = try CatalogLayersTests.makeLayer("dearer", ["providers.json": Self.providers(#"{"monthlyFee": 59, "hoursPerMonth": 30}"#)])
        #expect(try subscriptionFindings([base, dearer]) == [
            "sql-basics: costs $49 but 10 h at 30 hours a month is 1 month of $59: set price to 59, or correct the hours [subscription-price]",
        ])
        let slower = try CatalogLayersTests.makeLayer("slower", ["providers.json": Self.providers(#"{"monthlyFee": 49, "hoursPerMonth": 5}"#)])
        #expect(try subscriptionFindings([base, slower]) == [
            "sql-basics: costs $49 but 10 h at 5 hours a month is 2 months of $49: set price to 98, or correct the hours [subscription-price]",
        ])
        let none = try CatalogLayersTests.makeLayer("none", ["providers.json": #"[{"id": "coursera", "name": "Coursera", "kind": "platform"}]"#])
        #expect(try subscriptionFindings([base, dearer, none]).isEmpty)
        // A bad subscription in a layer is an error naming the layer's file.
        let bad = try CatalogLayersTests.makeLayer("bad", ["providers.json": Self.providers(#"{"monthlyFee": 49, "hoursPerMonth": -1}"#)])
        #expect(CatalogLoader.check(layers: [base, bad]).errors.map(\.description) == [
            bad + "/providers.json:1:113: coursera: [0].subscription.hoursPerMonth: -1 is out of range (at least 1)",
        ])
    }

    /// A catalog written back (`catalog import-ctdl`, the generator) keeps its providers' terms.
    @Test func theWriterKeepsTheTerms() throws {
        let catalog = try CatalogLoader.load(directory: try Self.makeCatalog(providers: Self.providers(#"{"monthlyFee": 39.99, "hoursPerMonth": 30}"#)))
        let directory = NSTemporaryDirectory() + "skillpath-subscription-\(UUID().uuidString)"
        try CatalogWriter.write(catalog, to: directory)
        let again = try CatalogLoader.load(directory: directory)
        #expect(again.provider("coursera")?.subscription == Subscription(monthlyFee: 39.99, hoursPerMonth: 30))
    }
}
