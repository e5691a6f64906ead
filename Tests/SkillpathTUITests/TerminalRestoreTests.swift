import Foundation
import Testing

/// Kills the running TUI in a real terminal (tmux) with a signal, and checks the terminal it
/// leaves: main screen, cursor shown, keypad and mouse modes off, line editing and echo back on,
/// and the process gone with the signal's status (SIGQUIT ends it like SIGTERM).
@Suite(.serialized, .enabled(if: EndToEndTests.tmux != nil, "tmux is not installed"))
struct TerminalRestoreTests {
    /// A signal and where it goes: the process, or one of its threads other than the main one.
    struct Kill: Sendable, CustomTestStringConvertible {
        var signal: Int32
        var toAThread: Bool
        var testDescription: String { "signal \(signal)\(toAThread ? " to a background thread" : "")" }
    }

    @Test(arguments: [Kill(signal: SIGQUIT, toAThread: false), Kill(signal: SIGTERM, toAThread: false),
                      Kill(signal: SIGILL, toAThread: true), Kill(signal: SIGSEGV, toAThread: true)])
    func aFatalSignalRestoresTheTerminalOnce(kill: Kill) throws {
        let tmux = try #require(EndToEndTests.tmux)
        let binary = try EndToEndTests.builtBinary()
        let work = try TemporaryDirectory()
        let catalog = try TinyCatalog.write(into: work.url.appendingPathComponent("catalog"))
        let home = work.url.appendingPathComponent("home").path
        let pidFile = work.url.appendingPathComponent("pid").path
        let session = TmuxSession(tmux: tmux, name: "skillpath-restore-\(getpid())")
        defer { session.kill() }
        // The inner shell writes its pid and becomes the TUI, so the pid is the TUI's. Swift's crash
        // backtracer stays on for SIGQUIT and SIGTERM (it is what kept SIGQUIT from ending the
        // process); for the crashes it is off, as printing a debug build's backtrace takes long.
        let backtrace = kill.toAThread ? "enable=no" : "interactive=no"
        let inner = "echo $$ > \(shellQuoted(pidFile)); exec env SKILLPATH_HOME=\(shellQuoted(home)) SWIFT_BACKTRACE=\(backtrace) TERM=xterm-256color \(shellQuoted(binary)) tui --catalog \(shellQuoted(catalog))"
        let command = "sh -c \(shellQuoted(inner)); echo \"EXITED $?\"; stty -a | tr '\\n' ' '; echo; sleep 30"
        try session.start(command, width: 100, height: 30, directory: work.url.path)
        // No profile yet: the guided setup opens; Esc skips it.
        try session.waitFor("Which role are you aiming for?")
        session.send("Escape")
        try session.waitFor("1 Catalog")
        let pid = try #require(Int32((try String(contentsOfFile: pidFile, encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines)))
        if kill.toAThread {
            let threads = try FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task").compactMap { Int32($0) }.filter { $0 != pid }
            let thread = try #require(threads.first, "the TUI has no background thread to crash")
            #expect(syscall_tgkill(pid, thread, kill.signal) == 0)
        } else {
            #expect(Glibc.kill(pid, kill.signal) == 0)
        }
        try session.waitFor("EXITED \(128 + kill.signal)")
        let flags = session.tmuxRun(["display-message", "-p", "-t", session.name,
                                     "#{alternate_on} #{cursor_flag} #{keypad_flag} #{keypad_cursor_flag} #{mouse_any_flag} #{mouse_standard_flag} #{mouse_sgr_flag}"])
        #expect(flags.trimmingCharacters(in: .whitespacesAndNewlines) == "0 1 0 0 0 0 0",
                "alternate screen, cursor shown, keypad, keypad cursor, mouse any, mouse standard, mouse SGR")
        let screen = session.screen()
        let stty = screen.components(separatedBy: " ")
        #expect(stty.contains("icanon") && stty.contains("echo") && !stty.contains("-icanon") && !stty.contains("-echo"),
                "stty is restored:\n\(screen)")
        #expect(!screen.contains("1 Catalog"), "the TUI's screen is gone")
    }
}

/// Sends a signal to one thread of a process (tgkill(2), which Glibc does not wrap for Swift).
private func syscall_tgkill(_ pid: Int32, _ tid: Int32, _ signal: Int32) -> Int32 {
    shell("python3 -c 'import ctypes,sys; sys.exit(0 if ctypes.CDLL(None).syscall(234, \(pid), \(tid), \(signal)) == 0 else 1)'").status
}
