import Testing
@testable import SkillpathCore

/// The one gate for untrusted text: every payload a terminal would act on becomes visible.
@Suite struct SanitizerTests {
    /// Each payload of the issue, by name.
    static let payloads: [(String, String)] = [
        ("ESC [2J", "\u{1B}[2J"), ("OSC 52", "\u{1B}]52;c;cGF5bG9hZA==\u{07}"), ("OSC 8", "\u{1B}]8;;http://x\u{1B}\\l\u{1B}]8;;\u{1B}\\"),
        ("DCS", "\u{1B}P1$qm\u{1B}\\"), ("BEL", "\u{07}"), ("BS", "\u{08}"), ("CR", "\r"), ("NUL", "\u{00}"), ("DEL", "\u{7F}"),
        ("C1 CSI", "\u{9B}31m"), ("RLO", "\u{202E}"), ("LRE", "\u{202A}"), ("FSI", "\u{2068}"), ("PDI", "\u{2069}"),
    ]

    static func unsafeScalars(_ text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value).filter {
            ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) || (0x7F...0x9F).contains($0) || (0x202A...0x202E).contains($0) || (0x2066...0x2069).contains($0)
        }
    }

    @Test(arguments: payloads.map(\.1))
    func everyPayloadBecomesVisible(payload: String) {
        let text = Sanitizer.text("a" + payload + "b")
        #expect(Self.unsafeScalars(text).isEmpty)
        #expect(text.hasPrefix("a\u{FFFD}") && text.hasSuffix("b"))
        #expect(Self.unsafeScalars(Sanitizer.line(payload)).isEmpty)
        #expect(!Sanitizer.isClean(payload))
    }

    @Test func newlinesAndTabsAreKeptInTextAndSpacedInALine() {
        #expect(Sanitizer.text("a\nb\tc") == "a\nb\tc")
        #expect(Sanitizer.line("a\nb\tc\r\nd") == "a b c\u{FFFD} d")
        #expect(Sanitizer.text("plain é ✓ 中文") == "plain é ✓ 中文")
        #expect(Sanitizer.isClean("plain é ✓ 中文\n"))
    }

    @Test func keptSequencesPassWholeAndNothingElse() {
        let bold = "\u{1B}[1m", reset = "\u{1B}[0m"
        let styled = bold + "Title \u{1B}[2J\u{9B}1m" + reset + "\u{1B}[1" + "\u{1B}"
        let safe = Sanitizer.text(styled, keeping: [bold, reset])
        #expect(safe == bold + "Title \u{FFFD}[2J\u{FFFD}1m" + reset + "\u{FFFD}[1\u{FFFD}")
        #expect(Sanitizer.text("clean", keeping: [bold]) == "clean")
    }

    /// A long styled text (a plan of thousands of styled lines) keeps every style and every word.
    @Test func keptSequencesInALongText() {
        let bold = "\u{1B}[1m", reset = "\u{1B}[0m"
        let styled = String(repeating: bold + "word" + reset + " \u{9B} ", count: 50_000)
        let safe = Sanitizer.text(styled, keeping: [bold, reset])
        #expect(safe == String(repeating: bold + "word" + reset + " \u{FFFD} ", count: 50_000))
    }

    @Test func jsonEscapesEveryUnsafeScalar() {
        for (name, payload) in Self.payloads {
            let json = JSONOutput.string(payload).rendered()
            #expect(Self.unsafeScalars(json).isEmpty, "\(name)")
        }
        #expect(JSONOutput.string("\u{9B}\u{202E}\u{7F}\u{2066}").rendered() == #""\u009b\u202e\u007f\u2066""#)
        #expect(JSONOutput.string("\u{2028}é").rendered() == #""\u2028é""#)
    }

    @Test func markdownEscapesCellsAndLinksOnlyWebAddresses() {
        #expect(PlanMarkdown.escape("a|b\nc") == "a\\|b c")
        #expect(PlanMarkdown.escape("\u{1B}[2J") == "\u{FFFD}\\[2J")
        #expect(PlanMarkdown.code("a|b") == "`a\\|b`")
        #expect(PlanMarkdown.code("a`b") == "a\\`b")
        #expect(PlanMarkdown.isWebAddress("https://example.org/x") && PlanMarkdown.isWebAddress("HTTP://example.org"))
        #expect(!PlanMarkdown.isWebAddress("javascript:alert(1)") && !PlanMarkdown.isWebAddress("file:///etc/passwd"))
        #expect(!PlanMarkdown.isWebAddress("https://x/\u{1B}[2J"))
    }

    @Test func markdownOfAPlanWithPayloads() {
        var plan = PlanFormattingTests.feasible
        plan.steps[0].title = "Evil | title\n# heading \u{1B}]52;c;eA==\u{07}"
        let catalog = Catalog(
            info: PlanFormattingTests.catalog.info, skills: PlanFormattingTests.catalog.skills,
            providers: PlanFormattingTests.catalog.providers, roles: PlanFormattingTests.catalog.roles,
            credentials: [Credential(id: "intro-sql", title: "x", provider: "coursera", type: .course, hours: 1, price: 0,
                                     url: "javascript:alert(1)"),
                          Credential(id: "google-data-analytics", title: "y", provider: "coursera", type: .course, hours: 1, price: 0,
                                     url: "https://example.org/a b")])
        let markdown = PlanMarkdown(plan: plan, catalog: catalog).render()
        #expect(Self.unsafeScalars(markdown).isEmpty)
        let row = markdown.split(separator: "\n").first { $0.contains("Evil") }.map(String.init) ?? ""
        #expect(row.hasPrefix("| 1 | Evil \\| title # heading \u{FFFD}\\]52;c;eA==\u{FFFD} (`intro-sql`) javascript:alert(1) |"), "\(row)")
        #expect(markdown.contains("](https://example.org/a%20b)"))
        #expect(!markdown.contains("](javascript"))
    }
}
