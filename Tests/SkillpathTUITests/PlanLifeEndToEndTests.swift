import Foundation
import Testing

/// Living with a plan, in tmux with the real binary: plan, mark two steps, change the hours per
/// week from the command line, see the out-of-date banner, re-plan with `r`, and find the marks and
/// their days still there.
@Suite(.serialized) struct PlanLifeEndToEndTests {
    @Test(.enabled(if: EndToEndTests.tmux != nil, "tmux is not installed"))
    func marksSurviveAReplanAfterTheProfileChanged() throws {
        let tmux = try #require(EndToEndTests.tmux)
        guard let binary = EndToEndTests.binary else {
            Issue.record("the skillpath binary was not found next to the tests; build it first")
            return
        }
        let work = try TemporaryDirectory()
        let catalog = try TinyCatalog.write(into: work.url.appendingPathComponent("catalog"))
        let home = work.url.appendingPathComponent("home").path
        let session = TmuxSession(tmux: tmux, name: "skillpath-life-\(getpid())")
        defer { session.kill() }
        let env = "env SKILLPATH_HOME=\(shellQuoted(home)) SKILLPATH_CATALOG=\(shellQuoted(catalog))"
        try session.start("\(env) TERM=xterm-256color \(shellQuoted(binary)) tui; echo \"EXITED $?\"; sleep 30",
                          width: 110, height: 32, directory: work.url.path)
        try session.waitFor("1 Catalog")
        session.send("2")
        try session.waitFor("Junior Data Analyst")
        session.send("Enter")
        try session.waitFor("Plan for Junior Data Analyst")
        try session.waitFor("done 0/2")

        // Mark two steps: the first done, the second in progress; each records the day.
        session.send("Enter", "Enter")
        try session.waitFor("[✓]")
        try session.waitFor("· done · started ")
        session.send("j", "Enter")
        try session.waitFor("[~]")
        try session.waitFor("· in-progress · started ")
        try session.waitFor("done 1/2")
        #expect(!session.screen().contains("Out of date"))

        // Another writer changes the pace; the open plan says it is out of date.
        let set = shell("\(env) \(shellQuoted(binary)) profile set --hours-per-week 10 2>&1")
        #expect(set.status == 0, "\(set.output)")
        try session.waitFor("Out of date: hours per week 5 → 10 · r to re-plan")

        // Re-plan: the banner goes, the marks and their days stay.
        session.send("r")
        try session.waitFor("Re-planned")
        let screen = session.screen()
        #expect(!screen.contains("Out of date"), "\(screen)")
        #expect(screen.contains("[✓]") && screen.contains("[~]") && screen.contains("done 1/2"), "\(screen)")
        try session.waitFor("· in-progress · started ")
        session.send("k")
        try session.waitFor("· done · started ")
        #expect(session.screen().contains("at 10 h/week"))
    }
}
