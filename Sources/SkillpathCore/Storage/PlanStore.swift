import Foundation

/// Saved plans, one file each in the ``DataHome``'s `plans/` directory.
///
/// Writes are atomic and made under the data home's lock; a file that cannot be read is
/// reported and kept, never overwritten.
public struct PlanStore: Sendable {
    public let home: DataHome

    public init(home: DataHome = .resolve()) { self.home = home }

    /// The file that holds the plan `name` (after checking the name).
    public func file(for name: String) throws(StorageError) -> String {
        "\(home.plansDirectory)/\(try PlanName.validate(name)).json"
    }

    /// The names of the saved plans, sorted.
    public func names() throws(StorageError) -> [String] {
        let directory = home.plansDirectory
        guard FileManager.default.fileExists(atPath: directory) else { return [] }
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            throw .io(file: directory, message: "cannot list the directory (check its permissions)")
        }
        return files.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .map { String($0.dropLast(5)) }
            .sorted { $0.localizedStandardCompare($1) == .orderedAscending }
    }

    /// Every saved plan, or the reason it cannot be read, by name.
    public func all() throws(StorageError) -> [(name: String, plan: Result<SavedPlan, StorageError>)] {
        try names().map { name in
            do throws(StorageError) { return (name, .success(try load(name))) } catch { return (name, .failure(error)) }
        }
    }

    /// One saved plan.
    public func load(_ name: String) throws(StorageError) -> SavedPlan {
        let path = try file(for: name)
        guard let bytes = try AtomicFile.read(path) else { throw notFound(name) }
        return try SavedPlan.decode(JSONSource(name: path, bytes: bytes))
    }

    /// Saves a plan under its name. An existing plan of that name is replaced only when `replacing` is set,
    /// and never when its file cannot be read (it is kept and this throws).
    public func save(_ plan: SavedPlan, replacing: Bool = false) throws(StorageError) {
        let path = try file(for: plan.name)
        try FileLock.withLock(home.lockFile) { () throws(StorageError) in
            if let bytes = try AtomicFile.read(path) {
                _ = try SavedPlan.decode(JSONSource(name: path, bytes: bytes))
                if !replacing { throw .planExists(plan.name) }
            }
            try write(plan, to: path)
        }
    }

    /// Reads, changes and writes one plan under the lock, so concurrent changes are not lost.
    @discardableResult
    public func update(_ name: String, _ change: (inout SavedPlan) throws(StorageError) -> Void) throws(StorageError) -> SavedPlan {
        let path = try file(for: name)
        return try FileLock.withLock(home.lockFile) { () throws(StorageError) -> SavedPlan in
            guard let bytes = try AtomicFile.read(path) else { throw notFound(name) }
            var plan = try SavedPlan.decode(JSONSource(name: path, bytes: bytes))
            try change(&plan)
            plan.name = name
            try write(plan, to: path)
            return plan
        }
    }

    /// Deletes a saved plan (even one whose file is corrupt: deleting it is the user's fix).
    public func delete(_ name: String) throws(StorageError) {
        let path = try file(for: name)
        try FileLock.withLock(home.lockFile) { () throws(StorageError) in
            guard try AtomicFile.remove(path) else { throw notFound(name) }
        }
    }

    /// Renames a saved plan; refuses when the new name is taken.
    public func rename(_ name: String, to newName: String) throws(StorageError) {
        let from = try file(for: name), to = try file(for: newName)
        try FileLock.withLock(home.lockFile) { () throws(StorageError) in
            guard let bytes = try AtomicFile.read(from) else { throw notFound(name) }
            if FileManager.default.fileExists(atPath: to) { throw .planExists(newName) }
            var plan = try SavedPlan.decode(JSONSource(name: from, bytes: bytes))
            plan.name = newName
            try write(plan, to: to)
            _ = try AtomicFile.remove(from)
        }
    }

    private func write(_ plan: SavedPlan, to path: String) throws(StorageError) {
        try AtomicFile.write(Array((plan.output().rendered(pretty: true) + "\n").utf8), to: path)
    }

    private func notFound(_ name: String) -> StorageError {
        .noSuchPlan(name, suggestion: (try? names()).flatMap { Identifier.suggestion(for: name, among: $0) })
    }
}
