import SkillpathCore

import Foundation

/// The plan open on the Plan screen: the engine's plan document (``SavedPlan``: the plan, the
/// progress with dates, the pins and the inputs it was made from) and where it is saved.
///
/// The TUI only renders the document and changes it through the engine's functions
/// (``SavedPlan/Progress/mark(_:on:)``, ``SavedPlan/merging(replan:current:catalog:catalogFingerprint:now:)``,
/// ``SavedPlan/pin(_:replacing:)``), as the command line does.
public struct OpenPlan: Sendable, Hashable {
    /// The name it is saved under; nil until saved.
    public var name: String?
    /// The plan document.
    public var document: SavedPlan
    /// The statuses by credential as last read from or written to the saved file; nil until then.
    /// A save changes on disk only the steps whose status differs from these, so a change another
    /// writer made meanwhile to another step is kept.
    public var saved: [String: StepStatus]?

    public init(name: String?, document: SavedPlan, saved: [String: StepStatus]? = nil) {
        self.name = name; self.document = document; self.saved = saved
    }

    /// A document for `plan` with the given statuses (all to do when nil) and no dates, made from
    /// `profile`; with no catalog fingerprint, the catalog is not compared for staleness.
    public init(name: String?, plan: Plan, progress: [StepStatus]? = nil, saved: [String: StepStatus]? = nil,
                profile: Profile = Profile(), now: Date = Date(timeIntervalSince1970: 0)) {
        let statuses = progress ?? []
        let entries = plan.steps.enumerated().map { i, step in
            SavedPlan.Progress(credential: step.credential, status: statuses.indices.contains(i) ? statuses[i] : .todo)
        }
        self.init(name: name, document: SavedPlan(
            name: name ?? "", role: plan.role, objective: plan.objective, includeRecommended: false, profile: profile,
            catalogFingerprint: "", catalogName: "", catalogVersion: "", created: now, updated: now,
            progress: entries, plan: plan), saved: saved)
    }

    /// The plan as made (with its steps' reasons).
    public var plan: Plan { document.plan }

    /// One status per step of ``plan``.
    public var progress: [StepStatus] { document.stepStatuses }

    /// Sets step `i`'s status on `day`, with the engine's rule for the dates.
    mutating func mark(step i: Int, _ status: StepStatus, on day: CalendarDate) {
        guard document.progress.indices.contains(i) else { return }
        document.progress[i].mark(status, on: day)
    }
}

/// One line of the saved-plans list.
public struct SavedPlanInfo: Sendable, Hashable {
    public var name: String
    public var role: String
    /// The counts, by the engine's one definition (``PlanProgress``).
    public var progress: PlanProgress
    /// When it was last saved, as the store reports it (e.g. `2026-11-29 10:02`), or "".
    public var savedAt: String
    /// Whether the profile or the catalog changed since the plan was made (``SavedPlan/staleReasons(current:catalogFingerprint:includeRecommended:)``).
    public var stale: Bool

    public init(name: String, role: String, progress: PlanProgress, savedAt: String, stale: Bool = false) {
        self.name = name; self.role = role; self.progress = progress; self.savedAt = savedAt; self.stale = stale
    }
}

/// Where the interface keeps the profile and saved plans.
///
/// The program wires the real stores of SkillpathCore; tests pass an in-memory one.
public protocol PlanStorage: Sendable {
    func loadProfile() throws -> Profile
    /// Saves the keys that differ between `base` (the profile as last loaded or saved) and `profile`,
    /// keeping every other key as it is on disk; returns the profile as saved.
    @discardableResult
    func saveProfile(_ profile: Profile, since base: Profile) throws -> Profile
    func listPlans() throws -> [SavedPlanInfo]
    /// A saved plan, with ``OpenPlan/saved`` set to its statuses.
    func loadPlan(named name: String) throws -> OpenPlan
    /// Saves a plan document (with the inputs it records); replaces only a plan of the same name it was
    /// opened as, and then only the steps changed since ``OpenPlan/saved``. Returns the plan as saved.
    @discardableResult
    func savePlan(_ plan: OpenPlan, as name: String) throws -> OpenPlan
    /// The versions of the profile file and of one plan's file, to notice changes made by another writer.
    func stamps(plan name: String?) -> StorageStamps
    func deletePlan(named name: String) throws
    func renamePlan(from old: String, to new: String) throws
    /// Writes the plan as Markdown and returns the file's path.
    func exportMarkdown(named name: String) throws -> String
    /// Writes the plan as iCalendar (RFC 5545) and returns the file's path.
    func exportCalendar(named name: String) throws -> String
    /// Whether a profile has been saved (none: the first run, which starts the guided setup).
    func hasSavedProfile() -> Bool
    /// The session memory saved at the last quit; nil when none. Throws for a file that cannot be used.
    func loadSession() throws -> SessionMemory?
    func saveSession(_ session: SessionMemory) throws
    /// Writes an export file (relative paths from the current directory): `.written` with its path,
    /// or `.exists` when the file is there and `overwrite` is not set (it is left as it is).
    func writeExport(_ bytes: [UInt8], to path: String, overwrite: Bool) throws -> ExportWrite
}

/// What writing an export file did.
public enum ExportWrite: Sendable, Equatable {
    case written(path: String)
    case exists(path: String)
}

/// Why a background or storage job failed, as a message for the status line.
public struct Failure: Error, Sendable, Hashable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
