import Foundation
import Testing

/// Drives the real `skillpath` binary in tmux, as a person would: browse, search, pick a role,
/// plan, step through, save, quit, restart, open the saved plan, resize.
///
/// The tmux test shows as skipped when tmux is not installed. The binary is the one this build made,
/// beside the test bundle, never one found on `PATH`; when it is missing the tests fail.
@Suite(.serialized) struct EndToEndTests {
    static let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The `skillpath` built next to the test bundle.
    static var binary: String? {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("skillpath").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }

    /// ``binary``, or a recorded failure saying to build it: a missing binary fails the test.
    static func builtBinary(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try #require(binary, "the skillpath binary was not found next to the tests; build it first", sourceLocation: sourceLocation)
    }

    @Test(.enabled(if: EndToEndTests.tmux != nil, "tmux is not installed"))
    func browsePlanSaveReopenResize() throws {
        let tmux = try #require(Self.tmux)
        let binary = try Self.builtBinary()
        let work = try TemporaryDirectory()
        let catalog = try TinyCatalog.write(into: work.url.appendingPathComponent("catalog"))
        let home = work.url.appendingPathComponent("home").path
        let session = TmuxSession(tmux: tmux, name: "skillpath-e2e-\(getpid())")
        defer { session.kill() }
        let command = "env SKILLPATH_HOME='\(home)' TERM=xterm-256color '\(binary)' tui --catalog '\(catalog)'; echo \"EXITED $?\"; sleep 30"

        // Browse and search.
        try session.start(command, width: 100, height: 30, directory: work.url.path)
        // No profile yet: the guided setup opens; Esc skips it (FirstRunEndToEndTests walks it).
        try session.waitFor("Which role are you aiming for?")
        session.send("Escape")
        try session.waitFor("1 Catalog")
        try session.waitFor("Setup skipped")
        session.send("j", "j")
        session.send("/")
        session.type("sql")
        try session.waitFor("2 of 4")
        try session.waitFor("SQL Basics")
        #expect(!session.screen().contains("Spreadsheet Skills"), "the search hides what does not match")
        session.send("Escape")
        try session.waitFor("4 of 4")

        // Help from the key table.
        session.send("?")
        try session.waitFor("Keys — Esc closes")
        session.send("Escape")

        // Pick a role; its best plan is computed in the background.
        session.send("2")
        try session.waitFor("Junior Data Analyst")
        try session.waitFor("$49")
        session.send("Enter")
        try session.waitFor("Plan for Junior Data Analyst")
        try session.waitFor("finish")
        #expect(session.screen().contains("SQL Basics"))

        // Step through.
        session.send("Enter")
        try session.waitFor("[~]")
        session.send("Enter")
        try session.waitFor("[✓]")

        // Save under a typed name.
        session.send("S")
        try session.waitFor("Save the plan as")
        session.answer("e2e plan")
        try session.waitFor("Saved as “e2e plan”")

        // Quit: nothing unsaved, so no question.
        session.send("q")
        try session.waitFor("EXITED 0")
        session.kill()

        // Restart and open the saved plan.
        try session.start(command, width: 100, height: 30, directory: work.url.path)
        try session.waitFor("1 Catalog")
        session.send("5")
        try session.waitFor("e2e plan")
        try session.waitFor("1/")
        session.send("Enter")
        try session.waitFor("Plan for Junior Data Analyst")
        try session.waitFor("[✓]")

        // Resize: compact layout, too small, back.
        session.resize(width: 70, height: 20)
        try session.waitFor("[✓]")
        #expect(session.screen().split(separator: "\n").allSatisfy { $0.count <= 70 })
        session.resize(width: 30, height: 10)
        try session.waitFor("Terminal too small")
        session.send("2")
        session.resize(width: 100, height: 30)
        try session.waitFor("Plan for Junior Data Analyst")
        #expect(!session.screen().contains("Terminal too small"))

        // Changing a step and quitting asks first.
        session.send("Enter")
        try session.waitFor("(changed)")
        session.send("q")
        try session.waitFor("Quit anyway?")
        session.send("y")
        try session.waitFor("EXITED 0")
        #expect(!session.screen().contains("Plan for"), "the terminal is restored (the alternate screen is gone)")
    }

    @Test func withoutATerminalItSaysSoAndExitsWithStatus2() throws {
        let binary = try Self.builtBinary()
        let work = try TemporaryDirectory()
        let catalog = try TinyCatalog.write(into: work.url.appendingPathComponent("catalog"))
        let result = shell("\(shellQuoted(binary)) tui --catalog \(shellQuoted(catalog)) </dev/null 2>&1 >/dev/null")
        let message = result.output
        #expect(result.status == 2)
        #expect(message.contains("needs a terminal"))
    }
}

/// A temporary directory removed when the value goes away.
final class TemporaryDirectory {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("skillpath-tui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }
}

/// A tmux session running one command.
struct TmuxSession {
    let tmux: String
    let name: String

    /// Runs tmux and returns its output. Uses popen/pclose (waitpid), not Foundation's Process, so it
    /// works even where the parent has blocked SIGCHLD.
    @discardableResult
    func tmuxRun(_ arguments: [String]) -> String {
        // A private server (-L) so the test never touches the user's own tmux sessions.
        shell(([tmux, "-L", name] + arguments).map(shellQuoted).joined(separator: " ") + " 2>/dev/null").output
    }

    func start(_ command: String, width: Int, height: Int, directory: String) throws {
        tmuxRun(["kill-server"])
        tmuxRun(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", "-c", directory, command])
    }

    func send(_ keys: String...) { tmuxRun(["send-keys", "-t", name] + keys) }
    func type(_ text: String) { tmuxRun(["send-keys", "-t", name, "-l", text]) }
    /// Clears the prompt, types `text` and presses Enter.
    func answer(_ text: String) {
        send("C-u")
        type(text)
        send("Enter")
    }
    func screen() -> String { tmuxRun(["capture-pane", "-p", "-t", name]) }
    func resize(width: Int, height: Int) { tmuxRun(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"]) }
    func kill() { tmuxRun(["kill-server"]) }

    /// Waits until the screen shows `text` (polling; gives up after 15 s with the screen in the error).
    func waitFor(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let deadline = Date().addingTimeInterval(15)
        var last = ""
        while Date() < deadline {
            last = screen()
            if last.contains(text) { return }
            usleep(50_000)
        }
        Issue.record("“\(text)” never appeared; the screen was:\n\(last)", sourceLocation: sourceLocation)
        throw WaitFailure()
    }

    struct WaitFailure: Error {}
}

/// A four-credential catalog written as files, for the end-to-end test.
enum TinyCatalog {
    static func write(into url: URL) throws -> String {
        let files: [String: String] = [
            "catalog.json": #"{"name": "tiny", "version": "1", "currency": "USD"}"#,
            "skills.json": #"[{"id": "sql", "name": "SQL", "category": "Data"}, {"id": "excel", "name": "Spreadsheets", "category": "Data"}]"#,
            "providers.json": #"[{"id": "coursera", "name": "Coursera", "kind": "platform"}, {"id": "google", "name": "Google", "kind": "employer"}]"#,
            "roles.json": #"[{"id": "junior-analyst", "title": "Junior Data Analyst", "onet": "15-2051.01", "requires": [{"skill": "sql", "level": 2}, {"skill": "excel", "level": 2}]}]"#,
            "credentials/all.json": #"""
            [{"id": "sql-basics", "title": "SQL Basics", "provider": "coursera", "type": "course", "hours": 20, "price": 49,
              "skills": [{"skill": "sql", "level": 2}]},
             {"id": "sql-deep", "title": "SQL in Depth", "provider": "coursera", "type": "course", "hours": 60, "price": 199,
              "skills": [{"skill": "sql", "level": 3}], "requires": ["sql-basics"]},
             {"id": "sheets", "title": "Spreadsheet Skills", "provider": "google", "type": "course", "hours": 10, "price": 0,
              "skills": [{"skill": "excel", "level": 2}]},
             {"id": "sheets-pro", "title": "Spreadsheets Professional", "provider": "google", "type": "certificate", "hours": 40, "price": 99,
              "skills": [{"skill": "excel", "level": 3}]}]
            """#,
        ]
        for (name, text) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        return url.path
    }
}

/// A string quoted for /bin/sh.
func shellQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

/// Runs a /bin/sh command line; returns its standard output and exit status.
func shell(_ command: String) -> (output: String, status: Int32) {
    guard let pipe = popen(command, "r") else { return ("", -1) }
    var data = [UInt8]()
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
        let n = fread(&buffer, 1, buffer.count, pipe)
        if n <= 0 { break }
        data += buffer[0..<n]
    }
    let status = pclose(pipe)
    return (String(decoding: data, as: UTF8.self), (status >> 8) & 0xFF)
}
