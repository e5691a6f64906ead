import Testing
import PropertyBased
@testable import SkillpathCore
import CatalogGenerator

/// On small random catalogs the planner agrees with a brute-force enumeration of every set of
/// credentials: same feasibility, same optimal value and tiebreak, with random `require`, `avoid`,
/// `onlyProviders`, `maxHours`, `deadline` and retirement checked by the brute force's own reading of rules 2, 4
/// and 5.
@Suite struct PlannerPropertyTests {
    /// The generator's SplitMix64, with a range helper, so a failing seed can be replayed.
    struct Random {
        var generator: SplitMix64
        init(state: UInt64) { generator = SplitMix64(seed: state) }
        mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &generator) }
    }

    /// The start date of every random case.
    static let start = CalendarDate(year: 2026, month: 12, day: 1)

    static func randomCase(seed: Int) -> (Catalog, Profile) {
        var random = Random(state: UInt64(seed))
        let skills = (0..<4).map { Skill(id: "s\($0)", name: "S\($0)", category: "C") }
        var credentials: [Credential] = []
        let count = random.int(5...10)
        for c in 0..<count {
            var grants: [SkillLevel] = []
            for _ in 0..<random.int(1...2) { grants.append(SkillLevel(skill: "s\(random.int(0...3))", level: random.int(1...4))) }
            var requires: [Condition] = []
            switch random.int(0...5) {
            case 0: requires = [.skill("s\(random.int(0...3))", level: random.int(1...3))]
            case 1 where c > 0: requires = [.credential("c\(random.int(0...(count - 1)))")]
            case 2: requires = [.anyOf([.skill("s\(random.int(0...3))", level: 2), .credential("c\(random.int(0...(count - 1)))")])]
            default: break
            }
            var stack: Credential.Stack?
            if random.int(0...4) == 0 && c >= 2 {
                // 2 to 4 distinct earlier credentials, of which 1 to all must be held.
                var parts: [Int] = []
                for _ in 0..<random.int(2...min(4, c)) {
                    var part = random.int(0...(c - 1))
                    while parts.contains(part) { part = (part + 1) % c }
                    parts.append(part)
                }
                stack = .init(of: parts.map { "c\($0)" }, count: random.int(1...parts.count))
            }
            credentials.append(Credential(id: "c\(c)", title: "C\(c)", provider: random.int(0...3) == 0 ? "q" : "p",
                                          type: stack == nil ? .course : .program,
                                          hours: Double(random.int(0...8) * 5), price: Double(random.int(0...6) * 25),
                                          skills: grants, requires: requires, stack: stack, accredited: random.int(0...1) == 0))
        }
        var goals: [Condition] = []
        for _ in 0..<random.int(1...3) { goals.append(.skill("s\(random.int(0...3))", level: random.int(1...4))) }
        let catalog = Catalog(info: .init(name: "r", version: "1", currency: "USD"), skills: skills,
                              providers: [Provider(id: "p", name: "P", kind: .platform), Provider(id: "q", name: "Q", kind: .employer)],
                              roles: [Role(id: "r", title: "R", requires: goals)], credentials: credentials)
        var profile = Profile(objective: Objective.allCases[random.int(0...2)], hourValue: Double(random.int(0...3) * 10))
        if random.int(0...3) == 0 { profile.budget = Double(random.int(0...8) * 25) }
        if random.int(0...4) == 0 { profile.excludeProviders = ["q"] }
        if random.int(0...4) == 0 { profile.accreditedOnly = true }
        if random.int(0...2) == 0 { profile.skills["s\(random.int(0...3))"] = random.int(1...3) }
        if random.int(0...3) == 0 { profile.earned = ["c\(random.int(0...(count - 1)))"] }
        // Version 2 pins, drawn last so the cases above stay as they were.
        if random.int(0...2) == 0 { profile.require = (0..<random.int(1...2)).map { _ in "c\(random.int(0...(count - 1)))" } }
        if random.int(0...2) == 0 { profile.avoid = (0..<random.int(1...2)).map { _ in "c\(random.int(0...(count - 1)))" } }
        // Version 2 filters and limits, drawn after the pins.
        if random.int(0...4) == 0 { profile.onlyProviders = [["p"], ["q"], ["q", "p"]][random.int(0...2)] }
        if random.int(0...3) == 0 { profile.maxHours = Double(random.int(0...8) * 10) }
        profile.startDate = start
        if random.int(0...3) == 0 {
            profile.hoursPerWeek = [5, 8, 10, 2.5][random.int(0...3)]
            profile.deadline = start.adding(days: random.int(-3...70))
        }
        // Retirement, drawn last: about one credential in four retires, some before the start.
        for c in credentials.indices where random.int(0...3) == 0 {
            credentials[c].retires = start.adding(days: random.int(-5...40))
            if random.int(0...1) == 0 { credentials[c].successor = "c\(random.int(0...(count - 1)))" }
        }
        let retiring = Catalog(info: catalog.info, skills: catalog.skills, providers: catalog.providers,
                               roles: catalog.roles, credentials: credentials)
        return (retiring, profile)
    }

    /// The lexicographic optimum (first two terms) by trying every subset; nil when none is valid.
    /// The role is the catalog's first unless named; the profile must have a start date.
    static func bruteForce(_ catalog: Catalog, _ profile: Profile, role: Role? = nil) -> (Double, Double)? {
        let role = role ?? catalog.roles[0]
        let start = profile.startDate!
        let n = catalog.credentials.count
        var best: (Double, Double, Int)?
        for mask in 0..<(1 << n) {
            var chosen: [Credential] = []
            var usable = true
            for c in 0..<n where mask & (1 << c) != 0 {
                let credential = catalog.credentials[c]
                if profile.earned.contains(credential.id) || profile.avoid.contains(credential.id)
                    || profile.excludeProviders.contains(credential.provider)
                    || (!profile.onlyProviders.isEmpty && !profile.onlyProviders.contains(credential.provider))
                    || (profile.accreditedOnly && !credential.accredited)
                    || credential.retires.map({ $0 <= start }) == true { usable = false; break }
                chosen.append(credential)
            }
            guard usable else { continue }
            if let budget = profile.budget, chosen.reduce(0, { $0 + $1.price }) > budget { continue }
            let hours = chosen.reduce(0, { $0 + $1.hours })
            if let maxHours = profile.maxHours, hours > maxHours { continue }
            if let deadline = profile.deadline {
                // The schedule's end: every hour at hoursPerWeek, counted in days from the start.
                let days = Double(deadline.daysSinceEpoch - start.daysSinceEpoch)
                if days < 0 ? !chosen.isEmpty : hours / profile.hoursPerWeek * 7 > days + 1e-9 { continue }
            }
            // Order greedily: monotone conditions make that complete.
            var held = Set(profile.earned)
            func level(_ s: String) -> Int {
                var l = profile.skills[s] ?? 0
                for id in held { l = max(l, catalog.credential(id)!.grantedLevel(s)) }
                return l
            }
            var remaining = chosen
            var progress = true
            while progress && !remaining.isEmpty {
                progress = false
                for (i, c) in remaining.enumerated() {
                    let ready = c.requires.allSatisfy { $0.holds(hasCredential: { held.contains($0) }, level: level) }
                        && (c.stack.map { s in s.of.filter { held.contains($0) }.count >= s.count } ?? true)
                    if ready { held.insert(c.id); remaining.remove(at: i); progress = true; break }
                }
            }
            guard remaining.isEmpty,
                  role.requires.allSatisfy({ $0.holds(hasCredential: { held.contains($0) }, level: level) }),
                  profile.require.allSatisfy(held.contains) else { continue }
            let (value, tiebreak) = measure(chosen, profile)
            let key = (value, tiebreak, chosen.count)
            if best == nil || key < best! { best = key }
        }
        return best.map { ($0.0, $0.1) }
    }

    @Test func plannerMatchesBruteForce() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...1_000_000_000)) { seed in
            let (catalog, profile) = Self.randomCase(seed: seed)
            let plan = try? Planner(catalog: catalog).plan(PlanRequest(role: "r", profile: profile))
            let expected = Self.bruteForce(catalog, profile)
            #expect(plan?.feasible == (expected != nil), "seed \(seed)")
            if let plan, plan.feasible, let deadline = profile.deadline {
                #expect(plan.finishDate <= deadline || plan.steps.isEmpty, "seed \(seed): ends \(plan.finishDate), after the deadline \(deadline)")
            }
            // A step ending after its credential retires, and only such a step, has a warning.
            for step in plan?.steps ?? [] {
                let retires = catalog.credential(step.credential)?.retires
                #expect((retires.map { $0 < step.endDate } ?? false) == !step.warnings.isEmpty, "seed \(seed): \(step.credential)")
            }
            if let expected, let plan, plan.feasible {
                #expect(abs(plan.value - expected.0) < 1e-6 && abs(plan.tiebreak - expected.1) < 1e-6,
                        "seed \(seed): planner \(plan.value)/\(plan.tiebreak), brute force \(expected.0)/\(expected.1)")
            }
        }
    }

    /// The objective's value and tiebreak of a set of credentials.
    static func measure(_ chosen: [Credential], _ profile: Profile) -> (Double, Double) {
        let price = chosen.reduce(0.0) { $0 + $1.price }, hours = chosen.reduce(0.0) { $0 + $1.hours }
        switch profile.objective {
        case .cost: return (price, hours)
        case .time: return (hours, price)
        case .balanced: return (price + profile.hourValue * hours, 0)
        }
    }

    @Test func eachSearchAloneMatchesBruteForce() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...1_000_000_000)) { seed in
            let (catalog, profile) = Self.randomCase(seed: seed)
            let goals = catalog.roles[0].requires + profile.require.map { Condition.credential($0) }
            let problem = PlanningProblem(catalog: catalog, goals: goals, profile: profile, exclude: [], today: Self.start)
            var landmarks = LandmarkSearch(problem: problem)
            landmarks.run(until: .never)
            var branchAndBound = BranchAndBound(problem: problem)
            branchAndBound.run(until: .never)
            let expected = Self.bruteForce(catalog, profile)
            for (name, order) in [("landmarks", landmarks.best?.order), ("branch and bound", branchAndBound.best?.order)] {
                #expect((order != nil) == (expected != nil), "seed \(seed): \(name)")
                if let order, let expected {
                    let got = Self.measure(order.map { catalog.credentials[$0] }, profile)
                    #expect(abs(got.0 - expected.0) < 1e-6 && abs(got.1 - expected.1) < 1e-6,
                            "seed \(seed): \(name) \(got), brute force \(expected)")
                }
            }
        }
    }
}
