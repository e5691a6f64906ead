import Testing
import PropertyBased
@testable import SkillpathCore

/// The minimum-cost hitting set under limits against brute force, on small random instances
/// shaped to work its bounds: costs unrelated to the limits' amounts, and now and then a
/// stand-in (a dear member that spends nothing, as the closest plan's are).
@Suite struct HittingSetTests {
    /// A random instance: per credential a cost, a price and hours; landmarks; a budget and
    /// perhaps a limit on hours.
    struct Instance {
        var cost: [ObjectiveValue]
        var limits: [ResourceLimit]
        var landmarks: [[Int]]
    }

    static func instance(seed: Int) -> Instance {
        var random = PlannerPropertyTests.Random(state: UInt64(seed))
        let count = random.int(4...9)
        var cost: [ObjectiveValue] = []
        var credentials: [Credential] = []
        for c in 0..<count {
            let standIn = random.int(0...5) == 0
            cost.append(ObjectiveValue(standIn ? 1_000_000 : random.int(0...60)))
            credentials.append(Credential(id: "c\(c)", title: "C\(c)", provider: "p", type: .course,
                                          hours: standIn ? 0 : Double(random.int(0...20)),
                                          price: standIn ? 0 : Double(random.int(0...40)), skills: []))
        }
        let catalog = PlannerTests.catalog(credentials, roles: [])
        var limits = [ResourceLimit(kind: .budget(Double(random.int(0...80))), catalog: catalog)]
        if random.int(0...1) == 0 { limits.append(ResourceLimit(kind: .maxHours(Double(random.int(0...40))), catalog: catalog)) }
        let landmarks = (0..<random.int(1...5)).map { _ in
            (0..<count).filter { _ in random.int(0...2) == 0 }
        }.filter { !$0.isEmpty }
        return Instance(cost: cost, limits: limits, landmarks: landmarks)
    }

    /// The least cost of a set hitting every landmark within every limit, by trying every set.
    static func bruteForce(_ instance: Instance) -> ObjectiveValue? {
        let count = instance.cost.count
        var best: ObjectiveValue?
        for mask in 0..<(1 << count) {
            let chosen = (0..<count).filter { mask >> $0 & 1 == 1 }
            guard instance.landmarks.allSatisfy({ $0.contains(where: chosen.contains) }) else { continue }
            guard instance.limits.allSatisfy({ limit in limit.allows(chosen.reduce(0) { $0 + limit.amount[$1] }) }) else { continue }
            let total = chosen.reduce(ObjectiveValue(0)) { $0 + instance.cost[$1] }
            if best == nil || total < best! { best = total }
        }
        return best
    }

    static func check(seed: Int) {
        let instance = Self.instance(seed: seed)
        var hittingSet = HittingSet(cost: instance.cost, limits: instance.limits)
        for landmark in instance.landmarks { hittingSet.add(landmark) }
        let found = hittingSet.solve(atLeast: 0, until: .never)
        #expect(found?.cost == Self.bruteForce(instance), "seed \(seed)")
    }

    @Test func leastCostUnderLimitsMatchesBruteForce() async {
        await propertyCheck(count: 3_000, input: Gen.int(in: 0...1_000_000_000)) { seed in
            Self.check(seed: seed)
        }
    }
}
