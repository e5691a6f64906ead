import Foundation
import SkillpathCore

/// Reads a file, or standard input, one line at a time (without its line break), so that a long
/// input is never held whole.
final class LineReader {
    private let file: UnsafeMutablePointer<FILE>
    private let ownsFile: Bool
    private var buffer: UnsafeMutablePointer<CChar>?
    private var capacity = 0

    /// Opens `path`, or standard input for `-`. A missing file is status 66, a directory too.
    init(path: String, option: String) throws {
        if path == "-" {
            file = fdopen(STDIN_FILENO, "r")!
            ownsFile = false
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError.missing("\(option) \(Sanitizer.line(path)): no such file; name a JSON Lines file of profiles, or - for standard input")
        }
        if isDirectory.boolValue {
            throw CLIError.missing("\(option) \(Sanitizer.line(path)): is a directory; name a JSON Lines file of profiles")
        }
        guard let opened = fopen(path, "r") else {
            throw CLIError.missing("\(option) \(Sanitizer.line(path)): cannot be read (check its permissions)")
        }
        file = opened
        ownsFile = true
    }

    deinit {
        free(buffer)
        if ownsFile { fclose(file) }
    }

    /// The next line's bytes without the `\n`; nil at the end. A last line without `\n` counts.
    func next() -> [UInt8]? {
        let count = getline(&buffer, &capacity, file)
        guard count >= 0, let buffer else { return nil }
        var length = count
        if length > 0 && buffer[length - 1] == 0x0A { length -= 1 }
        return buffer.withMemoryRebound(to: UInt8.self, capacity: length) { Array(UnsafeBufferPointer(start: $0, count: length)) }
    }
}
