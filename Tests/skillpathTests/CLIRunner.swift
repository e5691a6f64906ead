import Foundation
import Testing

/// Runs the built `skillpath` binary as a subprocess, with its own data home and catalog.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// A private data home for this runner.
    let home: String
    var environment: [String: String]

    init() {
        home = NSTemporaryDirectory() + "skillpath-cli-\(UUID().uuidString)"
        var environment = ProcessInfo.processInfo.environment
        environment["SKILLPATH_HOME"] = home
        environment["SKILLPATH_CATALOG"] = CLIRunner.fixtureCatalog
        environment.removeValue(forKey: "NO_COLOR")
        self.environment = environment
    }

    /// The binary this build made: `skillpath` next to (or above) the test bundle in the build
    /// directory, or `$SKILLPATH_BIN` when it names an executable file. Never one found on `PATH`.
    static let binary: String? = {
        if let explicit = ProcessInfo.processInfo.environment["SKILLPATH_BIN"] {
            return FileManager.default.isExecutableFile(atPath: explicit) ? explicit : nil
        }
        var url = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                      ?? Bundle.main.executablePath ?? CommandLine.arguments[0])
        for _ in 0..<6 {
            url.deleteLastPathComponent()
            let candidate = url.appendingPathComponent("skillpath").path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    /// Why no binary can be run.
    struct MissingBinary: Error, CustomStringConvertible {
        var description: String {
            let explicit = ProcessInfo.processInfo.environment["SKILLPATH_BIN"]
            return explicit.map { "SKILLPATH_BIN=\($0) is not an executable file" }
                ?? "the skillpath binary was not found beside the test bundle; build it first (swift build --build-tests)"
        }
    }

    /// Runs `skillpath ARGS…` to completion.
    /// With `shell`, runs `/bin/sh -c SHELL` instead (for arguments that are not valid UTF-8).
    func run(_ arguments: [String], stdin: String? = nil, extraEnvironment: [String: String] = [:], shell: String? = nil) throws -> Result {
        guard let binary = Self.binary else { throw MissingBinary() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: shell == nil ? binary : "/bin/sh")
        process.arguments = shell.map { ["-c", $0] } ?? arguments
        process.environment = environment.merging(extraEnvironment) { $1 }
        // Standard error goes to a file and standard output is read to its end before waiting,
        // so a large output cannot block the child.
        let errPath = NSTemporaryDirectory() + "skillpath-stderr-\(UUID().uuidString)"
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errPath) }
        let errHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        let out = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = errHandle
        process.standardInput = input
        try process.run()
        try? errHandle.close()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errData = FileManager.default.contents(atPath: errPath) ?? Data()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs and parses standard output as JSON.
    func json(_ arguments: [String]) throws -> (Int32, Any) {
        let result = try run(arguments)
        let value = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return (result.status, value)
    }

    // MARK: Fixtures

    /// The repository's root (three levels above this file).
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// A small catalog whose optimal plans are easy to work out by hand:
    /// Data Analyst needs SQL ≥ 2 (and recommends Excel ≥ 1). Cheapest: sql-intro ($0, 10 h) then
    /// sql-next ($100, 40 h, requires sql-intro). Quickest: sql-bootcamp ($300, 20 h).
    static let fixtureCatalog: String = {
        let directory = NSTemporaryDirectory() + "skillpath-cli-catalog-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: directory + "/credentials", withIntermediateDirectories: true)
        write(directory + "/catalog.json", #"{"name": "fixture", "version": "1", "currency": "USD"}"#)
        write(directory + "/skills.json", #"[{"id": "sql", "name": "SQL", "category": "Data"}, {"id": "excel", "name": "Excel", "category": "Data"}]"#)
        write(directory + "/providers.json", #"[{"id": "coursera", "name": "Coursera", "kind": "platform"}, {"id": "udemy", "name": "Udemy", "kind": "platform"}]"#)
        write(directory + "/roles.json", #"""
        [{"id": "data-analyst", "title": "Data Analyst", "requires": [{"skill": "sql", "level": 2}], "recommends": [{"skill": "excel", "level": 1}]},
         {"id": "dba", "title": "Database Administrator", "requires": [{"skill": "sql", "level": 5}]}]
        """#)
        write(directory + "/credentials/all.json", #"""
        [
         {"id": "sql-intro", "title": "Intro to SQL", "provider": "coursera", "type": "course", "hours": 10, "price": 0, "skills": [{"skill": "sql", "level": 1}]},
         {"id": "sql-next", "title": "SQL for Analysts", "provider": "coursera", "type": "course", "hours": 40, "price": 100, "skills": [{"skill": "sql", "level": 2}], "requires": ["sql-intro"]},
         {"id": "sql-bootcamp", "title": "SQL Bootcamp", "provider": "udemy", "type": "certificate", "hours": 20, "price": 300, "skills": [{"skill": "sql", "level": 2}]},
         {"id": "excel-basics", "title": "Excel Basics", "provider": "udemy", "type": "course", "hours": 5, "price": 15, "skills": [{"skill": "excel", "level": 1}]}
        ]
        """#)
        return directory
    }()

    /// A copy of the fixture catalog with one file replaced.
    static func catalog(replacing file: String, with text: String) -> String {
        let directory = NSTemporaryDirectory() + "skillpath-cli-catalog-\(UUID().uuidString)"
        try! FileManager.default.copyItem(atPath: fixtureCatalog, toPath: directory)
        write(directory + "/" + file, text)
        return directory
    }

    /// A temporary file holding `text`.
    static func file(_ text: String, name: String = "profile.json") -> String {
        let directory = NSTemporaryDirectory() + "skillpath-cli-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        write(directory + "/" + name, text)
        return directory + "/" + name
    }

    static func write(_ path: String, _ text: String) {
        try! text.write(toFile: path, atomically: false, encoding: .utf8)
    }
}

extension CLIRunner.Result {
    /// Records an issue when the command did not exit 0.
    func expectSuccess(sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(status == 0, "exit \(status): \(stderr)", sourceLocation: sourceLocation)
    }
}
