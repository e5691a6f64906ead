import Foundation
import Testing

/// The real interface in tmux and the real command line on one data home, as a learner would use
/// them side by side: neither loses the other's change, and the interface shows the change.
@Suite(.serialized) struct ExternalChangeEndToEndTests {
    @Test(.enabled(if: EndToEndTests.tmux != nil, "tmux is not installed"))
    func theCommandLineAndTheInterfaceKeepEachOthersChanges() throws {
        let tmux = try #require(EndToEndTests.tmux)
        let binary = try EndToEndTests.builtBinary()
        let work = try TemporaryDirectory()
        let catalog = try TinyCatalog.write(into: work.url.appendingPathComponent("catalog"))
        let home = work.url.appendingPathComponent("home").path
        let session = TmuxSession(tmux: tmux, name: "skillpath-e2e-external-\(getpid())")
        defer { session.kill() }
        func cli(_ arguments: String) -> (output: String, status: Int32) {
            shell("SKILLPATH_HOME=\(shellQuoted(home)) SKILLPATH_CATALOG=\(shellQuoted(catalog)) \(shellQuoted(binary)) \(arguments) 2>&1")
        }
        func profileFile() -> String { (try? String(contentsOfFile: home + "/profile.json", encoding: .utf8)) ?? "" }
        let command = "env SKILLPATH_HOME='\(home)' TERM=xterm-256color '\(binary)' tui --catalog '\(catalog)'; echo \"EXITED $?\"; sleep 30"
        try session.start(command, width: 100, height: 30, directory: work.url.path)
        // No profile yet: the guided setup opens; Esc skips it.
        try session.waitFor("Which role are you aiming for?")
        session.send("Escape")
        try session.waitFor("1 Catalog")

        // `profile set` while the interface runs: it shows up, and the interface's next `+` keeps it.
        session.send("3")
        try session.waitFor("No skills yet")
        #expect(cli("profile set --skill sql=1").status == 0)
        try session.waitFor("changed outside this window")
        #expect(!session.screen().contains("No skills yet"))
        session.send("j", "+")                             // from the target role to hours per week: 5 → 6
        let deadline = Date().addingTimeInterval(10)
        while !profileFile().contains("\"hoursPerWeek\": 6") && Date() < deadline { usleep(50_000) }
        #expect(profileFile().contains("\"hoursPerWeek\": 6"), "\(profileFile())")
        #expect(profileFile().contains("\"sql\": 1"), "the command line's skill is kept: \(profileFile())")

        // `plans mark` while the plan is open: it shows up, and the interface's save keeps it.
        session.send("2")
        try session.waitFor("Junior Data Analyst")
        session.send("Enter")
        try session.waitFor("Plan for Junior Data Analyst")
        try session.waitFor("Spreadsheet Skills")
        session.send("S")
        try session.waitFor("Save the plan as")
        session.send("Enter")
        try session.waitFor("Saved as “junior-analyst”")
        #expect(cli("plans mark junior-analyst sheets done").status == 0)
        try session.waitFor("[✓]")
        session.send("Enter")                              // the first step, here: to do → in progress
        try session.waitFor("[~]")
        session.send("S")
        try session.waitFor("Save the plan as")
        session.send("Enter")
        try session.waitFor("Saved as “junior-analyst”")
        let shown = cli("plans export junior-analyst --format json").output
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(shown.utf8)) as? [String: Any], "\(shown)")
        let progress = (plan["steps"] as? [[String: Any]] ?? []).reduce(into: [String: String]()) {
            $0[$1["credential"] as? String ?? ""] = $1["status"] as? String
        }
        #expect(progress == ["sql-basics": "in-progress", "sheets": "done"], "\(shown)")
        session.send("q")
        try session.waitFor("EXITED 0")
    }
}
