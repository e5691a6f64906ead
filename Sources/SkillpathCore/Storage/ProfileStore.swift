import Foundation

/// The learner's saved profile, `profile.json` in the ``DataHome``.
public struct ProfileStore: Sendable {
    public let home: DataHome

    public init(home: DataHome = .resolve()) { self.home = home }

    /// The path of the profile file.
    public var file: String { home.profileFile }

    /// The saved profile, or nil when none has been saved.
    ///
    /// - Parameter catalog: when given, ids the catalog does not have are errors.
    /// - Throws: ``StorageError/corrupt(file:diagnostics:)`` for a file that cannot be used (it is kept).
    public func load(catalog: Catalog? = nil) throws(StorageError) -> Profile? {
        guard let bytes = try AtomicFile.read(file) else { return nil }
        return try decode(bytes, catalog: catalog)
    }

    /// Saves the profile, replacing the saved one, unless the saved file is corrupt (then it is kept and this throws).
    public func save(_ profile: Profile) throws(StorageError) {
        try FileLock.withLock(home.lockFile) { () throws(StorageError) in
            if let bytes = try AtomicFile.read(file) { _ = try decode(bytes, catalog: nil) }
            try AtomicFile.write(Array(ProfileEncoding.render(profile).utf8), to: file)
        }
    }

    /// Saves only what this writer changed since it read `base`: under the lock, the profile is read
    /// again and the keys that differ between `base` and `profile` (``ProfileEdit``) are applied to
    /// it, so a change another writer made meanwhile to another key is kept.
    /// Returns the profile as saved, which is what the caller should hold (and pass as the next `base`).
    @discardableResult
    public func save(_ profile: Profile, since base: Profile) throws(StorageError) -> Profile {
        let edit = ProfileEdit(from: base, to: profile)
        return try update { (saved: inout Profile) throws(StorageError) in edit.apply(to: &saved) }
    }

    /// The stamp of the profile file, to notice a change made by another writer; nil when there is none.
    public func stamp() -> FileStamp? { AtomicFile.stamp(file) }

    /// Reads, changes and writes the profile under the data home's lock, so concurrent updates are not lost.
    /// Starts from an empty profile when none is saved. Returns the profile as saved.
    @discardableResult
    public func update(_ change: (inout Profile) throws(StorageError) -> Void) throws(StorageError) -> Profile {
        try FileLock.withLock(home.lockFile) { () throws(StorageError) -> Profile in
            var profile = try AtomicFile.read(file).map { bytes throws(StorageError) in try decode(bytes, catalog: nil) } ?? Profile()
            try change(&profile)
            try AtomicFile.write(Array(ProfileEncoding.render(profile).utf8), to: file)
            return profile
        }
    }

    private func decode(_ bytes: [UInt8], catalog: Catalog?) throws(StorageError) -> Profile {
        let result = ProfileDecoding.decode(JSONSource(name: file, bytes: bytes), catalog: catalog)
        guard let profile = result.profile else { throw .corrupt(file: file, diagnostics: result.diagnostics) }
        return profile
    }
}
