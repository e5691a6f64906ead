import Foundation
import SkillpathCore

/// The real ``PlanStorage``: the profile and plan stores of the data home, Markdown export to a directory.
public struct StoreBackedStorage: PlanStorage {
    public let profiles: ProfileStore
    public let plans: PlanStore
    public let catalog: Catalog
    /// Where exported Markdown files are written.
    public let exportDirectory: String

    public init(home: DataHome = .resolve(), catalog: Catalog,
                exportDirectory: String = FileManager.default.currentDirectoryPath) {
        profiles = ProfileStore(home: home)
        plans = PlanStore(home: home)
        self.catalog = catalog
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
        return try plans.all().map { entry in
            switch entry.plan {
            case .success(let saved):
                return SavedPlanInfo(name: entry.name, role: saved.role, steps: saved.progress.count,
                                     done: saved.progress.filter { $0.status == .done }.count,
                                     savedAt: formatter.string(from: saved.updated))
            case .failure:
                return SavedPlanInfo(name: entry.name, role: "(unreadable file)", steps: 0, done: 0, savedAt: "")
            }
        }
    }

    public func loadPlan(named name: String) throws -> PlanDocument {
        var saved = try plans.load(name)
        saved.restoreReasons(catalog: catalog)
        let statuses = saved.plan.steps.map { step in saved.status(of: step.credential) ?? .todo }
        return PlanDocument(name: saved.name, plan: saved.plan, progress: statuses, saved: saved.statuses)
    }

    @discardableResult
    public func savePlan(_ document: PlanDocument, as name: String, profile: Profile) throws -> PlanDocument {
        var saved = SavedPlan(name: name, plan: document.plan, profile: profile, includeRecommended: false, catalog: catalog)
        for (i, status) in document.progress.enumerated() where saved.progress.indices.contains(i) {
            saved.progress[i].status = status
        }
        // Names are compared in the stored (NFC) form: "é" typed either way is one plan.
        let replacing = document.name.map { $0.precomposedStringWithCanonicalMapping } == name.precomposedStringWithCanonicalMapping
        if replacing, let existing = try? plans.load(name) {
            saved.created = existing.created
            for (i, entry) in saved.progress.enumerated() {
                if let old = existing.progress.first(where: { $0.credential == entry.credential }), old.status == entry.status {
                    saved.progress[i].started = old.started
                    saved.progress[i].finished = old.finished
                }
            }
        }
        do {
            let stored = try plans.save(saved, replacing: replacing, since: replacing ? document.saved : nil)
            let statuses = stored.plan.steps.map { stored.status(of: $0.credential) ?? .todo }
            return PlanDocument(name: stored.name, plan: stored.plan, progress: statuses, saved: stored.statuses)
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
        let saved = try plans.load(name)
        let statuses = saved.plan.steps.map { saved.status(of: $0.credential) ?? .todo }
        let text = PlanMarkdown(plan: saved.plan, catalog: catalog, progress: statuses, title: name).render()
        return try writeExport(text, as: name + ".md")
    }

    public func exportCalendar(named name: String) throws -> String {
        let saved = try plans.load(name)
        return try writeExport(PlanCalendar(saved: saved, catalog: catalog).render(), as: name + ".ics")
    }

    private func writeExport(_ text: String, as file: String) throws -> String {
        let path = URL(fileURLWithPath: exportDirectory).appendingPathComponent(file).path
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            throw Failure("cannot write \(path) (check the directory's permissions)")
        }
        return path
    }
}

/// Failures print as their message.
extension Failure: CustomStringConvertible {
    public var description: String { message }
}
