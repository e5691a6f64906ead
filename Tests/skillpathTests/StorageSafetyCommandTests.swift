import Foundation
import Testing

/// The command line on a hostile or shared data home: invalid UTF-8 arguments, unusable files,
/// names that differ only in Unicode form, and renames.
@Suite struct StorageSafetyCommandTests {
    let cli = CLIRunner()

    /// Runs the binary through `sh`, so that an argument can hold bytes that are not UTF-8.
    func runRaw(_ shellArguments: String) throws -> CLIRunner.Result {
        let binary = try #require(CLIRunner.binary, "the skillpath binary this build made")
        return try cli.run([], extraEnvironment: [:], shell: "exec \"\(binary)\" \(shellArguments)")
    }

    @Test func anArgumentThatIsNotUTF8IsRefused() throws {
        try cli.run(["plan", "--role", "data-analyst", "--save", "n"]).expectSuccess()
        let result = try runRaw("plans show \"$(printf 'n\\377')\"")
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("not valid UTF-8"))
        let rename = try runRaw("plans rename n \"$(printf 'n\\377')\"")
        #expect(rename.status == 64)
        let files = try FileManager.default.contentsOfDirectory(atPath: cli.home + "/plans")
        #expect(files == ["n.json"], "no n\u{FFFD}.json is made")
    }

    @Test func renamingToTheSameOrATakenNameSaysWhatToDo() throws {
        try cli.run(["plan", "--role", "data-analyst", "--save", "p"]).expectSuccess()
        try cli.run(["plan", "--role", "data-analyst", "--save", "q"]).expectSuccess()
        let same = try cli.run(["plans", "rename", "p", "p"])
        #expect(same.status == 64)
        #expect(same.stderr.contains("already named") && !same.stderr.contains("--replace"), "\(same.stderr)")
        let taken = try cli.run(["plans", "rename", "p", "q"])
        #expect(taken.status == 64)
        #expect(taken.stderr.contains("already exists") && !taken.stderr.contains("--replace"), "\(taken.stderr)")
        #expect(taken.stderr.contains("plans delete"))
        try cli.run(["plans", "rename", "p", "r"]).expectSuccess()
        let list = try FileManager.default.contentsOfDirectory(atPath: cli.home + "/plans").filter { !$0.hasPrefix(".") }.sorted()
        #expect(list == ["q.json", "r.json"])
    }

    /// kill -9 at any moment of `plans rename` leaves the plan under one name, never both, and readable.
    @Test func aKilledRenameNeverLeavesBothNames() throws {
        try cli.run(["plan", "--role", "data-analyst", "--save", "a"]).expectSuccess()
        let binary = try #require(CLIRunner.binary)
        var names = ["a", "b"]
        for i in 0..<40 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["plans", "rename", names[0], names[1]]
            process.environment = cli.environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32((i * 997) % 40_000))                  // from at once to 40 ms: before, during, after
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let files = try FileManager.default.contentsOfDirectory(atPath: cli.home + "/plans")
                .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            #expect(files.count == 1, "after kill \(i): \(files)")
            guard let file = files.first else { return }
            let current = String(file.dropLast(5))
            try cli.run(["plans", "show", current]).expectSuccess()
            names = current == "a" ? ["a", "b"] : ["b", "a"]
        }
    }

    @Test func decomposedAndComposedNamesAreOnePlan() throws {
        try cli.run(["plan", "--role", "data-analyst", "--save", "cafe\u{301}"]).expectSuccess()
        let show = try cli.run(["plans", "show", "caf\u{E9}"])
        #expect(show.status == 0, "\(show.stderr)")
        let again = try cli.run(["plan", "--role", "data-analyst", "--save", "caf\u{E9}"])
        #expect(again.status == 64, "the same name in another form is taken")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.home + "/plans") == ["caf\u{E9}.json"])
    }

    @Test(arguments: ["rtl\u{202E}name", "esc\u{1B}[2Jname", "c1\u{9B}name"])
    func controlAndBidiNamesAreRefused(name: String) throws {
        let result = try cli.run(["plan", "--role", "data-analyst", "--save", name])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(!result.stderr.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" || $0 == "\u{9B}" })
    }

    @Test func aFIFOAtProfileJSONIsRefusedNotWaitedOn() throws {
        try FileManager.default.createDirectory(atPath: cli.home, withIntermediateDirectories: true)
        #expect(mkfifo(cli.home + "/profile.json", 0o600) == 0)
        let start = Date()
        let result = try cli.run(["profile", "show"])
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("profile.json") && result.stderr.contains("not a regular file"))
    }

    @Test func aLockSymlinkIsRefused() throws {
        try FileManager.default.createDirectory(atPath: cli.home, withIntermediateDirectories: true)
        let target = cli.home + "-planted"
        try FileManager.default.createSymbolicLink(atPath: cli.home + "/.lock", withDestinationPath: target)
        let result = try cli.run(["profile", "set", "--skill", "sql=2"])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains(".lock") && result.stderr.contains("symbolic link"))
        #expect(!FileManager.default.fileExists(atPath: target))
    }
}
