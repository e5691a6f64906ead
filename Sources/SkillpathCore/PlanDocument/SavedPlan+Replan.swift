import Foundation

/// Re-planning a saved plan from the learner's progress and the current profile.
///
/// The rules, in one place for the CLI (`plans replan`) and the TUI (`r`):
/// - done steps count as earned, and stay in front of the plan with their dates;
/// - steps in progress stay and are pinned (the new plan requires them);
/// - skipped steps are avoided, and stay in the plan as skipped;
/// - the plan's pins are required and what they replaced is avoided (``SavedPlan/Pin``);
/// - a step with progress (``SavedPlan/Progress/hasProgress``) is never dropped: one the new
///   plan does not contain (done, skipped, or in progress but earned in the profile) is kept in
///   front, in its old order, with its status and dates.
extension SavedPlan {
    /// The profile the open steps are planned from: `current` with done steps earned, skipped
    /// steps and replaced credentials avoided, and the pins and in-progress steps required.
    public func replanProfile(current: Profile) -> Profile {
        var profile = current
        let done = progress.filter { $0.status == .done }.map(\.credential)
        let pinned = replanPins.map(\.credential)
        let avoided = progress.filter { $0.status == .skipped }.map(\.credential) + replanPins.compactMap(\.replaces)
        func add(_ ids: [String], to list: inout [String], unless excluded: Set<String> = []) {
            for id in ids where !list.contains(id) && !excluded.contains(id) { list.append(id) }
        }
        add(done, to: &profile.earned)
        add(avoided, to: &profile.avoid, unless: Set(pinned))
        add(pinned, to: &profile.require, unless: Set(profile.earned))
        return profile
    }

    /// The request that plans the open steps (``replanProfile(current:)``) for this plan's role.
    public func replanRequest(current: Profile, today: CalendarDate = .today(), timeLimit: Double = 10) -> PlanRequest {
        PlanRequest(role: role, profile: replanProfile(current: current), includeRecommended: includeRecommended,
                    today: today, timeLimit: timeLimit)
    }

    /// The plan's pins with every step in progress pinned where it is.
    var replanPins: [Pin] {
        var pins = self.pins
        for entry in progress where entry.status == .inProgress && !pins.contains(where: { $0.credential == entry.credential }) {
            pins.append(Pin(credential: entry.credential))
        }
        return pins
    }

    /// The re-planned document: `fresh` (the result of ``replanRequest(current:today:timeLimit:)``)
    /// merged with the progress, reasons computed against `current`, and `current` and `catalog`
    /// recorded as the plan's new inputs. `catalogFingerprint` is `catalog`'s ``Catalog/fingerprint``
    /// when the caller has it already (it is computed otherwise).
    public func merging(replan fresh: Plan, current: Profile, catalog: Catalog, catalogFingerprint: String? = nil,
                        now: Date = Date()) -> SavedPlan {
        let planned = Set(fresh.steps.map(\.credential))
        var steps: [Plan.Step] = []
        var entries: [Progress] = []
        var totals = fresh.totals
        for (step, entry) in zip(plan.steps, progress) where entry.hasProgress && !planned.contains(step.credential) {
            // Off the new schedule: no weeks; its dates stay those it was planned for (the days it
            // started and finished are in its progress).
            var kept = step
            kept.startWeek = 0; kept.endWeek = 0
            steps.append(kept)
            entries.append(entry)
            if entry.status != .skipped {
                totals.price += step.price; totals.hours += step.hours
                if !step.milestone { totals.credentials += 1 }
            }
        }
        totals.price = Planner.tidy(totals.price); totals.hours = Planner.tidy(totals.hours)
        let old = Dictionary(progress.map { ($0.credential, $0) }, uniquingKeysWith: { first, _ in first })
        for step in fresh.steps {
            steps.append(step)
            entries.append(old[step.credential] ?? Progress(credential: step.credential))
        }
        var merged = fresh
        merged.steps = steps
        merged.totals = totals
        var result = self
        result.pins = replanPins.filter { pin in !progress.contains { $0.credential == pin.credential && $0.status == .done } }
        if let role = catalog.role(role) {
            merged.assignReasons(catalog: catalog, role: role, profile: current, includeRecommended: includeRecommended,
                                 required: Set(current.require + result.pins.map(\.credential)))
        }
        result.plan = merged
        result.progress = entries
        result.profile = current
        result.objective = current.objective
        result.catalogFingerprint = catalogFingerprint ?? catalog.fingerprint
        result.catalogName = catalog.info.name
        result.catalogVersion = catalog.info.version
        result.updated = Timestamp.wholeSeconds(now)
        return result
    }

    /// Re-plans the open steps from `current` and merges the progress (the rules above).
    public func replanned(current: Profile, catalog: Catalog, today: CalendarDate = .today(),
                          timeLimit: Double = 10, now: Date = Date()) throws(PlanningError) -> SavedPlan {
        let fresh = try Planner(catalog: catalog).plan(replanRequest(current: current, today: today, timeLimit: timeLimit))
        return merging(replan: fresh, current: current, catalog: catalog, now: now)
    }
}
