import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading a file skillpath was pointed at (catalog, profile, saved plan): only a regular file,
/// and only up to ``Limits/maxFileBytes``.
///
/// A FIFO would block forever and `/dev/zero` never ends, so the file is opened without blocking
/// and checked with `fstat` before any byte is read; a symbolic link to a regular file is followed.
enum RegularFile {
    /// Why a file could not be read.
    enum Failure: Error, Equatable {
        case missing
        case notRegular(FileKind)
        case tooLarge(limit: Int)
        /// `open` or `read` failed; the `errno` text.
        case unreadable(String)

        /// What is wrong, after the file's name: "is a FIFO (named pipe), not a regular file".
        var reason: String {
            switch self {
            case .missing: return "does not exist"
            case .notRegular(let kind): return "is \(kind.name), not a regular file"
            case .tooLarge(let limit): return "is larger than \(limit >> 20) MiB, far more than skillpath ever reads"
            case .unreadable(let why): return "cannot be read: \(why)"
            }
        }
    }

    /// The file's bytes, or why they cannot be had.
    static func read(_ path: String, limit: Int = Limits.maxFileBytes) -> Result<[UInt8], Failure> {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 { return .failure(errno == ENOENT ? .missing : .unreadable(String(cString: strerror(errno)))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        if let kind = FileKind(mode: info.st_mode), kind != .regular { return .failure(.notRegular(kind)) }
        if Int(info.st_size) > limit { return .failure(.tooLarge(limit: limit)) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { posixRead(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(String(cString: strerror(errno))))
            }
            if n == 0 { break }
            // The file may grow while it is read.
            if bytes.count + n > limit { return .failure(.tooLarge(limit: limit)) }
            bytes += buffer[0..<n]
        }
        return .success(bytes)
    }
}

private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(fd, buffer, count) }
