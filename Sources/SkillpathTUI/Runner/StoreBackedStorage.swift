import Foundation
import SkillpathCore
import SkillpathUI

/// The real ``PlanStorage``: the profile and plan stores of the data home, Markdown export to a directory.
public struct StoreBackedStorage: PlanStorage {
    public let profiles: ProfileStore
    public let plans: PlanStore
    public let sessions: SessionStore
    public let catalog: Catalog
    /// ``Catalog/fingerprint`` of ``catalog``, computed once, to tell which saved plans are out of date.
    let catalogFingerprint: String
    /// Where exported Markdown files are written.
    public let exportDirectory: String

    public init(home: DataHome = .resolve(), catalog: Catalog,
                exportDirectory: String = FileManager.default.currentDirectoryPath) {
        profiles = ProfileStore(home: home)
        plans = PlanStore(home: home)
        sessions = SessionStore(home: home)
        self.catalog = catalog
        catalogFingerprint = catalog.fingerprint
        self.exportDirectory = exportDirectory
    }

    public func loadProfile() throws -> Profile {
        try profiles.load(catalog: nil) ?? Profile()
    }

    @discardableResult
    public func saveProfile(_ profile: Profile, since base: Profile) throws -> Profile {
        try profiles.save(profile, since: base)
    }

    public func stamps(plan name: String?) -> StorageStamps {
        StorageStamps(profile: profiles.stamp(), plan: name.flatMap { plans.stamp($0) })
    }

    public func listPlans() throws -> [SavedPlanInfo] {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        let profile = try? loadProfile()
        return try plans.all().map { entry in
            switch entry.plan {
            case .success(let saved):
                let stale = profile.map { !saved.staleReasons(current: $0, catalogFingerprint: catalogFingerprint).isEmpty } ?? false
                return SavedPlanInfo(name: entry.name, role: saved.role, progress: saved.counts,
                                     savedAt: formatter.string(from: saved.updated), stale: stale)
            case .failure:
                return SavedPlanInfo(name: entry.name, role: "(unreadable file)", progress: PlanProgress([]), savedAt: "")
            }
        }
    }

    public func loadPlan(named name: String) throws -> OpenPlan {
        var saved = try plans.load(name)
        saved.restoreReasons(catalog: catalog)
        return OpenPlan(name: saved.name, document: saved, saved: saved.statuses)
    }

    @discardableResult
    public func savePlan(_ open: OpenPlan, as name: String) throws -> OpenPlan {
        var saved = open.document
        saved.name = name
        saved.updated = Timestamp.wholeSeconds(Date())
        // Names are compared in the stored (NFC) form: "é" typed either way is one plan.
        let replacing = open.name.map { $0.precomposedStringWithCanonicalMapping } == name.precomposedStringWithCanonicalMapping
        if replacing, let existing = try? plans.load(name) {
            saved.created = existing.created
        } else {
            saved.created = saved.updated
        }
        do {
            let stored = try plans.save(saved, replacing: replacing, since: replacing ? open.saved : nil)
            return OpenPlan(name: stored.name, document: stored, saved: stored.statuses)
        } catch {
            if case .planExists(let taken) = error {
                throw Failure("a plan named “\(taken)” already exists: press S again and choose another name, or delete it on the Plans screen")
            }
            throw error
        }
    }

    public func deletePlan(named name: String) throws { try plans.delete(name) }

    public func renamePlan(from old: String, to new: String) throws {
        do {
            try plans.rename(old, to: new)
        } catch {
            if case .nameTaken(let taken) = error { throw Failure("a plan named “\(taken)” already exists; choose another name") }
            throw error
        }
    }

    public func exportMarkdown(named name: String) throws -> String {
        try exportSaved(named: name, as: .markdown)
    }

    public func exportCalendar(named name: String) throws -> String {
        try exportSaved(named: name, as: .ics)
    }

    public func hasSavedProfile() -> Bool { profiles.stamp() != nil }

    public func loadSession() throws -> SessionMemory? { try sessions.load() }

    public func saveSession(_ session: SessionMemory) throws { try sessions.save(session) }

    public func writeExport(_ bytes: [UInt8], to path: String, overwrite: Bool) throws -> ExportWrite {
        let full = path.hasPrefix("/") ? path : URL(fileURLWithPath: exportDirectory).appendingPathComponent(path).path
        // O_EXCL: an existing file (or a link) is never replaced unless the user said so.
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (overwrite ? O_TRUNC : O_EXCL)
        let fd = open(full, flags, 0o644)
        if fd < 0 {
            if errno == EEXIST { return .exists(path: full) }
            throw Failure("cannot write \(full): \(String(cString: strerror(errno))) (check the directory and its permissions)")
        }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, bytes.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure("cannot write \(full): \(String(cString: strerror(errno)))")
            }
            written += n
        }
        return .written(path: full)
    }

    /// Writes a saved plan's export (``PlanExport``, the bytes `skillpath plans export` prints) as `NAME.ext`.
    private func exportSaved(named name: String, as format: PlanExport.Format) throws -> String {
        var saved = try plans.load(name)
        saved.restoreReasons(catalog: catalog)
        let stale = (try? loadProfile()).map { saved.staleReasons(current: $0, catalog: catalog) } ?? []
        let bytes = PlanExport.bytes(saved, format: format, catalog: catalog, staleReasons: stale)
        switch try writeExport(bytes, to: name + "." + format.fileExtension, overwrite: true) {
        case .written(let path), .exists(let path): return path
        }
    }
}

/// Failures print as their message.
extension Failure: CustomStringConvertible {
    public var description: String { message }
}
