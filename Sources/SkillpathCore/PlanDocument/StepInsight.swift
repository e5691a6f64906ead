/// Why a step of a plan document is there, what it unlocks and what it completes, in words.
///
/// Computed from the document alone: its plan, its progress (a skipped step holds nothing) and the
/// profile it was made from (``SavedPlan/profile``), never the current profile, so the words stay
/// true of the plan as made. The Plan screen's step detail shows it.
public struct StepInsight: Sendable, Hashable {
    /// Why the step is there, in the engine's words (``StepReason``); nil when it has no reason.
    public var why: String?
    /// Later steps that need this one (as a prerequisite, a skill level, or a stack part).
    public var unlocks: [String] = []
    /// Stacked credentials it counts toward: "2 more courses earn …" or "completes …".
    public var completes: [String] = []

    /// The insight of step `index` of `document`, with `catalog` the catalog it is shown with.
    public init(step index: Int, of document: SavedPlan, catalog: Catalog) {
        let profile = document.profile
        let steps = document.plan.steps
        guard steps.indices.contains(index) else { return }
        let step = steps[index]
        guard let credential = catalog.credential(step.credential) else { return }
        why = StepReason.sentence(for: step, in: document.plan, catalog: catalog)

        // What is held before this step: the profile plus earlier, not skipped steps.
        var heldBefore = Set(profile.earned)
        for (i, s) in steps.enumerated() where i < index && document.progress[i].status != .skipped { heldBefore.insert(s.credential) }
        func level(_ skill: String, _ held: Set<String>) -> Int {
            var l = profile.skills[skill] ?? 0
            for id in held { l = max(l, catalog.credential(id)?.grantedLevel(skill) ?? 0) }
            return l
        }
        var heldAfter = heldBefore
        heldAfter.insert(credential.id)

        for later in steps.dropFirst(index + 1) {
            guard let next = catalog.credential(later.credential) else { continue }
            let named = next.requires.flatMap(\.credentialIDs).contains(credential.id)
                || (next.stack?.of.contains(credential.id) ?? false)
            let raised = next.requires.flatMap(\.skillLevels).contains { need in
                level(need.skill, heldBefore) < need.level && level(need.skill, heldAfter) >= need.level
            }
            if named || raised { unlocks.append(next.title) }
        }

        for stack in catalog.stacks(containing: credential.id) {
            guard let parts = stack.stack else { continue }
            let have = parts.of.filter { heldAfter.contains($0) }.count
            let missing = parts.count - have
            if missing <= 0 {
                let hadBefore = parts.of.filter { heldBefore.contains($0) }.count
                if hadBefore < parts.count { completes.append("completes the parts of \(stack.title)" + (stack.price > 0 || stack.hours > 0 ? " (its own exam or capstone still to take)" : "")) }
            } else {
                let remaining = parts.of.filter { !heldAfter.contains($0) }.compactMap { catalog.credential($0) }
                let kind = remaining.allSatisfy { $0.type == .course } ? (missing == 1 ? "course" : "courses")
                    : (missing == 1 ? "credential" : "credentials")
                completes.append("\(missing) more \(kind) \(missing == 1 ? "earns" : "earn") the \(stack.title)")
            }
        }
    }
}
