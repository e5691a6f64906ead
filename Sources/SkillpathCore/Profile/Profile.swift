/// What a learner has and wants: skills, earned credentials, pace, budget and filters.
///
/// Every field has the default PLANNING.md gives, so `Profile()` is an empty profile.
public struct Profile: Sendable, Hashable {
    /// Self-assessed skill levels by skill id (1–5).
    public var skills: [String: Int]
    /// Credential ids already held.
    public var earned: [String]
    public var hoursPerWeek: Double
    /// The day study starts; nil means today.
    public var startDate: CalendarDate?
    public var objective: Objective
    /// The value of one study hour under the `balanced` objective.
    public var hourValue: Double
    /// The most the plan may cost; nil for no limit.
    public var budget: Double?
    public var excludeProviders: [String]
    public var accreditedOnly: Bool
    /// The role the learner is aiming at (a skillpath extension of the profile format).
    public var targetRole: String?
    /// Credentials every plan must contain (or that are already earned), PLANNING.md version 2.
    public var require: [String]
    /// Credentials no plan may use, PLANNING.md version 2.
    public var avoid: [String]
    /// When non-empty, the only providers whose credentials a plan may use (PLANNING.md version 2).
    public var onlyProviders: [String]
    /// The most hours a plan may take in total; nil for no limit (PLANNING.md version 2).
    public var maxHours: Double?
    /// The day the plan must end by, at the profile's pace; nil for none (PLANNING.md version 2).
    public var deadline: CalendarDate?
    /// Earned credentials whose badge was imported without a signature that could be checked
    /// offline (`profile import-badge --unverified`); each is also in `earned`.
    public var unverified: [String] = []

    public init(skills: [String: Int] = [:], earned: [String] = [], hoursPerWeek: Double = 5,
                startDate: CalendarDate? = nil, objective: Objective = .cost, hourValue: Double = 20,
                budget: Double? = nil, excludeProviders: [String] = [], accreditedOnly: Bool = false,
                targetRole: String? = nil, require: [String] = [], avoid: [String] = [],
                onlyProviders: [String] = [], maxHours: Double? = nil, deadline: CalendarDate? = nil) {
        self.skills = skills; self.earned = earned; self.hoursPerWeek = hoursPerWeek
        self.startDate = startDate; self.objective = objective; self.hourValue = hourValue
        self.budget = budget; self.excludeProviders = excludeProviders
        self.accreditedOnly = accreditedOnly; self.targetRole = targetRole
        self.require = require; self.avoid = avoid
        self.onlyProviders = onlyProviders; self.maxHours = maxHours; self.deadline = deadline
    }

    /// The learner's level in a skill: the maximum of the stated level and every earned credential's.
    public func level(of skill: String, in catalog: Catalog) -> Int {
        var level = skills[skill] ?? 0
        for id in earned {
            if let credential = catalog.credential(id) { level = max(level, credential.grantedLevel(skill)) }
        }
        return level
    }

    /// Whether a condition holds for this profile as it stands.
    public func satisfies(_ condition: Condition, in catalog: Catalog) -> Bool {
        let held = Set(earned)
        return condition.holds(hasCredential: { held.contains($0) }, level: { level(of: $0, in: catalog) })
    }
}
