import ArgumentParser
import Foundation
import SkillpathCore

/// `skillpath plan --batch FILE`: a plan for each profile of a JSON Lines file (docs/CLI.md).
extension PlanCommand {
    /// Refuses the options that say something each line says for itself.
    func validateBatch() throws {
        guard batch != nil else { return }
        if batch?.isEmpty == true { throw ValidationError("--batch: the file name is empty; name a JSON Lines file, or - for standard input") }
        var clashes: [String] = []
        if role != nil { clashes.append("--role") }
        if profileOptions.profile != nil { clashes.append("--profile") }
        if !profileOptions.held.isEmpty { clashes.append("--have/--skill") }
        if !settings.isEmpty { clashes.append("profile settings (--budget, --objective, ...)") }
        if save != nil || replace { clashes.append("--save") }
        if format == .markdown { clashes.append("--format markdown") }
        if !clashes.isEmpty {
            throw ValidationError("--batch takes each line's profile and role as they stand, so it cannot be combined with "
                                  + clashes.joined(separator: ", ") + "; put those keys in each line instead (e.g. \"budget\": 500)")
        }
    }

    /// Plans every line, writes one JSON answer a line to standard output in input order, and
    /// exits 65 when any line was bad.
    func runBatch(_ path: String, catalog: Catalog) throws {
        let reader = try LineReader(path: path, option: "--batch")
        let planner = BatchPlanner(catalog: catalog, sourceName: path == "-" ? "stdin" : path,
                                   includeRecommended: includeRecommended, timeLimit: timeLimit)
        let progress = BatchProgress(enabled: isatty(STDERR_FILENO) == 1)
        let summary = planner.run(next: reader.next) { answer in
            for warning in answer.warnings { progress.message(warning) }
            Output.write(answer.jsonLine + "\n")
            progress.advance(failed: answer.failed)
        }
        progress.finish()
        if summary.failed > 0 {
            Output.error("\(summary.failed) of \(summary.lines) line\(summary.lines == 1 ? "" : "s") could not be planned; "
                         + "each has an {\"line\": N, \"error\": ...} object in the output saying why")
            throw ExitCode(ExitStatus.invalidData)
        }
    }
}
