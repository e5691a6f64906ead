import Foundation
import Testing

/// A newcomer's first run in the real binary under tmux: the guided setup (role, skills, settings),
/// the plan, a step marked, a re-plan, a save, quit, and a restart that reopens where it was.
@Suite(.serialized) struct FirstRunEndToEndTests {
    @Test(.enabled(if: EndToEndTests.tmux != nil, "tmux is not installed"))
    func firstRunThenRestart() throws {
        let tmux = try #require(EndToEndTests.tmux)
        let binary = try EndToEndTests.builtBinary()
        let work = try TemporaryDirectory()
        let catalog = try TinyCatalog.write(into: work.url.appendingPathComponent("catalog"))
        // An example profile beside the catalog, as the shipped ones sit beside Catalog/.
        let examples = work.url.appendingPathComponent("Examples/profiles")
        try FileManager.default.createDirectory(at: examples, withIntermediateDirectories: true)
        try #"{"skills": {"excel": 3}, "hoursPerWeek": 4, "targetRole": "junior-analyst"}"#
            .write(to: examples.appendingPathComponent("spreadsheet-whiz.json"), atomically: true, encoding: .utf8)
        let home = work.url.appendingPathComponent("home").path
        let session = TmuxSession(tmux: tmux, name: "skillpath-firstrun-\(getpid())")
        defer { session.kill() }
        let command = "env SKILLPATH_HOME='\(home)' TERM=xterm-256color '\(binary)' tui --catalog '\(catalog)'; echo \"EXITED $?\"; sleep 30"

        // 1. The role: the example is offered; typing filters by id.
        try session.start(command, width: 100, height: 30, directory: work.url.path)
        try session.waitFor("Which role are you aiming for?")
        try session.waitFor("Start from an example: spreadsheet whiz → Junior Data Analyst")
        session.type("junior-a")
        try session.waitFor("Filter: junior-a")
        #expect(!session.screen().contains("Start from an example"), "the filter hides the example")
        session.send("Enter")

        // 2. Skills with levels: SQL ticked at the level asked (2), lowered to 1; Spreadsheets typed as 2.
        try session.waitFor("Which of these skills do you have already?")
        session.send("Space")
        try session.waitFor("[x] SQL")
        session.send("Left", "Down", "2")
        try session.waitFor("●●○○○ 2")
        session.send("Enter")

        // 3. Settings: a bad value is refused inline, then a good one.
        try session.waitFor("How do you study?")
        session.answer("0")
        try session.waitFor("out of range (from 0.1 to 168)")
        session.answer("6")

        // 4. The plan.
        try session.waitFor("Plan for Junior Data Analyst")
        try session.waitFor("finish")
        #expect(FileManager.default.fileExists(atPath: home + "/profile.json"), "the profile is saved")
        let profile = try String(contentsOfFile: home + "/profile.json", encoding: .utf8)
        #expect(profile.contains("\"junior-analyst\"") && profile.contains("\"hoursPerWeek\": 6"))

        // Mark a step, re-plan, save.
        session.send("Enter")
        try session.waitFor("[~]")
        session.send("r")
        try session.waitFor("Re-planned")
        session.send("S")
        try session.waitFor("Save the plan as")
        session.answer("first plan")
        try session.waitFor("Saved as “first plan”")
        session.send("j")

        // Quit: saved, so nothing is asked.
        session.send("q")
        try session.waitFor("EXITED 0")
        session.kill()
        #expect(FileManager.default.fileExists(atPath: home + "/session.json"))

        // Restart: no setup; back on the Plan screen with the same plan and step.
        try session.start(command, width: 100, height: 30, directory: work.url.path)
        try session.waitFor("Reopened “first plan” where you left it")
        let screen = session.screen()
        #expect(screen.contains("Plan for Junior Data Analyst") && screen.contains("“first plan”"))
        #expect(screen.contains("[~]"))
        #expect(!screen.contains("Which role are you aiming for?"))
        session.send("q")
        try session.waitFor("EXITED 0")
    }
}
