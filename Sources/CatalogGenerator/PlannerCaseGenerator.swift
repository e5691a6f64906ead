import Foundation
import SkillpathCore

/// Makes planner cases (a role and a profile each, no expected result) for a generated catalog,
/// deterministically from a seed, and writes them as a `cases.json` that ``PlannerCase/load(path:)``
/// and `bench/cpsat.py` read.
///
/// Profiles vary the objective, the weekly hours, some starting skills and earned credentials; about
/// one case in four (numbers 3, 7, 11, …) has a budget, in turn so small that no valid plan exists
/// and generous.
public struct PlannerCaseGenerator: Sendable {
    /// The seed of the pseudo-random sequence (independent of the catalog's).
    public let seed: UInt64
    /// How many cases to make.
    public let count: Int

    /// Creates a generator of `count` cases from `seed`.
    public init(seed: UInt64, count: Int) {
        self.seed = seed
        self.count = max(0, count)
    }

    /// The cases for `catalog`, numbered from 0.
    public func cases(for catalog: Catalog) -> [PlannerCase] {
        var random = SplitMix64(seed: seed)
        let roles = catalog.roles.map(\.id)
        let skills = catalog.skills.map(\.id)
        let plain = catalog.credentials.filter { $0.stack == nil && $0.requires.isEmpty }.map(\.id)
        guard !roles.isEmpty else { return [] }
        return (0..<count).map { i in
            var profile = Profile()
            profile.objective = Objective.allCases[random.int(in: 0...(Objective.allCases.count - 1))]
            profile.hoursPerWeek = Double(random.int(in: 3...15))
            if profile.objective == .balanced { profile.hourValue = Double(random.int(in: 10...40)) }
            if !skills.isEmpty {
                for _ in 0..<random.int(in: 0...4) { profile.skills[random.pick(skills)] = random.int(in: 1...3) }
            }
            if !plain.isEmpty && random.chance(0.3) { profile.earned = [random.pick(plain)] }
            // Every fourth case has a budget, in turn too small for any plan and generous.
            if i % 4 == 3 {
                profile.budget = i % 8 == 3 ? Double(random.int(in: 20...100)) : Double(random.int(in: 1000...4000))
            }
            return PlannerCase(number: i, role: roles[random.int(in: 0...(roles.count - 1))], profile: profile,
                               hasExpectation: false, feasible: false, value: nil, tiebreak: nil)
        }
    }

    /// Writes `cases` to `path` as a JSON array, one case a line, keys in a fixed order.
    public static func write(_ cases: [PlannerCase], to path: String) throws {
        let lines = cases.map { c -> String in
            let p = c.profile
            var profile: [(String, JSONOutput)] = [
                ("skills", .object(p.skills.keys.sorted().map { ($0, .integer(p.skills[$0]!)) })),
                ("earned", .array(p.earned.map(JSONOutput.string))),
                ("hoursPerWeek", amount(p.hoursPerWeek)),
                ("objective", .string(p.objective.rawValue)),
                ("hourValue", amount(p.hourValue)),
            ]
            if let budget = p.budget { profile.append(("budget", amount(budget))) }
            return " " + JSONOutput.object([("role", .string(c.role)), ("profile", .object(profile))]).rendered(pretty: false)
        }
        let text = "[\n" + lines.joined(separator: ",\n") + "\n]\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// Whole numbers without a decimal point (as the catalog writer writes them), others as they are.
    private static func amount(_ x: Double) -> JSONOutput {
        x == x.rounded() && abs(x) < 1e15 ? .integer(Int(x)) : .number(x)
    }
}
