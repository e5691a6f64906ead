import Foundation
import Testing

/// `catalog show` says how a credential on a subscription platform is priced by the rule, in
/// text and JSON, and shows a provider's terms; `catalog lint` reads the same terms.
@Suite struct SubscriptionPricingCommandTests {
    let cli = CLIRunner()

    /// The fixture with Coursera at $49 a month for 30 h: sql-next (40 h) is 2 months, $98, but
    /// costs $100; sql-follows (60 h, $98) follows the rule; sql-intro is free.
    static let catalog: String = {
        let directory = CLIRunner.catalog(replacing: "providers.json", with: #"""
        [{"id": "coursera", "name": "Coursera", "kind": "platform", "subscription": {"monthlyFee": 49, "hoursPerMonth": 30}},
         {"id": "udemy", "name": "Udemy", "kind": "platform"}]
        """#)
        CLIRunner.write(directory + "/credentials/more.json", #"""
        [{"id": "sql-follows", "title": "SQL by the Month", "provider": "coursera", "type": "course", "hours": 60, "price": 98, "skills": [{"skill": "sql", "level": 2}]}]
        """#)
        return directory
    }()

    /// `catalog show ID` as text, wrapped lines joined back.
    func show(_ id: String) throws -> String {
        let result = try cli.run(["catalog", "show", id, "--catalog", Self.catalog])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.replacing(#/\n +/#, with: " ")
    }

    @Test func showTextExplainsThePrice() throws {
        #expect(try show("sql-follows").contains("Pricing     priced as 2 months of Coursera at $49 a month (30 h a month)\n"))
        #expect(try show("sql-next").contains("Pricing     $98 by the subscription rule, 2 months of Coursera at $49 a month (30 h a month), not the $100 stated\n"))
        #expect(try !show("sql-intro").contains("Pricing"), "free: the rule does not apply")
        #expect(try !show("sql-bootcamp").contains("Pricing"), "Udemy has no subscription")
        #expect(try show("coursera").contains("Subscription  $49 a month (30 h a month)\n"))
        #expect(try !show("udemy").contains("Subscription"))
    }

    @Test func showJSONHasThePricing() throws {
        func shown(_ id: String) throws -> [String: Any] {
            let result = try cli.run(["catalog", "show", id, "--catalog", Self.catalog, "--format", "json"])
            #expect(result.status == 0, "\(result.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            return try #require((json["credential"] as? [String: Any]) ?? (json["provider"] as? [String: Any]))
        }
        let next = try #require(try shown("sql-next")["subscription"] as? [String: Any])
        #expect(next["provider"] as? String == "coursera" && next["monthlyFee"] as? Double == 49 && next["hoursPerMonth"] as? Double == 30)
        #expect(next["months"] as? Int == 2 && next["price"] as? Double == 98 && next["followed"] as? Bool == false)
        #expect((try shown("sql-follows")["subscription"] as? [String: Any])?["followed"] as? Bool == true)
        #expect(try shown("sql-intro")["subscription"] is NSNull)
        let coursera = try #require(try shown("coursera")["subscription"] as? [String: Any])
        #expect(coursera.count == 2 && coursera["monthlyFee"] as? Double == 49 && coursera["hoursPerMonth"] as? Double == 30)
        #expect(try shown("udemy")["subscription"] is NSNull)
    }

    @Test func lintReadsTheLoadedTerms() throws {
        let result = try cli.run(["catalog", "lint", Self.catalog])
        #expect(result.status == 0, "\(result.stderr)")
        let findings = result.stdout.split(separator: "\n").filter { $0.hasSuffix("[subscription-price]") }
        #expect(findings.count == 1)
        #expect(findings.first?.hasSuffix("credentials/all.json:3:2: warning: sql-next: costs $100 but 40 h at 30 hours a month is 2 months of $49: set price to 98, or correct the hours [subscription-price]") == true,
                "\(findings)")
        // Bad terms stop the lint as any load error does, placed in providers.json.
        let bad = CLIRunner.catalog(replacing: "providers.json", with: #"[{"id": "coursera", "name": "Coursera", "kind": "platform", "subscription": {"monthlyFee": 49, "hoursPerMonth": 0}}, {"id": "udemy", "name": "Udemy", "kind": "platform"}]"#)
        let failed = try cli.run(["catalog", "lint", bad])
        #expect(failed.status == 65)
        #expect(failed.stderr.contains("providers.json:1:113: coursera: [0].subscription.hoursPerMonth: 0 is out of range (at least 1)"), "\(failed.stderr)")
    }
}
