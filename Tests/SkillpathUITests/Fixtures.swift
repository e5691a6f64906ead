import Foundation
import SkillpathCore
@testable import SkillpathUI

/// A small catalog built in code: wide characters, an escape sequence in a title, a stack.
enum Fixtures {
    static let catalog: Catalog = {
        let skills = [
            Skill(id: "sql", name: "SQL", category: "Data"),
            Skill(id: "excel", name: "Spreadsheets", category: "Data"),
            Skill(id: "python", name: "Python", category: "Programming"),
            Skill(id: "stats", name: "Statistics", category: "Data"),
            Skill(id: "cloud", name: "Cloud basics", category: "Cloud"),
        ]
        let providers = [
            Provider(id: "coursera", name: "Coursera", kind: .platform),
            Provider(id: "google", name: "Google", kind: .employer),
            Provider(id: "utokyo", name: "東京大学", kind: .university),
            Provider(id: "aws", name: "AWS", kind: .industry),
        ]
        let credentials = [
            Credential(id: "sql-basics", title: "SQL Basics", provider: "coursera", type: .course, hours: 20, price: 49,
                       skills: [SkillLevel(skill: "sql", level: 2)], url: "https://example.org/sql-basics",
                       summary: "Queries, joins and aggregates on real data sets."),
            Credential(id: "sheets", title: "Spreadsheets for Analysis 📊", provider: "google", type: .course, hours: 10, price: 0,
                       skills: [SkillLevel(skill: "excel", level: 2)]),
            Credential(id: "python-intro", title: "Python for Everybody", provider: "coursera", type: .course, hours: 40, price: 49,
                       skills: [SkillLevel(skill: "python", level: 2)], requires: [.skill("sql", level: 1)]),
            Credential(id: "stats-jp", title: "統計学入門 Statistics", provider: "utokyo", type: .course, hours: 30, price: 0,
                       skills: [SkillLevel(skill: "stats", level: 2)], accredited: true),
            Credential(id: "gda", title: "Google Data Analytics Certificate", provider: "coursera", issuer: "google",
                       type: .certificate, hours: 0, price: 0,
                       skills: [SkillLevel(skill: "sql", level: 2), SkillLevel(skill: "excel", level: 2)],
                       stack: Credential.Stack(of: ["sql-basics", "sheets", "python-intro"]), verifiable: true),
            Credential(id: "sql-advanced", title: "Advanced SQL\u{1B}[31m red", provider: "coursera", type: .course, hours: 30, price: 79,
                       skills: [SkillLevel(skill: "sql", level: 3)], requires: [.credential("sql-basics")]),
            Credential(id: "sql-pro", title: "SQL Professional", provider: "utokyo", type: .certification, hours: 45, price: 150,
                       skills: [SkillLevel(skill: "sql", level: 3)], accredited: true),
            Credential(id: "cloud-practitioner", title: "Cloud Practitioner", provider: "aws", type: .certification, hours: 20, price: 100,
                       skills: [SkillLevel(skill: "cloud", level: 2)]),
        ]
        let roles = [
            Role(id: "data-analyst", title: "Data Analyst", onet: "15-2051.01", summary: "Turns data into decisions.",
                 requires: [.skill("sql", level: 3), .skill("excel", level: 2), .skill("python", level: 2)],
                 recommends: [.skill("stats", level: 2)]),
            Role(id: "cloud-support", title: "Cloud Support Associate", onet: "15-1232.00",
                 requires: [.skill("cloud", level: 2)]),
        ]
        return Catalog(info: .init(name: "fixture", version: "1", currency: "USD"), skills: skills,
                       providers: providers, roles: roles, credentials: credentials)
    }()

    static let today = CalendarDate(year: 2026, month: 12, day: 1)

    /// A hand-made plan for the data analyst role (test input standing in for the planner's answer).
    static func dataAnalystPlan(objective: Objective = .cost) -> Plan {
        let ids = ["sql-basics", "sheets", "python-intro", "gda", "sql-advanced"]
        var week = 0.0
        var steps: [Plan.Step] = []
        for id in ids {
            let c = catalog.credential(id)!
            let weeks = c.hours / 5
            let start = today.adding(days: Int((week * 7).rounded()))
            let end = today.adding(days: Int(((week + weeks) * 7).rounded()))
            let covers: [SkillLevel] = id == "sql-advanced" ? [SkillLevel(skill: "sql", level: 3)]
                : id == "sheets" ? [SkillLevel(skill: "excel", level: 2)]
                : id == "python-intro" ? [SkillLevel(skill: "python", level: 2)] : []
            steps.append(Plan.Step(credential: id, title: c.title, price: c.price, hours: c.hours, startWeek: week,
                                   endWeek: week + weeks, startDate: start, endDate: end, covers: covers,
                                   milestone: id == "gda"))
            week += weeks
        }
        let price = steps.reduce(0) { $0 + $1.price }, hours = steps.reduce(0) { $0 + $1.hours }
        var plan = Plan(role: "data-analyst", objective: objective, feasible: true, value: price, tiebreak: hours,
                        totals: .init(price: price, hours: hours, weeks: week, credentials: 4), steps: steps, unmet: [],
                        startDate: today, hoursPerWeek: 5)
        // The reasons, as the planner gives them.
        plan.assignReasons(catalog: catalog, role: catalog.role("data-analyst")!, profile: Profile(), includeRecommended: false)
        return plan
    }

    /// A state with a profile, estimates for every role, a plan in progress and one saved plan.
    static func richState(width: Int, height: Int) -> AppState {
        var profile = Profile(skills: ["sql": 1, "excel": 2], earned: ["sheets"], hoursPerWeek: 5)
        profile.targetRole = "data-analyst"
        var s = AppState(catalog: Fixtures.catalog, profile: profile, today: Fixtures.today, width: width, height: height)
        s.roles.estimates = ["data-analyst": .plan(price: 177, hours: 100, weeks: 20, credentials: 4),
                             "cloud-support": .infeasible([Plan.Unmet(condition: .skill("cloud", level: 2),
                                                                          reason: "no credential grants Cloud basics at level 2 within the budget")])]
        var session = PlanSession(role: "data-analyst")
        session.document = OpenPlan(name: nil, plan: Fixtures.dataAnalystPlan(), progress: [.done, .inProgress, .todo, .todo, .skipped],
                                        profile: profile)
        session.comparisons = [.time: .plan(price: 177, hours: 100, weeks: 20, credentials: 4), .balanced: .pending]
        session.cursor.selection = 0
        s.session = session
        s.plans.list = [SavedPlanInfo(name: "analyst 2027", role: "data-analyst", progress: PlanProgress(done: 1, skipped: 0, inProgress: 0, total: 5), savedAt: "2026-12-01 09:30")]
        s.plans.loaded = true
        return s
    }

    static func state(width: Int = 80, height: Int = 24, profile: Profile = Profile()) -> AppState {
        AppState(catalog: catalog, profile: profile, today: today, width: width, height: height)
    }

    /// The state after Enter on the Roles screen's first role and its plan's arrival.
    static func plannedState() -> AppState {
        var s = state()
        s.screen = .roles
        var (next, fx) = update(s, .key(.enter))
        guard case .plan(let token, _, _)? = fx.first(where: { if case .plan = $0 { return true } else { return false } }) else { return next }
        (next, _) = update(next, .planned(token: token, purpose: .main, .success(dataAnalystPlan())))
        return next
    }
}

/// Plans kept in memory, for tests of the runner's storage contract.
final class InMemoryStorage: PlanStorage, @unchecked Sendable {
    private let lock = NSLock()
    private var profile = Profile()
    private var documents: [String: OpenPlan] = [:]

    func loadProfile() throws -> Profile { lock.withLock { profile } }
    /// Bumped on every write, as a file's stamp changes.
    private var profileVersion: Int64 = 0
    private var planVersions: [String: Int64] = [:]

    func saveProfile(_ p: Profile, since base: Profile) throws -> Profile {
        lock.withLock {
            ProfileEdit(from: base, to: p).apply(to: &profile)
            profileVersion += 1
            return profile
        }
    }
    /// Another writer's change (the command line), as a test sets it up.
    func writeProfileElsewhere(_ change: (inout Profile) -> Void) {
        lock.withLock { change(&profile); profileVersion += 1 }
    }
    func stamps(plan name: String?) -> StorageStamps {
        lock.withLock {
            func stamp(_ version: Int64?) -> FileStamp? { version.map { FileStamp(device: 0, inode: 0, size: 0, modified: $0) } }
            return StorageStamps(profile: stamp(profileVersion), plan: stamp(name.flatMap { planVersions[$0] }))
        }
    }
    func listPlans() throws -> [SavedPlanInfo] {
        lock.withLock {
            documents.keys.sorted().map { name in
                let d = documents[name]!
                return SavedPlanInfo(name: name, role: d.plan.role, progress: d.document.counts, savedAt: "2026-12-01 09:00")
            }
        }
    }
    func loadPlan(named name: String) throws -> OpenPlan {
        try lock.withLock {
            guard var d = documents[name] else { throw Failure("no plan \(name)") }
            d.name = name
            return d
        }
    }
    func savePlan(_ document: OpenPlan, as name: String) throws -> OpenPlan {
        lock.withLock {
            var stored = document
            stored.name = name
            stored.saved = Dictionary(zip(document.plan.steps.map(\.credential), document.progress), uniquingKeysWith: { a, _ in a })
            documents[name] = stored
            planVersions[name, default: 0] += 1
            return stored
        }
    }
    func deletePlan(named name: String) throws { lock.withLock { documents[name] = nil } }
    func renamePlan(from old: String, to new: String) throws {
        lock.withLock { documents[new] = documents[old]; documents[old] = nil }
    }
    func exportMarkdown(named name: String) throws -> String { "/tmp/\(name).md" }
    func exportCalendar(named name: String) throws -> String { "/tmp/\(name).ics" }
    func hasSavedProfile() -> Bool { lock.withLock { profileVersion > 0 } }
    private var session: SessionMemory?
    func loadSession() throws -> SessionMemory? { lock.withLock { session } }
    func saveSession(_ memory: SessionMemory) throws { lock.withLock { session = memory } }
    /// Export files by path, as a directory would hold them.
    private(set) var files: [String: [UInt8]] = [:]
    func writeExport(_ bytes: [UInt8], to path: String, overwrite: Bool) throws -> ExportWrite {
        lock.withLock {
            if files[path] != nil && !overwrite { return .exists(path: path) }
            files[path] = bytes
            return .written(path: path)
        }
    }
}

/// Applies actions in turn, collecting every effect.
func run(_ state: AppState, _ actions: [Action]) -> (AppState, [Effect]) {
    var s = state
    var all: [Effect] = []
    for action in actions {
        let (next, effects) = update(s, action)
        s = next
        all += effects
    }
    return (s, all)
}

/// Key actions for each character of a string.
func typing(_ text: String) -> [Action] { text.map { .key(.char($0)) } }
