/// The catalog-dependent part of every ``PlanningProblem``, compiled once per ``Planner``.
///
/// Requirements on dense indices (stack rule included), the skill levels each credential grants,
/// prices and hours in thousandths and the facts the usability filters read do not depend on the
/// profile, so a planner that plans many requests (`plan --batch`, `roles --rank`, the closest
/// plan's searches) compiles them once and each request only applies its own differences (held
/// credentials and levels, filters, limits, the objective).
struct CompiledCatalog: Sendable {
    let catalog: Catalog
    /// Per credential: its requirements (conjuncts, stack rule included).
    let requirements: [[Requirement]]
    /// ``requirements`` as a flat table, for the hot checks.
    let prerequisites: RequirementTable
    /// Per credential and per skill: the credentials whose requirements name it.
    let watchers: RequirementWatchers
    /// Per credential: the skill levels it grants, as (skill index, level).
    let grants: [[(Int, Int)]]
    /// The highest level any credential grants, or ``Limits/level``'s top when that is higher.
    let topLevel: Int
    /// Per credential: its price and its hours in thousandths (``PlanningProblem/fixed(_:)``).
    let price: [Int64]
    let hours: [Int64]
    /// Per credential: its price and hours as the catalog states them.
    let statedPrice: [Double]
    let statedHours: [Double]
    /// Per credential: whether it is accredited.
    let accredited: [Bool]
    /// Per credential: the day it retires, if it does.
    let retires: [CalendarDate?]
    /// Per credential: its provider, numbered as in ``providerNumbers``, for the provider filters.
    let providerNumber: [Int]
    /// The providers the credentials name, each with its number.
    let providerNumbers: [String: Int]
    /// The costs under the `cost` and `time` objectives, folded once for every problem.
    let costObjective: ObjectiveCosts
    let timeObjective: ObjectiveCosts
    /// The first credential price or hours out of ``Limits`` (a loaded catalog has none; one built
    /// in code may): every request on this catalog is rejected with it.
    let outOfRange: PlanningError?

    init(_ catalog: Catalog) {
        self.catalog = catalog
        requirements = catalog.credentials.map { credential in
            var list = credential.requires.flatMap { Requirement($0, in: catalog).conjuncts }
            if let stack = credential.stack {
                let parts = stack.of.map { catalog.credentialIndex[$0] }
                if parts.contains(nil) { list.append(.never) }
                // A part named twice still counts once.
                list.append(.atLeast(stack.count, of: Array(Set(parts.compactMap { $0 })).sorted()))
            }
            return list
        }
        prerequisites = RequirementTable(requirements)
        watchers = RequirementWatchers(requirements: requirements, skills: catalog.skills.count)
        grants = catalog.credentials.map { credential in
            credential.skills.compactMap { granted in catalog.skillIndex[granted.skill].map { ($0, granted.level) } }
        }
        topLevel = grants.reduce(Limits.level.upperBound) { top, grants in grants.reduce(top) { max($0, $1.1) } }
        let outOfRange = Self.firstOutOfRange(catalog)
        self.outOfRange = outOfRange
        // Out of range, a value may not convert (it could overflow); no request gets this far then.
        price = catalog.credentials.map { outOfRange == nil ? PlanningProblem.fixed($0.price) : 0 }
        hours = catalog.credentials.map { outOfRange == nil ? PlanningProblem.fixed($0.hours) : 0 }
        statedPrice = catalog.credentials.map(\.price)
        statedHours = catalog.credentials.map(\.hours)
        accredited = catalog.credentials.map(\.accredited)
        retires = catalog.credentials.map(\.retires)
        var numbers: [String: Int] = [:]
        providerNumber = catalog.credentials.map { credential in
            if let known = numbers[credential.provider] { return known }
            numbers[credential.provider] = numbers.count
            return numbers.count - 1
        }
        providerNumbers = numbers
        let price = self.price, hours = self.hours
        costObjective = ObjectiveCosts(price.indices.map { Cost(first: price[$0], second: hours[$0], third: 1) })
        timeObjective = ObjectiveCosts(price.indices.map { Cost(first: hours[$0], second: price[$0], third: 1) })
    }

    /// Per credential: the objective's costs (`hourValue` is the profile's, for `balanced`).
    func cost(_ objective: Objective, hourValue: Double) -> ObjectiveCosts {
        switch objective {
        case .cost: return costObjective
        case .time: return timeObjective
        case .balanced:
            return ObjectiveCosts(price.indices.map { c in
                Cost(first: PlanningProblem.fixed(statedPrice[c] + hourValue * statedHours[c]), second: 1, third: 0)
            })
        }
    }

    /// The first credential, in catalog order, whose hours or price is out of range.
    private static func firstOutOfRange(_ catalog: Catalog) -> PlanningError? {
        for credential in catalog.credentials {
            if !Limits.hours.contains(credential.hours) {
                return .invalidValue("\(credential.id): hours: \(JSONReader.format(credential.hours)) is out of range (\(Limits.describe(Limits.hours)))")
            }
            if !Limits.price.contains(credential.price) {
                return .invalidValue("\(credential.id): price: \(JSONReader.format(credential.price)) is out of range (\(Limits.describe(Limits.price)))")
            }
        }
        return nil
    }
}
