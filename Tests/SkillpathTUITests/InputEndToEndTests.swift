import Foundation
import Testing

/// The real binary in a real terminal (tmux): SGR mouse reports past column 223, bytes that used
/// to be misread (End as `Esc [ 4 ~`, a stray X10 mouse report), bracketed paste, and the modes
/// turned on and off again.
@Suite(.serialized) struct InputEndToEndTests {
    /// tmux's view of the pane's modes, e.g. `sgr=1 button=1`.
    func modes(_ session: TmuxSession) -> String {
        session.tmuxRun(["display", "-p", "-t", session.name, "sgr=#{mouse_sgr_flag} button=#{mouse_standard_flag}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test(.enabled(if: EndToEndTests.tmux != nil, "tmux is not installed"))
    func wideClicksEndKeyStrayReportsAndPaste() throws {
        let tmux = try #require(EndToEndTests.tmux)
        let binary = try EndToEndTests.builtBinary()
        let work = try TemporaryDirectory()
        let catalog = try TinyCatalog.write(into: work.url.appendingPathComponent("catalog"))
        let home = work.url.appendingPathComponent("home").path
        let session = TmuxSession(tmux: tmux, name: "skillpath-input-\(getpid())")
        defer { session.kill() }
        let command = "env SKILLPATH_HOME='\(home)' TERM=tmux-256color '\(binary)' tui --catalog '\(catalog)'; echo \"EXITED $?\"; sleep 30"
        try session.start(command, width: 250, height: 30, directory: work.url.path)
        // No profile yet: the guided setup opens; Esc skips it.
        try session.waitFor("Which role are you aiming for?")
        session.send("Escape")
        try session.waitFor("1 Catalog")
        #expect(modes(session) == "sgr=1 button=1", "SGR mouse reporting is on")

        // A double click at column 241 (past X10's limit of 223) on the Profile's hours row opens its prompt.
        session.send("3")
        try session.waitFor("Hours per week")
        let row = try #require(session.screen().split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("Hours per week") })
        let click = "\u{1B}[<0;241;\(row + 1)M\u{1B}[<0;241;\(row + 1)m"
        session.type(click + click)
        try session.waitFor("Study hours per week")
        // The pre-filled hours are selected: typing replaces them.
        session.type("8")
        session.send("Enter")
        try session.waitFor("Hours per week                     8")

        // End as tmux's terminfo sends it, a stray X10 report, an unknown sequence: no screen change, mouse still on.
        session.type("\u{1B}[4~")
        session.type("\u{1B}[M#!!")
        session.type("\u{1B}[2~\u{1B}[I\u{1B}[O")
        try session.waitFor("Enter chooses providers")   // End went to the last row.
        #expect(session.screen().contains("Your profile"), "still on the Profile screen")
        #expect(!session.screen().contains("Mouse off"))
        #expect(modes(session) == "sgr=1 button=1")

        // A bracketed paste goes into the search as text, not as commands.
        session.send("1")
        try session.waitFor("4 of 4")
        session.send("/")
        session.tmuxRun(["set-buffer", "-b", "p", "sql\n"])
        session.tmuxRun(["paste-buffer", "-p", "-b", "p", "-t", session.name])
        try session.waitFor("2 of 4")
        #expect(session.screen().contains("Search: sql"))

        // The wheel moves the list's selection: the detail pane (right of the bar) shows another credential, then the first again.
        session.send("Escape")
        try session.waitFor("4 of 4")
        func detailTitle() -> String {
            let line = session.screen().split(separator: "\n", omittingEmptySubsequences: false).dropFirst().first ?? ""
            return line.split(separator: "│").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        }
        let first = detailTitle()
        #expect(!first.isEmpty)
        session.type("\u{1B}[<65;10;5M")
        try waitUntil { detailTitle() != first }
        session.type("\u{1B}[<64;10;5M")
        try waitUntil { detailTitle() == first }

        // M turns reporting off; quitting leaves every mode off.
        session.send("M")
        try session.waitFor("Mouse off")
        #expect(modes(session) == "sgr=0 button=0")
        // A report that still arrives while the mouse is off does nothing.
        session.send("3")
        try session.waitFor("Hours per week")
        session.type(click + click)
        usleep(500_000)
        #expect(!session.screen().contains("Study hours per week"), "no click while the mouse is off")
        session.send("M", "q")
        try session.waitFor("EXITED 0")
        #expect(modes(session) == "sgr=0 button=0")
    }

    /// Polls `condition` for up to 15 seconds.
    func waitUntil(_ condition: () -> Bool, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline {
            if condition() { return }
            usleep(50_000)
        }
        Issue.record("the condition never held", sourceLocation: sourceLocation)
        throw TmuxSession.WaitFailure()
    }
}
