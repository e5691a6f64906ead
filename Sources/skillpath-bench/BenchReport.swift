import Foundation

/// The benchmark's report: Markdown collected as sections run, printed to stdout and saved to a file;
/// progress lines go to stderr.
final class BenchReport {
    private(set) var text = ""
    /// Targets checked, as (description, met).
    private(set) var verdicts: [(String, Bool)] = []
    private let started = ContinuousClock.now

    /// A progress line on stderr, prefixed with the time since the benchmark started.
    func progress(_ message: String) {
        let seconds = (ContinuousClock.now - started).components.seconds
        FileHandle.standardError.write(Data("[bench \(seconds) s] \(message)\n".utf8))
    }

    /// Starts a section: a heading, on stdout at once.
    func section(_ title: String) {
        emit("\n## \(title)\n")
        progress(title)
    }

    /// A paragraph or list line.
    func line(_ text: String = "") { emit(text) }

    /// A Markdown table.
    func table(_ header: [String], _ rows: [[String]]) {
        emit("| " + header.joined(separator: " | ") + " |")
        emit("|" + header.map { _ in "---" }.joined(separator: "|") + "|")
        for row in rows { emit("| " + row.joined(separator: " | ") + " |") }
        emit("")
    }

    /// Records whether a target was met and prints it.
    func target(_ description: String, _ met: Bool) {
        verdicts.append((description, met))
        emit("- \(met ? "MET" : "MISSED"): \(description)")
    }

    /// The list of targets, met or missed, for the end of the report.
    func summary() {
        section("Targets")
        for (description, met) in verdicts { emit("- \(met ? "MET" : "MISSED"): \(description)") }
    }

    /// Writes the whole report to `path`, creating its directory.
    func save(to path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    private func emit(_ line: String) {
        text += line + "\n"
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
