import Foundation
import Testing

/// One command-line vocabulary (issue 8, sections 2 and 6): number flags checked against their
/// ranges, the options `plan` and `profile set` share, mistyped commands, and messages that help.
@Suite struct CommandLineVocabularyTests {
    let cli = CLIRunner()

    // MARK: Number flags: no crash, exit 64 naming the flag and its range

    @Test(arguments: [
        (["--hours-per-week", "1e-17"], "--hours-per-week", "from 0.1 to 168"),
        (["--hours-per-week", "5e-324"], "--hours-per-week", "from 0.1 to 168"),
        (["--hours-per-week", "169"], "--hours-per-week", "from 0.1 to 168"),
        (["--budget", "1e17"], "--budget", "10000000000"),
        (["--budget", "1e309"], "--budget", "out of range"),
        (["--hour-value", "1e300"], "--hour-value", "10000"),
    ])
    func outOfRangeNumbersExit64WithTheRange(flag: [String], name: String, range: String) throws {
        for command in [["plan", "--role", "data-analyst"], ["profile", "set"]] {
            let result = try cli.run(command + flag)
            #expect(result.status == 64, "\(command + flag): \(result.stderr)")
            #expect(result.stderr.contains(name) && result.stderr.contains(range), "\(command + flag): \(result.stderr)")
            #expect(!result.stderr.contains("not inf") && !result.stderr.contains("Missing value"), "\(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: cli.home + "/profile.json"), "a refused value was saved")
    }

    @Test(arguments: ["1e11", "18446744073", "0", "-1"])
    func timeLimitOutOfRangeExits64(seconds: String) throws {
        let result = try cli.run(["plan", "--role", "data-analyst", "--time-limit", seconds])
        #expect(result.status == 64, "\(seconds): \(result.stderr)")
        #expect(result.stderr.contains("--time-limit") && result.stderr.contains("from 0.001 to 86400"), "\(result.stderr)")
    }

    @Test(arguments: [["--budget", "-1"], ["--hours-per-week", "-5"], ["--hour-value", "-2"]])
    func negativeNumbersSayTheBoundNotMissingValue(flag: [String]) throws {
        for command in [["plan", "--role", "data-analyst"], ["profile", "set"]] {
            let result = try cli.run(command + flag)
            #expect(result.status == 64, "\(command + flag): \(result.stderr)")
            #expect(result.stderr.contains("must be ≥"), "\(command + flag): \(result.stderr)")
            #expect(!result.stderr.contains("Missing value"), "\(result.stderr)")
        }
    }

    @Test(arguments: ["0x10", "inf", "nan", "+5", "1,5", "5h", " 5", ""])
    func onlyPlainDecimalsAreNumbers(text: String) throws {
        let result = try cli.run(["plan", "--role", "data-analyst", "--hours-per-week", text])
        #expect(result.status == 64, "\(text): \(result.stderr)")
        #expect(result.stderr.contains("--hours-per-week") && result.stderr.contains("plain decimal"), "\(text): \(result.stderr)")
    }

    @Test func plainDecimalsInRangeAreTaken() throws {
        let result = try cli.run(["plan", "--role", "data-analyst", "--hours-per-week", "12.5", "--budget", "1e3",
                                  "--hour-value", ".5", "--time-limit", "30", "--start", "2027-01-04", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test(arguments: ["+202-01-01", "202-01-01", "2027-1-04", "2027-02-30", "tomorrow", "２０２７-01-04"])
    func startTakesOnlyAFourDigitDateOrToday(text: String) throws {
        for command in [["plan", "--role", "data-analyst"], ["profile", "set"]] {
            let result = try cli.run(command + ["--start", text])
            #expect(result.status == 64, "\(command) --start \(text): \(result.stderr)")
            #expect(result.stderr.contains("YYYY-MM-DD") && result.stderr.contains("today"), "\(result.stderr)")
        }
    }

    // MARK: `plan` and `profile set` share their options

    @Test func startTodayAndAccreditedOnlyWorkOnBothCommands() throws {
        let plan = try cli.run(["plan", "--role", "data-analyst", "--start", "today", "--accredited-only", "--format", "json"])
        #expect(plan.status == 3, "no fixture credential is accredited: \(plan.stderr)")
        let set = try cli.run(["profile", "set", "--start", "2027-01-04", "--accredited-only", "--budget", "500"])
        #expect(set.status == 0, "\(set.stderr)")
        var profile = try #require(try cli.json(["profile", "show", "--format", "json"]).1 as? [String: Any])
        #expect(profile["accreditedOnly"] as? Bool == true && profile["startDate"] as? String == "2027-01-04")
        let unset = try cli.run(["profile", "set", "--start", "today", "--no-accredited-only"])
        #expect(unset.status == 0, "\(unset.stderr)")
        profile = try #require(try cli.json(["profile", "show", "--format", "json"]).1 as? [String: Any])
        #expect(profile["accreditedOnly"] as? Bool == false && profile["startDate"] == nil)
        #expect(profile["budget"] as? Double == 500, "options not given are kept")
        // The saved profile's setting is overridden by plan's inverted flag.
        try cli.run(["profile", "set", "--accredited-only"]).expectSuccess()
        let planAll = try cli.run(["plan", "--role", "data-analyst", "--no-accredited-only", "--format", "json"])
        #expect(planAll.status == 0, "\(planAll.stderr)")
    }

    @Test func bothCommandsListTheSameSettings() throws {
        let shared = ["--hours-per-week", "--budget", "--hour-value", "--objective", "--start", "--accredited-only/--no-accredited-only",
                      "--exclude-provider", "--have", "--skill"]
        let plan = try cli.run(["plan", "--help"]).stdout, set = try cli.run(["profile", "set", "--help"]).stdout
        for option in shared {
            #expect(plan.contains(option), "plan --help lacks \(option)")
            #expect(set.contains(option), "profile set --help lacks \(option)")
        }
    }

    @Test func profileSetWithNoOptionsChangesNothing() throws {
        let result = try cli.run(["profile", "set"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Nothing changed"))
        #expect(!FileManager.default.fileExists(atPath: cli.home + "/profile.json"))
    }

    // MARK: Messages that help

    @Test func emptyCatalogIsRefused() throws {
        let result = try cli.run(["roles", "--catalog", ""])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--catalog") && result.stderr.contains("empty"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: [["--catalog", "/nonexistent/skillpath-dir"], ["/nonexistent/skillpath-dir"]])
    func checkingAMissingFolderReportsOnStandardError(how: [String]) throws {
        let result = try cli.run(["catalog", "check"] + how)
        #expect(result.status == 66)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("/nonexistent/skillpath-dir") && result.stderr.contains("no such catalog directory"))
    }

    /// `catalog check DIR` checks DIR, as `--catalog DIR` does; naming it both ways is refused.
    @Test func checkTakesTheFolderAsAnArgument() throws {
        let result = try cli.run(["catalog", "check", CLIRunner.fixtureCatalog])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("0 errors"))
        let both = try cli.run(["catalog", "check", CLIRunner.fixtureCatalog, "--catalog", CLIRunner.fixtureCatalog])
        #expect(both.status == 64 && both.stderr.contains("not both"), "\(both.stderr)")
    }

    @Test func aProfileThatIsADirectorySaysSo() throws {
        let directory = NSTemporaryDirectory() + "skillpath-dir-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for command in [["plan", "--role", "data-analyst", "--profile", directory], ["profile", "set", "--from-file", directory]] {
            let result = try cli.run(command)
            #expect(result.status == 66, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("is a directory") && !result.stderr.contains("permissions"), "\(result.stderr)")
        }
    }

    @Test func renameNeverSuggestsReplace() throws {
        try cli.run(["plan", "--role", "data-analyst", "--save", "p"]).expectSuccess()
        try cli.run(["plan", "--role", "data-analyst", "--save", "q"]).expectSuccess()
        let same = try cli.run(["plans", "rename", "p", "p"])
        #expect(same.status == 64 && same.stderr.contains("already named that") && !same.stderr.contains("--replace"), "\(same.stderr)")
        let taken = try cli.run(["plans", "rename", "p", "q"])
        #expect(taken.status == 64 && taken.stderr.contains("plans delete \"q\"") && !taken.stderr.contains("--replace"), "\(taken.stderr)")
    }

    // MARK: Mistyped commands

    @Test(arguments: [
        (["roels"], "unknown command 'roels'; did you mean 'roles'?"),
        (["pln", "--role", "x"], "did you mean 'plan'?"),
        (["catalog", "serch", "sql"], "unknown command 'serch' for 'skillpath catalog'; did you mean 'search'?"),
        (["plans", "lst"], "did you mean 'list'?"),
        (["profile", "sett", "--budget", "5"], "did you mean 'set'?"),
        (["frobnicate"], "the commands are: tui, plan, roles"),
    ])
    func mistypedCommandsGetADidYouMean(arguments: [String], message: String) throws {
        let result = try cli.run(arguments)
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(result.stderr.hasPrefix("Error: unknown command '"), "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        #expect(!result.stderr.contains("Usage:"), "it must not end in tui's usage: \(result.stderr)")
    }

    @Test func optionsStillGoToTheDefaultCommand() throws {
        // `skillpath --catalog DIR` opens the interface: without a terminal that is status 2, not a usage error.
        let result = try cli.run(["--catalog", CLIRunner.fixtureCatalog])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(!result.stderr.contains("unknown command"))
        let bare = try cli.run([])
        #expect(bare.status == 2, "\(bare.stderr)")
    }

    @Test(arguments: [["plan", "--role", "data-analyst", "--budget", "1\u{1B}]52;c;SGVsbG8=\u{07}"],
                      ["plan", "--role", "data-analyst", "--start", "\u{1B}[2J"],
                      ["plan", "--role", "data-analyst", "--objective", "c\u{9B}2Jost"],
                      ["roles", "--no-such\u{202E}flag"]])
    func echoedArgumentsAreSanitised(arguments: [String]) throws {
        let result = try cli.run(arguments)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("Error: "), "\(result.stderr)")
        #expect(!result.stderr.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{9B}" || $0 == "\u{202E}" },
                "\(result.stderr.debugDescription)")
        #expect(result.stderr.contains("\u{FFFD}"))
    }

    @Test func helpStillGoesToStandardOutput() throws {
        let result = try cli.run(["roles", "--help"])
        #expect(result.status == 0 && result.stdout.contains("USAGE") && result.stderr.isEmpty)
        let version = try cli.run(["--version"])
        #expect(version.status == 0 && !version.stdout.isEmpty)
    }

    @Test func mistypedCommandsAreShownSanitised() throws {
        let result = try cli.run(["ro\u{1B}[2Jles"])
        #expect(result.status == 64)
        #expect(!result.stderr.contains("\u{1B}"))
    }
}
