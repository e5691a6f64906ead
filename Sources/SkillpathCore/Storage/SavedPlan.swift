import Foundation

/// A plan kept in the data home: the plan as made, what it was made from, and the learner's progress.
///
/// The ``Plan`` itself is stored so that it can be shown without planning again, and the
/// catalog fingerprint tells whether the catalog has changed since.
public struct SavedPlan: Sendable, Hashable {
    /// The format version this build writes and the newest it reads.
    public static let formatVersion = 1

    /// Progress on one step.
    public struct Progress: Sendable, Hashable {
        public var credential: String
        public var status: StepStatus
        /// The day work on the step began (set on the first move to in-progress or done).
        public var started: CalendarDate?
        /// The day the step was done or skipped.
        public var finished: CalendarDate?

        public init(credential: String, status: StepStatus = .todo, started: CalendarDate? = nil, finished: CalendarDate? = nil) {
            self.credential = credential; self.status = status; self.started = started; self.finished = finished
        }
    }

    public var name: String
    public var role: String
    public var objective: Objective
    public var includeRecommended: Bool
    /// The profile the plan was made from.
    public var profile: Profile
    /// ``Catalog/fingerprint`` of the catalog the plan was made with.
    public var catalogFingerprint: String
    public var catalogName: String
    public var catalogVersion: String
    public var created: Date
    public var updated: Date
    /// One entry per step of ``plan``, in the same order.
    public var progress: [Progress]
    public var plan: Plan
    /// Credentials this plan requires beyond its profile (swapped in, or in progress at a re-plan), see ``pin(_:replacing:)``.
    public var pins: [Pin] = []

    public init(name: String, role: String, objective: Objective, includeRecommended: Bool, profile: Profile,
                catalogFingerprint: String, catalogName: String, catalogVersion: String,
                created: Date, updated: Date, progress: [Progress], plan: Plan, pins: [Pin] = []) {
        self.name = name; self.role = role; self.objective = objective
        self.includeRecommended = includeRecommended; self.profile = profile
        self.catalogFingerprint = catalogFingerprint; self.catalogName = catalogName
        self.catalogVersion = catalogVersion; self.created = created; self.updated = updated
        self.progress = progress; self.plan = plan; self.pins = pins
    }

    /// A new saved plan with every step to do.
    public init(name: String, plan: Plan, profile: Profile, includeRecommended: Bool, catalog: Catalog, now: Date = Date()) {
        self.init(name: name, role: plan.role, objective: plan.objective, includeRecommended: includeRecommended,
                  profile: profile, catalogFingerprint: catalog.fingerprint, catalogName: catalog.info.name,
                  catalogVersion: catalog.info.version, created: Timestamp.wholeSeconds(now), updated: Timestamp.wholeSeconds(now),
                  progress: plan.steps.map { Progress(credential: $0.credential) }, plan: plan)
    }

    /// The progress of the step for `credential`, or nil when the plan has no such step.
    public func status(of credential: String) -> StepStatus? {
        progress.first { $0.credential == credential }?.status
    }

    /// Sets a step's status, recording the day it started or finished by ``Progress/mark(_:on:)``.
    /// False when no step has that credential.
    @discardableResult
    public mutating func setStatus(_ status: StepStatus, of credential: String, on day: CalendarDate = .today(), now: Date = Date()) -> Bool {
        guard let i = progress.firstIndex(where: { $0.credential == credential }) else { return false }
        progress[i].mark(status, on: day)
        updated = Timestamp.wholeSeconds(now)
        return true
    }

    /// The step statuses by credential, as a writer remembers them to save only its own changes later.
    public var statuses: [String: StepStatus] {
        Dictionary(progress.map { ($0.credential, $0.status) }, uniquingKeysWith: { first, _ in first })
    }

    /// Takes `saved`'s progress (status and dates) for every step whose status this writer has not
    /// changed since it saw `base`, so that another writer's change to that step is kept.
    mutating func keepProgress(of saved: SavedPlan, notChangedSince base: [String: StepStatus]) {
        for (i, entry) in progress.enumerated() {
            guard let seen = base[entry.credential], seen == entry.status,
                  let other = saved.progress.first(where: { $0.credential == entry.credential }) else { continue }
            progress[i].status = other.status
            progress[i].started = other.started
            progress[i].finished = other.finished
        }
    }
}
