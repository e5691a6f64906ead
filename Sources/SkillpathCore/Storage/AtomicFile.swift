import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Private files written atomically: a uniquely named temporary file in the same directory,
/// fsync, rename over the target, fsync the directory.
///
/// A reader sees either the old or the new content, never a mix; a crash leaves at most a
/// stray `.NAME.tmp-…` file.
enum AtomicFile {
    /// The file's bytes, or nil when it does not exist; only a regular file of at most
    /// ``Limits/maxFileBytes`` is read (``RegularFile``).
    static func read(_ path: String) throws(StorageError) -> [UInt8]? {
        switch RegularFile.read(path) {
        case .success(let bytes): return bytes
        case .failure(.missing): return nil
        case .failure(.notRegular(let kind)):
            throw .unusableFile(file: path, reason: "is \(kind.name), not a regular file; remove it or move it aside")
        case .failure(.tooLarge(let limit)): throw tooLarge(path, limit)
        case .failure(.unreadable(let why)): throw .io(file: path, message: "cannot be read: \(why)")
        }
    }

    private static func tooLarge(_ path: String, _ limit: Int) -> StorageError {
        .unusableFile(file: path, reason: "is larger than \(limit >> 20) MiB, far more than a profile or plan holds; move it aside")
    }

    /// Replaces the file's content with `bytes`, mode 0600, creating its directory (0700) if needed.
    static func write(_ bytes: [UInt8], to path: String) throws(StorageError) {
        let directory = (path as NSString).deletingLastPathComponent
        try makeDirectory(directory)
        let base = (path as NSString).lastPathComponent
        removeStaleTemporaries(in: directory)
        let temporary = "\(directory)/.\(base).tmp-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw error(path, "cannot be written (creating \(temporary))") }
        var ok = false
        defer {
            if !ok { close(fd); unlink(temporary) }
        }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { posixWrite(fd, $0.baseAddress! + written, bytes.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                throw error(path, "cannot be written")
            }
            written += n
        }
        guard fsync(fd) == 0 else { throw error(path, "cannot be written (fsync)") }
        ok = true
        close(fd)
        guard rename(temporary, path) == 0 else {
            let failure = error(path, "cannot be replaced")
            unlink(temporary)
            throw failure
        }
        syncDirectory(directory)
    }

    /// Creates a directory and its parents; the last one (ours) is private.
    static func makeDirectory(_ path: String) throws(StorageError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            throw StorageError.io(file: path, message: "is not a directory")
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeDirectory(parent) }
        if mkdir(path, 0o700) != 0 && errno != EEXIST { throw error(path, "cannot create the directory") }
    }

    /// Makes a rename durable.
    static func syncDirectory(_ path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd >= 0 { _ = fsync(fd); close(fd) }
    }

    /// Removes a file; false when it did not exist.
    static func remove(_ path: String) throws(StorageError) -> Bool {
        if unlink(path) == 0 {
            syncDirectory((path as NSString).deletingLastPathComponent)
            return true
        }
        if errno == ENOENT { return false }
        throw error(path, "cannot be removed")
    }

    /// A ``StorageError`` with the current `errno`'s text.
    static func error(_ path: String, _ what: String) -> StorageError {
        let reason = String(cString: strerror(errno))
        return .io(file: path, message: "\(what): \(reason)")
    }
}

/// An exclusive advisory lock (`flock`) on a file, held while a closure runs, so that two
/// processes doing read-modify-write on the data home take turns and lose nothing.
///
/// The lock file is opened with `O_NOFOLLOW`: a symbolic link planted at `.lock` is refused, never
/// followed to create or truncate a file elsewhere.
enum FileLock {
    static func withLock<T>(_ path: String, _ body: () throws(StorageError) -> T) throws(StorageError) -> T {
        try AtomicFile.makeDirectory((path as NSString).deletingLastPathComponent)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o600)
        guard fd >= 0 else {
            if errno == ELOOP {
                throw .unusableFile(file: path, reason: "is a symbolic link, which skillpath does not follow; remove it (rm \"\(path)\")")
            }
            throw AtomicFile.error(path, "cannot open the lock file")
        }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0, let kind = FileKind(mode: info.st_mode), kind != .regular {
            throw .unusableFile(file: path, reason: "is \(kind.name), not a regular file; remove it (skillpath makes it again)")
        }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { throw AtomicFile.error(path, "cannot lock") }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}

/// What kind of file a `stat` mode describes, for messages that refuse anything but a regular file.
enum FileKind: Equatable {
    case regular, directory, fifo, characterDevice, blockDevice, socket, symbolicLink

    init?(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFIFO: self = .fifo
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFSOCK: self = .socket
        case S_IFLNK: self = .symbolicLink
        default: return nil
        }
    }

    /// "a directory", "a FIFO (named pipe)", …
    var name: String {
        switch self {
        case .regular: return "a regular file"
        case .directory: return "a directory"
        case .fifo: return "a FIFO (named pipe)"
        case .characterDevice: return "a character device"
        case .blockDevice: return "a block device"
        case .socket: return "a socket"
        case .symbolicLink: return "a symbolic link"
        }
    }
}

// The POSIX calls, under names the static methods above do not shadow.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { write(fd, buffer, count) }
