import Foundation
import SkillpathCore

/// Planner cases made up for a catalog, with the version 2 profile keys (`onlyProviders`,
/// `require`, `avoid`, `maxHours`, `deadline`), and written as a `cases.json` file that
/// ``PlannerCase/load(path:)`` and `bench/cpsat.py` read. The one case generator: the tests (proven
/// by brute force on small catalogs) and the bench (against CP-SAT on the hard shape) both use it.
///
/// A generated case has no expectation (`hasExpectation` is false) until something proves one: set
/// `hasExpectation`, `feasible`, `value` and `tiebreak` from an exact solver (a brute force on a small
/// catalog) before rendering the file.
extension PlannerCase {
    /// `count` cases for `catalog`, the same for the same seed: a role, and a profile whose keys are
    /// each drawn with a fixed chance. Every profile starts on `start`.
    public static func generate(for catalog: Catalog, count: Int, seed: UInt64, start: CalendarDate) -> [PlannerCase] {
        var random = SplitMix64(seed: seed)
        let ids = catalog.credentials.map(\.id)
        let providers = Array(Set(catalog.credentials.map(\.provider))).sorted()
        func someIDs(_ from: [String], _ most: Int) -> [String] {
            var picked: [String] = []
            for _ in 0..<random.int(in: 1...most) {
                let id = random.pick(from)
                if !picked.contains(id) { picked.append(id) }
            }
            return picked
        }
        return (0..<count).map { i in
            var profile = Profile(hoursPerWeek: random.pick([2.5, 5, 8, 10, 20]), startDate: start,
                                  objective: random.pick(Objective.allCases), hourValue: random.pick([0, 10, 20, 35]))
            if random.chance(0.3) { profile.earned = someIDs(ids, 2) }
            if random.chance(0.3), let skill = catalog.skills.randomElement(using: &random) {
                profile.skills[skill.id] = random.int(in: 1...3)
            }
            if random.chance(0.3) { profile.budget = Double(random.int(in: 0...40) * 25) }
            if random.chance(0.2) { profile.excludeProviders = someIDs(providers, 1) }
            if random.chance(0.1) { profile.accreditedOnly = true }
            if random.chance(0.3) { profile.onlyProviders = someIDs(providers, 3) }
            if random.chance(0.3) { profile.require = someIDs(ids, 2) }
            if random.chance(0.3) { profile.avoid = someIDs(ids, 2) }
            if random.chance(0.3) { profile.maxHours = Double(random.int(in: 0...40) * 10) }
            if random.chance(0.3) { profile.deadline = start.adding(days: random.int(in: -7...365)) }
            let role = catalog.roles[random.int(in: 0...(catalog.roles.count - 1))].id
            return PlannerCase(number: i, role: role, profile: profile, hasExpectation: false,
                               feasible: false, value: nil, tiebreak: nil)
        }
    }

    /// The cases as a `cases.json` file: `[{"role", "profile", "expect": {"feasible", "value", "tiebreak"}}]`,
    /// the profile in the profile file's format; `expect` only on a case that has one.
    public static func render(_ cases: [PlannerCase]) -> String {
        let items: [JSONOutput] = cases.map { item in
            var members: [(String, JSONOutput)] = [("role", .string(item.role)),
                                                   ("profile", ProfileEncoding.output(item.profile))]
            if item.hasExpectation {
                var expect: [(String, JSONOutput)] = [("feasible", .bool(item.feasible))]
                if let value = item.value { expect.append(("value", .number(value))) }
                if let tiebreak = item.tiebreak { expect.append(("tiebreak", .number(tiebreak))) }
                members.append(("expect", .object(expect)))
            }
            return .object(members)
        }
        return JSONOutput.array(items).rendered(pretty: true) + "\n"
    }

    /// Writes ``render(_:)`` of `cases` to `path`.
    public static func write(_ cases: [PlannerCase], to path: String) throws {
        try Data(render(cases).utf8).write(to: URL(fileURLWithPath: path))
    }
}
