import Foundation

/// A progress line on standard error while a batch runs, when standard error is a terminal.
final class BatchProgress: @unchecked Sendable {
    private let enabled: Bool
    private let lock = NSLock()
    private var done = 0
    private var failed = 0
    private var shown = false
    private var lastShown = Date.distantPast
    private let started = Date()

    init(enabled: Bool) { self.enabled = enabled }

    /// Counts one answer written, and redraws the line at most ten times a second.
    func advance(failed bad: Bool) {
        guard enabled else { return }
        lock.withLock {
            done += 1
            if bad { failed += 1 }
            if Date().timeIntervalSince(lastShown) >= 0.1 { draw() }
        }
    }

    /// Prints a line (a warning) above the progress line.
    func message(_ line: String) {
        lock.withLock {
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            Output.standardError(line)
            if enabled { draw() }
        }
    }

    /// Leaves the final count on its own line.
    func finish() {
        guard enabled else { return }
        lock.withLock {
            draw()
            FileHandle.standardError.write(Data("\n".utf8))
        }
    }

    private func draw() {
        let seconds = Date().timeIntervalSince(started)
        let rate = seconds > 0 ? Int(Double(done) / seconds) : 0
        var text = "\r\u{1B}[Kplanned \(done) line\(done == 1 ? "" : "s")"
        if failed > 0 { text += ", \(failed) bad" }
        text += " · \(rate)/s"
        FileHandle.standardError.write(Data(text.utf8))
        shown = true
        lastShown = Date()
    }
}
