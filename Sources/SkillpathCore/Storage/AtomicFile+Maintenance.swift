import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Renaming without replacing, stale temporary files, and change stamps.
extension AtomicFile {
    /// How long a temporary file of a live writer may exist before it counts as stale anyway
    /// (a write takes milliseconds; a pid can be reused by an unrelated process).
    static let staleAfter: TimeInterval = 60

    /// Renames `from` to `to` in one step, refusing when `to` exists: the file has one name or
    /// the other at every instant, so a writer killed at any point never leaves both.
    ///
    /// Uses `renameat2(…, RENAME_NOREPLACE)` (Linux 3.15, glibc 2.28), looked up at run time since
    /// the Glibc module does not declare it; where it is missing or the file system does not
    /// support it, `link` + `unlink` (which also refuses an existing target, but could leave a
    /// second name if killed between the two calls).
    /// - Returns: false when `to` already exists.
    static func renameNoReplace(_ from: String, to: String) throws(StorageError) -> Bool {
        if let renameat2 = RenameAt2.function {
            if renameat2(AT_FDCWD, from, AT_FDCWD, to, RenameAt2.noReplace) == 0 {
                syncDirectory((to as NSString).deletingLastPathComponent)
                return true
            }
            if errno == EEXIST { return false }
            if errno != EINVAL && errno != ENOSYS && errno != ENOTSUP { throw error(from, "cannot be renamed") }
        }
        if link(from, to) != 0 {
            if errno == EEXIST { return false }
            throw error(from, "cannot be renamed")
        }
        if unlink(from) != 0 { throw error(from, "was linked to \(to) but cannot be removed") }
        syncDirectory((to as NSString).deletingLastPathComponent)
        return true
    }

    /// Removes temporary files (`.NAME.tmp-PID-RANDOM`) left in `directory` by a writer that was
    /// killed: those whose writer process is gone, or older than ``staleAfter``.
    /// Runs before each write, under the data home's lock; failures are ignored (it is tidying).
    static func removeStaleTemporaries(in directory: String, now: Date = Date()) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix(".") {
            guard let marker = name.range(of: ".tmp-", options: .backwards) else { continue }
            let path = directory + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            let pid = name[marker.upperBound...].split(separator: "-").first.flatMap { pid_t($0) }
            let writerGone = pid.map { $0 > 0 && kill($0, 0) != 0 && errno == ESRCH } ?? true
            let age = now.timeIntervalSince1970 - Double(modificationNanoseconds(info) / 1_000_000_000)
            if writerGone || age > staleAfter { unlink(path) }
        }
    }

    /// The file's identity and version as the file system reports it, or nil when it does not exist.
    static func stamp(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStamp(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                         modified: modificationNanoseconds(info))
    }
}

/// A `stat`'s modification time in nanoseconds since 1970.
private func modificationNanoseconds(_ info: stat) -> Int64 {
    #if canImport(Darwin)
    return Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
    #else
    return Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    #endif
}

/// `renameat2`, found in the C library at run time.
private enum RenameAt2 {
    typealias Function = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    /// `RENAME_NOREPLACE` from linux/fs.h.
    static let noReplace: UInt32 = 1
    static let function: Function? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: Function.self)
    }()
}

/// When a file was last replaced: every atomic write makes a new inode, so a change of any field
/// means another writer (or this one) replaced the file.
public struct FileStamp: Sendable, Hashable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int64
    /// Modification time in nanoseconds since 1970.
    public var modified: Int64

    public init(device: UInt64, inode: UInt64, size: Int64, modified: Int64) {
        self.device = device; self.inode = inode; self.size = size; self.modified = modified
    }
}
