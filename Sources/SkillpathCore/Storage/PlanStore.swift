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

    /// One saved plan. Its name is the file's (the name inside the file is informational: a
    /// rename changes the file's name first, atomically, and the content after).
    public func load(_ name: String) throws(StorageError) -> SavedPlan {
        let path = try file(for: name)
        guard let bytes = try AtomicFile.read(path) else { throw notFound(name) }
        var plan = try SavedPlan.decode(JSONSource(name: path, bytes: bytes))
        plan.name = try PlanName.validate(name)
        return plan
    }

    /// The stamp of a plan's file, to notice a change made by another writer; nil when it does not exist.
    public func stamp(_ name: String) -> FileStamp? {
        (try? file(for: name)).flatMap(AtomicFile.stamp)
    }

    /// Saves a plan under its name. An existing plan of that name is replaced only when `replacing` is set,
    /// and never when its file cannot be read (it is kept and this throws).
    ///
    /// - Parameter base: when replacing, the step statuses (by credential) this writer last read or
    ///   wrote. Under the lock the saved plan is read again, and each step whose status this writer
    ///   did not change since (`plan`'s status equals `base`'s) takes the saved progress instead,
    ///   so a `plans mark` made meanwhile by another writer is kept. Nil writes `plan` as it is.
    /// - Returns: the plan as saved.
    @discardableResult
    public func save(_ plan: SavedPlan, replacing: Bool = false, since base: [String: StepStatus]? = nil) throws(StorageError) -> SavedPlan {
        let path = try file(for: plan.name)
        var plan = plan
        plan.name = try PlanName.validate(plan.name)
        return try FileLock.withLock(home.lockFile) { () throws(StorageError) -> SavedPlan in
            if let bytes = try AtomicFile.read(path) {
                let saved = try SavedPlan.decode(JSONSource(name: path, bytes: bytes))
                if !replacing { throw .planExists(plan.name) }
                if let base { plan.keepProgress(of: saved, notChangedSince: base) }
            }
            try write(plan, to: path)
            return plan
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

    /// Renames a saved plan; refuses when the new name is taken or is the same name.
    ///
    /// The file is renamed in one step that refuses an existing target (``AtomicFile/renameNoReplace(_:to:)``),
    /// so a writer killed at any moment leaves the plan under one name, never both; the name
    /// inside the file is brought up to date afterwards.
    public func rename(_ name: String, to newName: String) throws(StorageError) {
        let from = try file(for: name), to = try file(for: newName)
        let target = try PlanName.validate(newName)
        if from == to {
            throw .badName(target, reason: "the plan is already named that; choose a different name")
        }
        try FileLock.withLock(home.lockFile) { () throws(StorageError) in
            guard let bytes = try AtomicFile.read(from) else { throw notFound(name) }
            var plan = try SavedPlan.decode(JSONSource(name: from, bytes: bytes))
            guard try AtomicFile.renameNoReplace(from, to: to) else { throw .nameTaken(target) }
            plan.name = target
            try write(plan, to: to)
        }
    }

    private func write(_ plan: SavedPlan, to path: String) throws(StorageError) {
        try AtomicFile.write(Array((plan.output().rendered(pretty: true) + "\n").utf8), to: path)
    }

    private func notFound(_ name: String) -> StorageError {
        .noSuchPlan(name, suggestion: (try? names()).flatMap { Identifier.suggestion(for: name, among: $0) })
    }
}
