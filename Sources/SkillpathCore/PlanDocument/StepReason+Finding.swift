/// Computing the reasons of every step of a plan, once, by the contract's definitions.
extension StepReason {
    /// The reasons of each step of `plan`, one list per step, in the plan's order.
    ///
    /// Reasons are listed by kind (role, prerequisite, stack, required); role reasons by
    /// condition number, prerequisite and stack reasons in the order of the later steps.
    ///
    /// - Parameters:
    ///   - catalog: the catalog the plan was made from.
    ///   - role: the role planned for.
    ///   - profile: the learner's profile at the start of the plan (earned credentials and skill levels).
    ///   - includeRecommended: whether the role's `recommends` were planned too; only then do they
    ///     count as conditions (numbered after `requires`).
    ///   - required: the credentials the learner asked for (the profile's `require`, pins).
    public static func reasons(for plan: Plan, catalog: Catalog, role: Role, profile: Profile,
                               includeRecommended: Bool, required: Set<String> = []) -> [[StepReason]] {
        let start = StartState(catalog: catalog, profile: profile)
        let conditions = role.requires + (includeRecommended ? role.recommends : [])
        let credentials = plan.steps.map { catalog.credential($0.credential) }
        return plan.steps.indices.map { k in
            var reasons: [StepReason] = []
            if let credential = credentials[k] {
                for (i, condition) in conditions.enumerated() where start.isHelped(condition, by: credential) {
                    reasons.append(.role(condition: i))
                }
                let later = plan.steps.indices.dropFirst(k + 1)
                for j in later {
                    guard let next = credentials[j] else { continue }
                    if next.requires.contains(where: { start.isHelped($0, by: credential) }) {
                        reasons.append(.prerequisite(of: next.id))
                    }
                }
                for j in later {
                    guard let next = credentials[j], next.stack?.of.contains(credential.id) == true else { continue }
                    reasons.append(.stack(of: next.id))
                }
            }
            if required.contains(plan.steps[k].credential) { reasons.append(.required) }
            return reasons
        }
    }
}

/// What the learner held at the start of a plan, and whether a step helps meet a condition from there.
private struct StartState {
    let catalog: Catalog
    let profile: Profile
    let earned: Set<String>

    init(catalog: Catalog, profile: Profile) {
        self.catalog = catalog; self.profile = profile; earned = Set(profile.earned)
    }

    /// Whether `credential` helps meet `condition`: some test anywhere inside it names the
    /// credential, or asks for a skill at a level the credential grants, and did not hold at the start.
    func isHelped(_ condition: Condition, by credential: Credential) -> Bool {
        switch condition {
        case .credential(let id):
            return id == credential.id && !earned.contains(id)
        case .skill(let skill, let level):
            return credential.grantedLevel(skill) >= level && profile.level(of: skill, in: catalog) < level
        case .anyOf(let parts), .allOf(let parts):
            return parts.contains { isHelped($0, by: credential) }
        }
    }
}
