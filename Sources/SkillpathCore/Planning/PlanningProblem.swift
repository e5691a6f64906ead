/// One planning request compiled for search: costs as exact integers, requirements on dense
/// indices, what is held at the start, and which credentials are usable and relevant.
struct PlanningProblem {
    let catalog: Catalog
    var objective: Objective
    /// Per credential: the objective's costs, as terms and folded.
    var costs: ObjectiveCosts
    /// Per credential: the objective's cost terms.
    var cost: [Cost] { costs.terms }
    /// Per credential: its requirements (conjuncts, stack rule included).
    var requirements: [[Requirement]]
    /// ``requirements`` as a flat table (``RequirementTable``): the same answers, without reference counting.
    var prerequisites: RequirementTable
    /// Per credential and per skill: the credentials whose requirements name it (none name a stand-in).
    let watchers: RequirementWatchers
    /// The role's conditions and extra goals (`mustInclude`, the profile's `require`), split into
    /// conjuncts and compiled.
    var goals: [Requirement]
    /// Credentials held before the plan starts.
    var startHeld: [Bool]
    /// Skill levels before the plan starts.
    let startLevels: [Int]
    /// Whether a credential may be added to a plan (rule 2: not earned, not avoided, not filtered out;
    /// after ``prunedByLimits()``, also not beyond a limit in every plan that takes it).
    var usable: [Bool]
    /// Per skill: usable credentials granting it, with the level, highest level first.
    var grantors: [[(credential: Int, level: Int)]]
    /// Per credential: the skill levels it grants, as (skill index, level).
    var grants: [[(Int, Int)]]
    /// The highest level any credential grants, or ``Limits/level``'s top when that is higher.
    let topLevel: Int
    /// The limits on sums over the plan (rule 5): budget, `maxHours`, `deadline`. A limit that
    /// allows only the empty plan is not listed; it makes every credential unusable instead.
    var limits: [ResourceLimit]
    /// Whether a limit allows only the empty plan (which made every credential unusable).
    let onlyTheEmptyPlan: Bool
    /// Whether ``prunedByLimits()`` made this problem (or the one it was made from), so the
    /// searches do not prune it again (``prunedByLimitsWithTask()``).
    var limitsPruned = false
    /// The day study starts: the profile's `startDate`, or today.
    let start: CalendarDate

    static let scale = 1000.0

    /// A price, hours or cost in thousandths. Within ``Limits`` the largest is a `balanced` cost of
    /// about 1.01 × 10^12 thousandths, and the sum of a whole catalog's (10^6 of them) stays below
    /// `Int64.max`, so neither this conversion nor the search's sums can overflow.
    static func fixed(_ value: Double) -> Int64 { Int64((value * scale).rounded()) }

    /// Compiles a request; `today` is the start date when the profile has none.
    init(catalog: Catalog, goals: [Condition], profile: Profile, exclude: Set<String>, today: CalendarDate = .today()) {
        self.init(compiled: CompiledCatalog(catalog), goals: goals, profile: profile, exclude: exclude, today: today)
    }

    /// Compiles a request on a catalog compiled once for many: only the profile's differences
    /// (held credentials and levels, filters, limits, the objective's costs) are worked out here.
    init(compiled: CompiledCatalog, goals: [Condition], profile: Profile, exclude: Set<String>, today: CalendarDate = .today()) {
        let catalog = compiled.catalog
        self.catalog = catalog
        objective = profile.objective
        start = profile.startDate ?? today
        let allLimits = ResourceLimit.limits(for: profile, start: start, catalog: catalog)
        let onlyEmpty = allLimits.contains { $0.allowsOnlyTheEmptyPlan }
        onlyTheEmptyPlan = onlyEmpty
        limits = allLimits.filter { !$0.allowsOnlyTheEmptyPlan }
        let n = catalog.credentials.count

        var held = [Bool](repeating: false, count: n)
        var levels = [Int](repeating: 0, count: catalog.skills.count)
        for (id, level) in profile.skills { if let s = catalog.skillIndex[id] { levels[s] = max(levels[s], level) } }
        for id in profile.earned {
            guard let c = catalog.credentialIndex[id] else { continue }
            held[c] = true
            for (s, level) in compiled.grants[c] { levels[s] = max(levels[s], level) }
        }
        startHeld = held
        startLevels = levels

        // The filters, on numbers: no credential's strings are read or hashed.
        let filters = FilterReasons.Filters(profile: profile, exclude: exclude, start: start, compiled: compiled)
        usable = (0..<n).map { c in !held[c] && !onlyEmpty && filters.reasons(c).isEmpty }
        costs = compiled.cost(profile.objective, hourValue: profile.hourValue)
        requirements = compiled.requirements
        prerequisites = compiled.prerequisites
        watchers = compiled.watchers
        self.goals = goals.flatMap { Requirement($0, in: catalog).conjuncts }
        let usable = self.usable
        grantors = catalog.grantors.map { list in list.filter { usable[$0.credential] } }
        grants = compiled.grants
        topLevel = compiled.topLevel
    }

    /// The weights that fold this problem's costs into one ``ObjectiveValue``.
    var weights: Cost.Weights { costs.weights }
}
