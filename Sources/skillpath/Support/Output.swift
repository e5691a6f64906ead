import Foundation
import SkillpathCore

/// Writing to standard output and standard error, with colour only for a colour terminal.
///
/// Nothing reaches either stream without passing ``Sanitizer``: untrusted fields are sanitised
/// where they are formatted, and these sinks check whole texts again as a last resort. Standard
/// error carries no styling, so every unsafe character in it is replaced; standard output keeps
/// exactly the escape sequences of ``style`` (``styleSequences``) and nothing else.
enum Output {
    /// Prints text to standard output (add the newline yourself when it has none).
    static func write(_ text: String) {
        let safe = usesColor ? Sanitizer.text(text, keeping: styleSequences) : Sanitizer.text(text)
        FileHandle.standardOutput.write(Data(safe.utf8))
    }

    /// Prints an iCalendar document (``PlanCalendar``): its CRLF line ends kept, each line sanitised.
    static func writeCRLF(_ text: String) {
        let safe = text.components(separatedBy: ICalendarText.lineEnd).map { Sanitizer.text($0) }.joined(separator: ICalendarText.lineEnd)
        FileHandle.standardOutput.write(Data(safe.utf8))
    }

    /// Prints bytes already sanitised by their formatter (``PlanExport``) as they are.
    static func writeRaw(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    /// Prints one line to standard error.
    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((Sanitizer.text(line) + "\n").utf8))
    }

    /// `Error: message` on standard error, the form ArgumentParser uses.
    static func error(_ message: String) {
        standardError("Error: " + message)
    }

    /// `warning: message` on standard error.
    static func warning(_ message: String) {
        standardError("warning: " + message)
    }

    /// Whether standard output wants colour: NO_COLOR unset or empty and TERM not dumb, and either
    /// a tty or CLICOLOR_FORCE set (to something other than 0).
    static var usesColor: Bool {
        let environment = ProcessInfo.processInfo.environment
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        if let force = environment["CLICOLOR_FORCE"], !force.isEmpty, force != "0" { return true }
        return isatty(STDOUT_FILENO) == 1
    }

    /// The width to lay text out in: the terminal's (at most 100) when it is one, else 80.
    static var width: Int {
        if isatty(STDOUT_FILENO) == 1 {
            var size = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 { return min(Int(size.ws_col), 100) }
        }
        return 80
    }

    /// The width to cut the lines of a text list to: the terminal's, or nil (never cut) when
    /// standard output is a file or a pipe, so that `grep` and `cut` see whole ids and titles.
    static var listWidth: Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 { return Int(size.ws_col) }
        return 80
    }

    /// The SGR sequences of ``style``: the only escape sequences the program writes to standard output.
    enum SGR {
        static let reset = "\u{1B}[0m", bold = "\u{1B}[1m", dim = "\u{1B}[2m", red = "\u{1B}[31m", green = "\u{1B}[32m"
    }

    /// Every sequence of ``SGR``, which ``write(_:)`` lets through when colour is on.
    static let styleSequences = [SGR.reset, SGR.bold, SGR.dim, SGR.red, SGR.green]

    /// ANSI styles when colour is wanted, none otherwise.
    static var style: PlanText.Style {
        guard usesColor else { return .plain }
        return PlanText.Style(heading: { SGR.bold + $0 + SGR.reset }, dim: { SGR.dim + $0 + SGR.reset },
                              good: { SGR.green + $0 + SGR.reset }, bad: { SGR.red + $0 + SGR.reset })
    }
}
