import Foundation
import Testing
@testable import SkillpathCore

/// The data home, the profile and plan stores: atomic private files, safe names, corrupt and
/// newer files kept, concurrent writers losing nothing.
@Suite struct StorageTests {
    /// A fresh, empty data home in a temporary directory.
    static func makeHome() -> DataHome {
        let path = NSTemporaryDirectory() + "skillpath-storage-\(UUID().uuidString)"
        return DataHome(path: path + "/home")
    }

    static func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    static func samplePlan(role: String = "data-analyst") -> Plan {
        let start = CalendarDate(year: 2026, month: 12, day: 1)
        return Plan(role: role, objective: .cost, feasible: true, value: 343, tiebreak: 190,
                    totals: Plan.Totals(price: 343, hours: 190, weeks: 23.75, credentials: 2),
                    steps: [
                        Plan.Step(credential: "sql-basics", title: "SQL \"Basics\"", price: 49, hours: 10, startWeek: 0, endWeek: 1.25,
                                  startDate: start, endDate: start.adding(days: 9), covers: [SkillLevel(skill: "sql", level: 1)], milestone: false),
                        Plan.Step(credential: "google-da", title: "Google Data Analytics", price: 294, hours: 180, startWeek: 1.25,
                                  endWeek: 23.75, startDate: start.adding(days: 9), endDate: start.adding(days: 166),
                                  covers: [SkillLevel(skill: "sql", level: 2)], milestone: false),
                    ],
                    unmet: [], startDate: start, hoursPerWeek: 8)
    }

    static func sampleSaved(_ name: String, now: Date = Date(timeIntervalSince1970: 1_800_000_000)) -> SavedPlan {
        let plan = samplePlan()
        return SavedPlan(name: name, role: plan.role, objective: .cost, includeRecommended: false,
                         profile: Profile(skills: ["excel": 2], hoursPerWeek: 8, budget: 500), catalogFingerprint: "fnv1a64:0123456789abcdef",
                         catalogName: "test", catalogVersion: "1", created: now, updated: now,
                         progress: plan.steps.map { SavedPlan.Progress(credential: $0.credential) }, plan: plan)
    }

    @Test func dataHomeFollowsTheEnvironment() {
        #expect(DataHome.resolve(environment: ["SKILLPATH_HOME": "/a", "XDG_DATA_HOME": "/b", "HOME": "/c"]).path == "/a")
        #expect(DataHome.resolve(environment: ["XDG_DATA_HOME": "/b", "HOME": "/c"]).path == "/b/skillpath")
        #expect(DataHome.resolve(environment: ["SKILLPATH_HOME": "", "XDG_DATA_HOME": "relative", "HOME": "/c"]).path == "/c/.local/share/skillpath")
        #expect(DataHome.resolve(environment: ["HOME": "/c"]).profileFile == "/c/.local/share/skillpath/profile.json")
    }

    @Test func profileRoundTripsAndIsPrivate() throws {
        let home = Self.makeHome()
        let store = ProfileStore(home: home)
        #expect(try store.load() == nil)
        let profile = Profile(skills: ["sql": 2, "excel": 3], earned: ["google-it"], hoursPerWeek: 7.5,
                              startDate: CalendarDate("2027-01-04"), objective: .balanced, hourValue: 25, budget: 900,
                              excludeProviders: ["udemy"], accreditedOnly: true, targetRole: "data-analyst")
        try store.save(profile)
        #expect(try store.load() == profile)
        #expect(Self.mode(home.profileFile) == 0o600)
        #expect(Self.mode(home.path) == 0o700)
        // Keys sorted and stable: saving again gives the same bytes.
        let first = try String(contentsOfFile: home.profileFile, encoding: .utf8)
        try store.save(profile)
        #expect(try String(contentsOfFile: home.profileFile, encoding: .utf8) == first)
        #expect(first.range(of: "\"accreditedOnly\"")!.lowerBound < first.range(of: "\"budget\"")!.lowerBound)
        // No temporary files are left behind.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: home.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func corruptProfileIsReportedAndKept() throws {
        let home = Self.makeHome()
        try AtomicFile.makeDirectory(home.path)
        let garbage = "{\"skills\": {\"sql\": 2}, \"hoursPerWeek\": \"many\"}"
        try garbage.write(toFile: home.profileFile, atomically: false, encoding: .utf8)
        let store = ProfileStore(home: home)
        do {
            _ = try store.load()
            Issue.record("a corrupt profile loaded")
        } catch {
            guard case .corrupt(let file, let diagnostics) = error else { Issue.record("wrong error \(error)"); return }
            #expect(file == home.profileFile)
            #expect(diagnostics.contains { $0.path == "hoursPerWeek" && $0.line == 1 })
            #expect(error.description.contains("left as it is"))
            #expect(error.exitStatus == 65)
        }
        #expect(throws: StorageError.self) { try store.save(Profile()) }
        #expect(throws: StorageError.self) { try store.update { $0.hoursPerWeek = 3 } }
        #expect(try String(contentsOfFile: home.profileFile, encoding: .utf8) == garbage)
    }

    @Test func savedPlanRoundTrips() throws {
        let store = PlanStore(home: Self.makeHome())
        var saved = Self.sampleSaved("My plan – 2027")
        let known = saved.setStatus(.inProgress, of: "google-da", on: CalendarDate(year: 2027, month: 1, day: 2))
        let unknown = saved.setStatus(.done, of: "no-such-step")
        #expect(known && !unknown)
        try store.save(saved)
        let loaded = try store.load("My plan – 2027")
        #expect(loaded == saved)
        #expect(loaded.progress[1].started == CalendarDate(year: 2027, month: 1, day: 2))
        #expect(Self.mode(try store.file(for: "My plan – 2027")) == 0o600)
        #expect(try store.names() == ["My plan – 2027"])
    }

    @Test func savingOverAnExistingPlanNeedsReplacing() throws {
        let store = PlanStore(home: Self.makeHome())
        try store.save(Self.sampleSaved("a"))
        #expect { try store.save(Self.sampleSaved("a")) } throws: { error in
            guard let error = error as? StorageError, case .planExists = error else { return false }
            return true
        }
        try store.save(Self.sampleSaved("a"), replacing: true)
    }

    @Test func renameAndDelete() throws {
        let store = PlanStore(home: Self.makeHome())
        try store.save(Self.sampleSaved("old"))
        try store.save(Self.sampleSaved("taken"))
        #expect(throws: StorageError.self) { try store.rename("old", to: "taken") }
        try store.rename("old", to: "new")
        #expect(try store.names() == ["new", "taken"])
        #expect(try store.load("new").name == "new")
        try store.delete("new")
        #expect(try store.names() == ["taken"])
        #expect { try store.load("new") } throws: { error in
            guard let error = error as? StorageError, case .noSuchPlan = error else { return false }
            return error.exitStatus == 66
        }
        #expect(throws: StorageError.self) { try store.delete("new") }
    }

    @Test(arguments: ["", "../escape", "a/b", "a\\b", ".hidden", "..", " padded", "tab\there", "nul\u{0}x", "bell\u{7}",
                      String(repeating: "x", count: 101)])
    func badPlanNamesAreRefused(name: String) throws {
        #expect { try PlanName.validate(name) } throws: { error in
            guard let error = error as? StorageError, case .badName = error else { return false }
            return error.exitStatus == 64 && !error.description.contains("\t")
        }
        #expect(throws: StorageError.self) { try PlanStore(home: Self.makeHome()).save(Self.sampleSaved(name)) }
    }

    @Test func goodPlanNamesAreAccepted() throws {
        for name in ["mine", "Data analyst 2027", "plan_v2.1", "été", "x"] { #expect(try PlanName.validate(name) == name) }
    }

    @Test func corruptAndNewerPlansAreKept() throws {
        let home = Self.makeHome()
        let store = PlanStore(home: home)
        try store.save(Self.sampleSaved("broken"))
        let path = try store.file(for: "broken")
        try "{\"format\": 1, \"name\": ".write(toFile: path, atomically: false, encoding: .utf8)
        #expect { try store.load("broken") } throws: { error in
            guard let error = error as? StorageError, case .corrupt(let file, _) = error else { return false }
            return file == path
        }
        #expect(throws: StorageError.self) { try store.save(Self.sampleSaved("broken"), replacing: true) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"format\": 1, \"name\": ")
        // A list still shows it, as unreadable.
        let all = try store.all()
        #expect(all.count == 1)
        if case .success = all[0].plan { Issue.record("a corrupt plan listed as readable") }

        try store.save(Self.sampleSaved("future"))
        let futurePath = try store.file(for: "future")
        let future = try String(contentsOfFile: futurePath, encoding: .utf8).replacingOccurrences(of: "\"format\": 1", with: "\"format\": 7")
        try future.write(toFile: futurePath, atomically: false, encoding: .utf8)
        #expect { try store.load("future") } throws: { error in
            guard let error = error as? StorageError, case .newerFormat(_, 7, 1) = error else { return false }
            return error.description.contains("newer")
        }
        #expect(throws: StorageError.self) { try store.update("future") { (plan: inout SavedPlan) in _ = plan.setStatus(.done, of: "google-da") } }
        #expect(try String(contentsOfFile: futurePath, encoding: .utf8) == future)
        // Deleting is the user's way out.
        try store.delete("broken")
    }

    @Test func concurrentProfileUpdatesLoseNothing() throws {
        let store = ProfileStore(home: Self.makeHome())
        let count = 24
        DispatchQueue.concurrentPerform(iterations: count) { i in
            do { try store.update { $0.earned.append("credential-\(i)") } } catch { Issue.record("update failed: \(error)") }
        }
        let profile = try #require(try store.load())
        #expect(Set(profile.earned) == Set((0..<count).map { "credential-\($0)" }))
    }

    @Test func concurrentPlanUpdatesLoseNothing() throws {
        let store = PlanStore(home: Self.makeHome())
        try store.save(Self.sampleSaved("shared"))
        let steps = ["sql-basics", "google-da"]
        DispatchQueue.concurrentPerform(iterations: 16) { i in
            do {
                if i < 2 {
                    try store.update("shared") { (plan: inout SavedPlan) in _ = plan.setStatus(.done, of: steps[i]) }
                } else {
                    try store.save(Self.sampleSaved("other-\(i)"))
                }
            } catch { Issue.record("failed: \(error)") }
        }
        #expect(try store.load("shared").progress.map(\.status) == [.done, .done])
        #expect(try store.names().count == 15)
    }
}
