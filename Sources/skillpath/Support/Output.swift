import Foundation
import SkillpathCore

/// Writing to standard output and standard error, with colour only for a colour terminal.
enum Output {
    /// Prints text to standard output as is (add the newline yourself when it has none).
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Prints one line to standard error.
    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// `Error: message` on standard error, the form ArgumentParser uses.
    static func error(_ message: String) {
        standardError("Error: " + message)
    }

    /// `warning: message` on standard error.
    static func warning(_ message: String) {
        standardError("warning: " + message)
    }

    /// Whether standard output is a terminal that wants colour: a tty, NO_COLOR unset or empty, TERM not dumb.
    static var usesColor: Bool {
        let environment = ProcessInfo.processInfo.environment
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
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

    /// ANSI styles when colour is wanted, none otherwise.
    static var style: PlanText.Style {
        guard usesColor else { return .plain }
        return PlanText.Style(heading: { "\u{1B}[1m\($0)\u{1B}[0m" }, dim: { "\u{1B}[2m\($0)\u{1B}[0m" },
                              good: { "\u{1B}[32m\($0)\u{1B}[0m" }, bad: { "\u{1B}[31m\($0)\u{1B}[0m" })
    }
}
