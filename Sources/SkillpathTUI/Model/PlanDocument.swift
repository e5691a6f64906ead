import SkillpathCore

/// A plan with the learner's progress: what the Plan screen shows and the Plans screen saves.
public struct PlanDocument: Sendable, Hashable {
    /// The name it is saved under; nil until saved.
    public var name: String?
    public var plan: Plan
    /// One status per step of `plan`.
    public var progress: [StepStatus]
    /// The statuses by credential as last read from or written to the saved file; nil until then.
    /// A save changes on disk only the steps whose status differs from these, so a change another
    /// writer made meanwhile to another step is kept.
    public var saved: [String: StepStatus]?

    public init(name: String?, plan: Plan, progress: [StepStatus]? = nil, saved: [String: StepStatus]? = nil) {
        self.name = name
        self.plan = plan
        self.saved = saved
        self.progress = progress ?? Array(repeating: .todo, count: plan.steps.count)
        if self.progress.count != plan.steps.count {
            self.progress = Array(self.progress.prefix(plan.steps.count))
                + Array(repeating: .todo, count: max(0, plan.steps.count - self.progress.count))
        }
    }
}

/// One line of the saved-plans list.
public struct SavedPlanInfo: Sendable, Hashable {
    public var name: String
    public var role: String
    public var steps: Int
    public var done: Int
    /// When it was last saved, as the store reports it (e.g. `2026-11-29 10:02`), or "".
    public var savedAt: String

    public init(name: String, role: String, steps: Int, done: Int, savedAt: String) {
        self.name = name; self.role = role; self.steps = steps; self.done = done; self.savedAt = savedAt
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
    /// A saved plan, with ``PlanDocument/saved`` set to its statuses.
    func loadPlan(named name: String) throws -> PlanDocument
    /// Saves a plan (with the profile it was made from); replaces only a plan of the same name it was
    /// opened as, and then only the steps changed since ``PlanDocument/saved``. Returns the plan as saved.
    @discardableResult
    func savePlan(_ document: PlanDocument, as name: String, profile: Profile) throws -> PlanDocument
    /// The versions of the profile file and of one plan's file, to notice changes made by another writer.
    func stamps(plan name: String?) -> StorageStamps
    func deletePlan(named name: String) throws
    func renamePlan(from old: String, to new: String) throws
    /// Writes the plan as Markdown and returns the file's path.
    func exportMarkdown(named name: String) throws -> String
    /// Writes the plan as iCalendar (RFC 5545) and returns the file's path.
    func exportCalendar(named name: String) throws -> String
}

/// Why a background or storage job failed, as a message for the status line.
public struct Failure: Error, Sendable, Hashable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
