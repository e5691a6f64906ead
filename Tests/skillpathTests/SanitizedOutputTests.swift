import Foundation
import Testing

/// No raw control character reaches the terminal: catalog, profile and saved-plan text and echoed
/// arguments carrying escape payloads come out with each unsafe character made visible.
@Suite struct SanitizedOutputTests {
    /// Every payload of the issue: ESC [2J, OSC 52 (clipboard), OSC 8 (link), DCS, BEL, BS, CR,
    /// NUL, DEL, C1 CSI (U+009B) and RIGHT-TO-LEFT OVERRIDE (U+202E).
    static let payload = "\u{1B}[2J\u{1B}]52;c;cGF5bG9hZA==\u{07}\u{1B}]8;;http://x\u{1B}\\l\u{1B}]8;;\u{1B}\\"
        + "\u{1B}P1$qm\u{1B}\\\u{07}\u{08}\r\u{00}\u{7F}\u{9B}31m\u{202E}Z"

    /// The payload as the body of a JSON string literal.
    static var jsonPayload: String {
        payload.unicodeScalars.map { s -> String in
            switch s {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            default: return s.value < 0x20 || (0x7F...0x9F).contains(s.value) || s.value == 0x202E
                ? String(format: "\\u%04x", s.value) : String(s)
            }
        }.joined()
    }

    /// The CLI fixture catalog with the payload in every text field: the catalog's name, skill and
    /// provider names, role titles and summaries, credential titles, summaries, formats and URLs.
    static let catalog: String = {
        let p = jsonPayload
        let directory = CLIRunner.catalog(replacing: "catalog.json", with: #"{"name": "evil\#(p)", "version": "1", "currency": "USD"}"#)
        CLIRunner.write(directory + "/skills.json", #"""
        [{"id": "sql", "name": "SQL\#(p)", "category": "Data\#(p)", "description": "d\#(p)"}, {"id": "excel", "name": "Excel", "category": "Data"}]
        """#)
        CLIRunner.write(directory + "/providers.json", #"""
        [{"id": "coursera", "name": "Coursera\#(p)", "kind": "platform", "url": "https://c.example/\#(p)"}, {"id": "udemy", "name": "Udemy", "kind": "platform"}]
        """#)
        CLIRunner.write(directory + "/roles.json", #"""
        [{"id": "data-analyst", "title": "Data Analyst\#(p)", "summary": "s\#(p)", "requires": [{"skill": "sql", "level": 2}]}]
        """#)
        CLIRunner.write(directory + "/credentials/all.json", #"""
        [{"id": "sql-intro", "title": "Intro\#(p)", "summary": "sum\#(p)", "format": "f\#(p)", "url": "javascript:alert(1)\#(p)", "provider": "coursera", "type": "course", "hours": 10, "price": 0, "skills": [{"skill": "sql", "level": 2}]}]
        """#)
        return directory
    }()

    /// Whether `text` holds a byte or character a terminal would act on (ESC, BEL, BS, CR, NUL,
    /// DEL, any C0 but newline and tab, C1, bidirectional controls).
    static func unsafe(_ text: String) -> [String] {
        text.unicodeScalars.filter { s in
            let v = s.value
            return (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v)
                || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }.map { String(format: "U+%04X", $0.value) }
    }

    let cli: CLIRunner = {
        var cli = CLIRunner()
        cli.environment["SKILLPATH_CATALOG"] = SanitizedOutputTests.catalog
        return cli
    }()

    /// Runs a command and checks both streams are clean; returns the result for more checks.
    @discardableResult
    func clean(_ arguments: [String], environment: [String: String] = [:],
               sourceLocation: SourceLocation = #_sourceLocation) throws -> CLIRunner.Result {
        let result = try cli.run(arguments, extraEnvironment: environment)
        #expect(Self.unsafe(result.stdout).isEmpty, "stdout of \(arguments): \(Self.unsafe(result.stdout))", sourceLocation: sourceLocation)
        #expect(Self.unsafe(result.stderr).isEmpty, "stderr of \(arguments): \(Self.unsafe(result.stderr))", sourceLocation: sourceLocation)
        return result
    }

    @Test func theCatalogLoadsWithItsPayloads() throws {
        let result = try clean(["catalog", "check"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("evil") && result.stdout.contains("\u{FFFD}"))
    }

    @Test func catalogCommands() throws {
        #expect(try clean(["catalog", "list"]).stdout.contains("Intro\u{FFFD}"))
        #expect(try clean(["catalog", "search", "intro"]).stdout.contains("Intro\u{FFFD}"))
        #expect(try clean(["catalog", "search", "sql"]).stdout.contains("SQL\u{FFFD}"))
        for id in ["sql-intro", "sql", "coursera", "data-analyst"] {
            #expect(try clean(["catalog", "show", id]).status == 0)
        }
    }

    @Test func catalogCheckOfBadIdsEchoesThemSafely() throws {
        let bad = CLIRunner.catalog(replacing: "credentials/all.json", with: #"""
        [{"id": "x\#(Self.jsonPayload)", "title": "T", "provider": "nowhere\#(Self.jsonPayload)", "type": "course", "hours": 1, "price": 0, "skills": [{"skill": "q\#(Self.jsonPayload)", "level": 1}]}]
        """#)
        let check = try clean(["catalog", "check", "--catalog", bad])
        #expect(check.status == 65)
        #expect(try clean(["catalog", "list", "--catalog", bad]).status == 65)
    }

    @Test func rolesAndRole() throws {
        #expect(try clean(["roles"]).stdout.contains("Data Analyst\u{FFFD}"))
        #expect(try clean(["role", "data-analyst"]).stdout.contains("Data Analyst\u{FFFD}"))
    }

    @Test func planInEveryFormat() throws {
        #expect(try clean(["plan", "--role", "data-analyst"]).stdout.contains("Intro\u{FFFD}"))
        let markdown = try clean(["plan", "--role", "data-analyst", "--format", "markdown"]).stdout
        #expect(markdown.contains("Intro\u{FFFD}") && !markdown.contains("](javascript"), "links only http(s)")
        let json = try clean(["plan", "--role", "data-analyst", "--format", "json"]).stdout
        #expect(json.contains("\\u001b[2J") && json.contains("\\u009b") && json.contains("\\u202e"))
    }

    @Test func savedPlans() throws {
        #expect(try clean(["plan", "--role", "data-analyst", "--save", "mine"]).status == 0)
        #expect(try clean(["plans", "list"]).stdout.contains("mine"))
        // Without the catalog the saved plan's own text is shown.
        #expect(try clean(["plans", "show", "mine", "--catalog", "/nonexistent"]).stdout.contains("Intro\u{FFFD}"))
        #expect(try clean(["plans", "show", "mine"]).status == 0)
        #expect(try clean(["plans", "export", "mine", "--format", "markdown"]).stdout.contains("Intro\u{FFFD}"))
        let json = try clean(["plans", "export", "mine", "--format", "json"]).stdout
        #expect(json.contains("\\u001b") && json.contains("\\u202e"))
    }

    @Test func profileShow() throws {
        try FileManager.default.createDirectory(atPath: cli.home, withIntermediateDirectories: true)
        CLIRunner.write(cli.home + "/profile.json", #"""
        {"targetRole": "r\#(Self.jsonPayload)", "skills": {"s\#(Self.jsonPayload)": 2}, "earned": ["e\#(Self.jsonPayload)"], "excludeProviders": ["p\#(Self.jsonPayload)"]}
        """#)
        let text = try clean(["profile", "show"])
        #expect(text.status == 0 && text.stdout.contains("r\u{FFFD}"), "\(text.stdout)\(text.stderr)")
        let json = try clean(["profile", "show", "--format", "json"])
        #expect(json.stdout.contains("\\u001b") && json.stdout.contains("\\u202e"))
    }

    @Test func errorMessagesEchoArgumentsSafely() throws {
        let p = Self.payload.replacingOccurrences(of: "\u{00}", with: "")  // NUL cannot be in an argument
        #expect(try clean(["catalog", "show", "x" + p]).status == 64)
        #expect(try clean(["role", "x" + p]).status == 64)
        #expect(try clean(["plan", "--role", "x" + p]).status == 64)
        #expect(try clean(["plan", "--role", "data-analyst", "--start", p]).status == 64)
        #expect(try clean(["catalog", "list", "--provider", p]).status == 64)
        #expect(try clean(["plans", "show", "x" + p]).status != 0)
        #expect(try clean(["catalog", "--bogus" + p]).status == 64)
        #expect(try clean(["catalog", "check", "--catalog", "/nonexistent/" + p]).status == 66)
    }

    @Test func withColourOnlyOurOwnStylesAreWritten() throws {
        let color = ["CLICOLOR_FORCE": "1"]
        for arguments in [["role", "data-analyst"], ["plan", "--role", "data-analyst"], ["catalog", "show", "sql-intro"]] {
            let result = try cli.run(arguments, extraEnvironment: color)
            // Take out our SGR sequences; nothing unsafe may remain.
            var rest = result.stdout
            for sgr in ["\u{1B}[0m", "\u{1B}[1m", "\u{1B}[2m", "\u{1B}[31m", "\u{1B}[32m"] { rest = rest.replacingOccurrences(of: sgr, with: "") }
            #expect(Self.unsafe(rest).isEmpty, "\(arguments): \(Self.unsafe(rest))")
            #expect(Self.unsafe(result.stderr).isEmpty)
        }
        // The role's title carries ESC [2J: it must not come through even though colour is on.
        let role = try cli.run(["role", "data-analyst"], extraEnvironment: color)
        #expect(role.stdout.contains("\u{1B}[1m") && !role.stdout.contains("\u{1B}[2J"))
    }
}
