/// Whether a saved plan is out of date: its inputs against the current profile and catalog.
///
/// A plan records the profile it was made from (``SavedPlan/profile``), whether the role's
/// recommendations were planned, and the catalog's fingerprint. Only the keys that change a
/// plan are compared; the target role and the plan's own pins are not.
extension SavedPlan {
    /// Why the plan is out of date, in words ("hours per week 8 → 12", "provider coursera
    /// excluded", "catalog changed"); empty when it is not.
    ///
    /// - Parameters:
    ///   - current: the learner's profile now.
    ///   - catalog: the catalog now; nil when it could not be loaded (then it is not compared).
    ///   - includeRecommended: whether recommendations would be planned now; nil to not compare.
    public func staleReasons(current: Profile, catalog: Catalog?, includeRecommended: Bool? = nil) -> [String] {
        staleReasons(current: current, catalogFingerprint: catalog?.fingerprint, includeRecommended: includeRecommended)
    }

    /// ``staleReasons(current:catalog:includeRecommended:)`` with the catalog's ``Catalog/fingerprint``
    /// computed once by the caller. A plan that records no fingerprint (an old file) is not compared.
    public func staleReasons(current: Profile, catalogFingerprint fingerprint: String?, includeRecommended: Bool? = nil) -> [String] {
        let was = profile
        var reasons: [String] = []
        func number(_ x: Double) -> String { Quantity.number(x, digits: 2) }

        for skill in Set(was.skills.keys).union(current.skills.keys).sorted() {
            switch (was.skills[skill], current.skills[skill]) {
            case (let a?, let b?) where a != b: reasons.append("skill \(skill) \(a) → \(b)")
            case (nil, let b?): reasons.append("skill \(skill) added at level \(b)")
            case (let a?, nil): reasons.append("skill \(skill) (level \(a)) removed")
            default: break
            }
        }
        reasons += Self.listChanges(was.earned, current.earned, added: "now earned", removed: "no longer earned")
        if was.hoursPerWeek != current.hoursPerWeek {
            reasons.append("hours per week \(number(was.hoursPerWeek)) → \(number(current.hoursPerWeek))")
        }
        if was.startDate != current.startDate {
            reasons.append("start date \(was.startDate?.description ?? "today") → \(current.startDate?.description ?? "today")")
        }
        if was.objective != current.objective {
            reasons.append("objective \(was.objective.rawValue) → \(current.objective.rawValue)")
        }
        if was.hourValue != current.hourValue, was.objective == .balanced || current.objective == .balanced {
            reasons.append("hour value \(number(was.hourValue)) → \(number(current.hourValue))")
        }
        if was.budget != current.budget {
            reasons.append("budget \(was.budget.map(number) ?? "none") → \(current.budget.map(number) ?? "none")")
        }
        reasons += Self.listChanges(was.excludeProviders, current.excludeProviders, added: "provider", removed: "provider",
                                    addedSuffix: " excluded", removedSuffix: " no longer excluded")
        if was.accreditedOnly != current.accreditedOnly {
            reasons.append(current.accreditedOnly ? "accredited credentials only" : "no longer accredited credentials only")
        }
        reasons += Self.listChanges(was.require, current.require, added: "requires", removed: "no longer requires")
        reasons += Self.listChanges(was.avoid, current.avoid, added: "avoids", removed: "no longer avoids")
        reasons += Self.listChanges(was.onlyProviders, current.onlyProviders, added: "only from provider", removed: "no longer only from provider")
        if was.maxHours != current.maxHours {
            reasons.append("hour limit \(was.maxHours.map(number) ?? "none") → \(current.maxHours.map(number) ?? "none")")
        }
        if was.deadline != current.deadline {
            reasons.append("deadline \(was.deadline?.description ?? "none") → \(current.deadline?.description ?? "none")")
        }
        if let includeRecommended, includeRecommended != self.includeRecommended {
            reasons.append(includeRecommended ? "recommendations now included" : "recommendations no longer included")
        }
        if let fingerprint, !catalogFingerprint.isEmpty, fingerprint != catalogFingerprint { reasons.append("catalog changed") }
        return reasons
    }

    /// One reason per id added to or removed from a list, in sorted order.
    private static func listChanges(_ was: [String], _ now: [String], added: String, removed: String,
                                    addedSuffix: String = "", removedSuffix: String = "") -> [String] {
        let before = Set(was), after = Set(now)
        return after.subtracting(before).sorted().map { "\(added) \($0)\(addedSuffix)" }
            + before.subtracting(after).sorted().map { "\(removed) \($0)\(removedSuffix)" }
    }
}
