import Foundation

/// Opens web pages with the system's opener (`xdg-open` on Linux, `open` on macOS) when it is on
/// the PATH, without waiting for it and with its input and output on /dev/null, so it can never
/// draw over the interface or block it.
struct LinkOpener {
    #if os(macOS)
    static let command = "open"
    #else
    static let command = "xdg-open"
    #endif

    /// The PATH searched.
    var path: String = ProcessInfo.processInfo.environment["PATH"] ?? ""

    /// The opener's full path, or nil when it is not installed.
    var executable: String? {
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = String(directory) + "/" + Self.command
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Starts the opener on `url` (already sanitised, http or https); returns what the status
    /// line says when it cannot.
    func open(_ url: String) -> String? {
        guard let executable else { return "no \(Self.command) here; the link is \(url) (y copies it)" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [url]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return "Could not start \(executable): \(error); the link is \(url)" }
        return nil
    }
}
