import SkillpathCore
import Testing
@testable import SkillpathUI

/// `o` and `y` on a credential's link, titles that use the width, links never broken.
@Suite struct LinkAndWidthTests {
    @Test func oOpensAndYCopiesTheSanitisedLink() {
        var (s, fx) = run(Fixtures.state(), [.key(.char("/"))] + typing("practitioner") + [.key(.enter), .key(.char("o"))])
        #expect(s.selectedCredential?.id == "cloud-practitioner")
        #expect(fx.isEmpty && s.status == "“Cloud Practitioner” has no link in the catalog.")
        (s, _) = run(Fixtures.state(), [.key(.char("/"))] + typing("sql basics") + [.key(.enter)])
        #expect(s.selectedCredential?.id == "sql-basics")
        (s, fx) = run(s, [.key(.char("o"))])
        #expect(fx == [.openURL("https://example.org/sql-basics")])
        (s, fx) = run(s, [.key(.char("y"))])
        #expect(fx == [.copyToClipboard("https://example.org/sql-basics")])
        #expect(s.status == "copied (OSC 52; your terminal must allow it): https://example.org/sql-basics")
        // The runner's answer when there is no opener.
        (s, _) = run(s, [.notice("no xdg-open here; the link is https://example.org/sql-basics (y copies it)")])
        #expect(s.status?.hasPrefix("no xdg-open here") == true)
    }

    @Test func onlyCleanWebLinksLeave() {
        #expect(AppState.webLink(" https://example.org/a ") == "https://example.org/a")
        #expect(AppState.webLink("HTTP://EXAMPLE.ORG") == "HTTP://EXAMPLE.ORG")
        #expect(AppState.webLink("javascript:alert(1)") == nil)
        #expect(AppState.webLink("file:///etc/passwd") == nil)
        #expect(AppState.webLink("https://example.org/\u{1B}]52;c;evil\u{07}") == nil)
        #expect(AppState.webLink("https://example.org/\u{202E}gpj") == nil)
        #expect(AppState.webLink("https://a b") == nil)
    }

    @Test func aStepsLinkOnThePlanScreen() {
        let (_, fx) = run(Fixtures.richState(width: 80, height: 24), [.key(.char("4")), .key(.char("y"))])
        #expect(fx == [.copyToClipboard("https://example.org/sql-basics")])
    }

    static let awsCatalog: Catalog = {
        let skill = Skill(id: "aws", name: "AWS", category: "Cloud")
        let provider = Provider(id: "aws", name: "Amazon Web Services", kind: .employer)
        let titles = ["AWS Certified Solutions Architect – Associate", "AWS Certified Solutions Architect – Professional",
                      "AWS Certified Cloud Practitioner"]
        let credentials = titles.enumerated().map { i, title in
            Credential(id: "aws-\(i)", title: title, provider: "aws", type: .certification, hours: 80, price: 150,
                       skills: [SkillLevel(skill: "aws", level: 2 + i)],
                       url: "https://aws.amazon.com/certification/certified-solutions-architect-associate/and/a/long/path/\(i)")
        }
        return Catalog(info: .init(name: "aws", version: "1", currency: "USD"), skills: [skill], providers: [provider],
                       roles: [], credentials: credentials)
    }()

    @Test(arguments: [120, 100, 80])
    func theTwoArchitectTitlesStayDistinct(_ width: Int) {
        let s = AppState(catalog: Self.awsCatalog, profile: Profile(), today: Fixtures.today, width: width, height: 40)
        let lines = render(s).text.split(separator: "\n").map(String.init)
        let associate = lines.first { $0.contains("Associate") && $0.contains("$150") }
        let professional = lines.first { $0.contains("Professional") && $0.contains("$150") }
        #expect(associate != nil && professional != nil, "both ends show at \(width) columns:\n\(lines.joined(separator: "\n"))")
        #expect(lines.contains { $0.contains("AWS Certified Cloud Practitioner") }, "a title that fits is whole")
    }

    @Test func middleTruncation() {
        #expect(TextWidth.truncateMiddle("abcdefghij", to: 10) == "abcdefghij")
        #expect(TextWidth.truncateMiddle("abcdefghijk", to: 7) == "abc…ijk")
        #expect(TextWidth.width(TextWidth.truncateMiddle("東京大学東京大学", to: 7)) <= 7)
    }

    @Test func linksAreNeverBrokenMidWord() {
        let url = "https://aws.amazon.com/certification/certified-solutions-architect-associate/"
        #expect(TextWidth.wrap("See " + url + " today", width: 84) == ["See " + url, "today"])
        #expect(TextWidth.wrap("See " + url + " today", width: 60) == ["See", url.prefix(59) + "…", "today"])
        // Other long words still fill whole lines.
        #expect(TextWidth.wrap("abcdefgh", width: 3) == ["abc", "def", "gh"])
    }

    @Test func theDetailPaneShowsTheLinkOnItsOwnLine() {
        let s = AppState(catalog: Self.awsCatalog, profile: Profile(), today: Fixtures.today, width: 120, height: 40)
        let text = render(s).text
        let width = Layout(s).catalog.detail.width
        let url = Self.awsCatalog.credentials[0].url!
        #expect(text.contains(String(url.prefix(width - 1)) + "…"), "\(text)")
        #expect(!text.contains(String(url.dropFirst(width - 1).prefix(10))), "no piece of the link on another line")
    }
}
