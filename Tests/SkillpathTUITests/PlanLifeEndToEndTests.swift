import Foundation
import Testing

/// Living with a plan, in tmux with the real binary: plan, mark two steps, change the hours per
/// week from the command line, see the out-of-date banner, re-plan with `r`, and find the marks and
/// their days still there; then swap a step (`a`), release the pin (`u`), re-plan, and find the
/// first plan's steps again.
@Suite(.serialized) struct PlanLifeEndToEndTests {
    /// The tiny catalog with a third required skill, Statistics, taught by a cheap primer or a
    /// dearer course (the swap).
    static func writeCatalog(into url: URL) throws -> String {
        let path = try TinyCatalog.write(into: url)
        let files: [String: String] = [
            "skills.json": #"[{"id": "sql", "name": "SQL", "category": "Data"}, {"id": "excel", "name": "Spreadsheets", "category": "Data"}, {"id": "stats", "name": "Statistics", "category": "Data"}]"#,
            "roles.json": #"[{"id": "junior-analyst", "title": "Junior Data Analyst", "onet": "15-2051.01", "requires": [{"skill": "sql", "level": 2}, {"skill": "excel", "level": 2}, {"skill": "stats", "level": 2}]}]"#,
            "credentials/stats.json": #"""
            [{"id": "stats-primer", "title": "Statistics Primer", "provider": "coursera", "type": "course", "hours": 10, "price": 19,
              "skills": [{"skill": "stats", "level": 2}]},
             {"id": "stats-r", "title": "Statistics with R", "provider": "coursera", "type": "course", "hours": 12, "price": 59,
              "skills": [{"skill": "stats", "level": 2}]}]
            """#,
        ]
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return path
    }

    /// Moves the Plan screen's cursor to the step titled `title` (its detail names it first).
    static func select(_ title: String, in session: TmuxSession) throws {
        session.send("g")
        for _ in 0..<6 {
            usleep(150_000)
            if session.screen().contains("\(title) — Coursera") || session.screen().contains("\(title) — Google") { return }
            session.send("j")
        }
        try session.waitFor("\(title) — ")
    }

    @Test(.enabled(if: EndToEndTests.tmux != nil, "tmux is not installed"))
    func marksSurviveAReplanAndASwapReleasedReturnsToTheOptimum() throws {
        let tmux = try #require(EndToEndTests.tmux)
        let binary = try EndToEndTests.builtBinary()
        let work = try TemporaryDirectory()
        let catalog = try Self.writeCatalog(into: work.url.appendingPathComponent("catalog"))
        let home = work.url.appendingPathComponent("home").path
        let session = TmuxSession(tmux: tmux, name: "skillpath-life-\(getpid())")
        defer { session.kill() }
        let env = "env SKILLPATH_HOME=\(shellQuoted(home)) SKILLPATH_CATALOG=\(shellQuoted(catalog))"
        try session.start("\(env) TERM=xterm-256color \(shellQuoted(binary)) tui; echo \"EXITED $?\"; sleep 30",
                          width: 110, height: 32, directory: work.url.path)
        // No profile yet: the guided setup opens; Esc skips it.
        try session.waitFor("Which role are you aiming for?")
        session.send("Escape")
        try session.waitFor("1 Catalog")
        session.send("2")
        try session.waitFor("Junior Data Analyst")
        session.send("Enter")
        try session.waitFor("Plan for Junior Data Analyst")
        try session.waitFor("done 0/3")
        let first = session.screen()
        #expect(first.contains("SQL Basics") && first.contains("Spreadsheet Skills") && first.contains("Statistics Primer"), "\(first)")
        #expect(!first.contains("◆ "), "nothing is pinned in a new plan")

        // Mark two steps: SQL done, the spreadsheets in progress; each records the day.
        try Self.select("SQL Basics", in: session)
        session.send("Enter", "Enter")
        try session.waitFor("· done · started ")
        try Self.select("Spreadsheet Skills", in: session)
        session.send("Enter")
        try session.waitFor("· in-progress · started ")
        try session.waitFor("done 1/3")
        #expect(!session.screen().contains("Out of date"))

        // Another writer changes the pace; the open plan says it is out of date.
        let set = shell("\(env) \(shellQuoted(binary)) profile set --hours-per-week 10 2>&1")
        #expect(set.status == 0, "\(set.output)")
        try session.waitFor("Out of date: hours per week 5 → 10 · r to re-plan")

        // Re-plan: the banner goes, the marks and their days stay.
        session.send("r")
        try session.waitFor("Re-planned")
        var screen = session.screen()
        #expect(!screen.contains("Out of date"), "\(screen)")
        #expect(screen.contains("[✓]") && screen.contains("[~]") && screen.contains("done 1/3"), "\(screen)")
        #expect(screen.contains("at 10 h/week"))
        try Self.select("Spreadsheet Skills", in: session)
        try session.waitFor("· in-progress · started ")
        try Self.select("SQL Basics", in: session)
        try session.waitFor("· done · started ")

        // Swap the primer: the list shows what the swap does to the whole plan; choosing pins it.
        try Self.select("Statistics Primer", in: session)
        session.send("a")
        try session.waitFor("Swap in instead of “Statistics Primer”")
        try session.waitFor("$59 · 12 h → +$40 · +2 h · done ")
        session.send("Enter")
        try session.waitFor("◆ Statistics with R")
        try session.waitFor("Re-planned")
        screen = session.screen()
        #expect(!screen.contains("Statistics Primer —"), "\(screen)")
        #expect(screen.contains("[✓]") && screen.contains("[~]"), "the marks stay through the swap: \(screen)")
        try Self.select("Statistics with R", in: session)
        try session.waitFor("◆ Pinned: you chose it instead of Statistics Primer")

        // Release it; r returns to the optimum: the first plan's steps, with the marks.
        session.send("u")
        try session.waitFor("Press r to re-plan to the optimum")
        #expect(!session.screen().contains("◆ Statistics with R"))
        session.send("r")
        try session.waitFor("Statistics Primer")
        try session.waitFor("Re-planned")
        screen = session.screen()
        #expect(!screen.contains("Statistics with R"), "\(screen)")
        #expect(screen.contains("SQL Basics") && screen.contains("Spreadsheet Skills") && screen.contains("Statistics Primer"), "\(screen)")
        #expect(screen.contains("[✓]") && screen.contains("[~]") && screen.contains("done 1/3"), "\(screen)")

        // Saved, the plan keeps no pin but the spreadsheets in progress, and `plans show` marks it.
        session.send("S")
        try session.waitFor("Save the plan as")
        session.answer("life")
        try session.waitFor("Saved")
        let show = shell("\(env) \(shellQuoted(binary)) plans show life 2>&1")
        #expect(show.status == 0, "\(show.output)")
        #expect(show.output.contains("Pinned: Spreadsheet Skills [sheets] (in progress)"), "\(show.output)")
        #expect(!show.output.contains("stats-r"), "\(show.output)")
    }
}
