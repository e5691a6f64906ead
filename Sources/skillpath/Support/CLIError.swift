import ArgumentParser
import SkillpathCore

/// A failure to report on standard error, with the exit status that goes with it.
struct CLIError: Error, CustomStringConvertible {
    var message: String
    var status: Int32

    /// Bad usage: an unknown id, a value out of range (status 64).
    static func usage(_ message: String) -> CLIError { CLIError(message: message, status: 64) }
    /// Invalid content of a catalog, profile or saved file (status 65).
    static func invalid(_ message: String) -> CLIError { CLIError(message: message, status: 65) }
    /// A named file or plan does not exist (status 66).
    static func missing(_ message: String) -> CLIError { CLIError(message: message, status: 66) }

    var description: String { message }
}

/// Exit statuses (sysexits.h, plus 3 for "no valid plan").
enum ExitStatus {
    static let noPlan: Int32 = 3
    static let usage: Int32 = 64
    static let invalidData: Int32 = 65
    static let noInput: Int32 = 66
}

/// A command whose failures are reported as `Error: …` on standard error with the right exit status.
protocol SkillpathCommand: ParsableCommand {
    /// The command's work; thrown ``CLIError``, ``StorageError``, ``CatalogError`` and ``PlanningError``
    /// become a message and an exit status.
    mutating func execute() throws
}

extension SkillpathCommand {
    mutating func run() throws {
        do {
            try ArgumentEncoding.requireValidUTF8()
            try execute()
        } catch let error as CLIError {
            Output.error(error.message)
            throw ExitCode(error.status)
        } catch let error as StorageError {
            Output.error(error.description)
            throw ExitCode(error.exitStatus)
        } catch let error as CatalogError {
            if error.isMissingFile {
                for diagnostic in error.diagnostics { Output.error(diagnostic.description) }
                throw ExitCode(ExitStatus.noInput)
            }
            for diagnostic in error.diagnostics { Output.standardError(diagnostic.description) }
            let errors = error.diagnostics.filter { $0.severity == .error }.count
            Output.error("\(errors) error\(errors == 1 ? "" : "s") (listed above); fix \(errors == 1 ? "it" : "them") and try again")
            throw ExitCode(ExitStatus.invalidData)
        } catch let error as PlanningError {
            Output.error(error.description)
            throw ExitCode(ExitStatus.usage)
        }
    }
}
