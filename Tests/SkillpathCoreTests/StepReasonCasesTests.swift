import Foundation
import Testing
import SkillpathCore
import CatalogGenerator

/// Every reason of every step of every planner-case plan is true by PLANNING.md's definitions,
/// every true reason is given, and every step that is not a milestone has one. The checker here
/// reads the definitions afresh (flattened tests, positions in the plan) rather than calling the engine's.
@Suite struct StepReasonCasesTests {
    @Test(arguments: PlannerCasesTests.sets)
    func everyReasonIsTrueAndEveryStepHasOne(directory: String) throws {
        let set = (directory as NSString).lastPathComponent
        let catalog = try CatalogLoader.load(directory: directory + "/catalog")
        let cases = try PlannerCase.load(path: directory + "/cases.json")
        #expect(!cases.isEmpty)
        let planner = Planner(catalog: catalog)
        var checkedSteps = 0
        for item in cases {
            for includeRecommended in [false, true] {
                let request = PlanRequest(role: item.role, profile: item.profile, includeRecommended: includeRecommended,
                                          today: CalendarDate(year: 2026, month: 12, day: 1), timeLimit: 120)
                let plan = try planner.plan(request)
                guard plan.feasible, let role = catalog.role(item.role) else { continue }
                let checker = ReasonChecker(catalog: catalog, role: role, profile: item.profile, includeRecommended: includeRecommended)
                for (k, step) in plan.steps.enumerated() {
                    let place = "\(set) case \(item.number)\(includeRecommended ? " (with recommends)" : ""), step \(k) \(step.credential)"
                    for reason in step.why {
                        #expect(checker.holds(reason, step: k, of: plan), "\(place): \(reason) is not true")
                    }
                    let expected = checker.trueReasons(step: k, of: plan)
                    #expect(Set(step.why) == Set(expected), "\(place): gave \(step.why), true ones are \(expected)")
                    #expect(step.why.count == Set(step.why).count, "\(place): a reason is repeated")
                    #expect(step.why.map(checker.rank) == step.why.map(checker.rank).sorted(), "\(place): reasons out of order: \(step.why)")
                    if !step.milestone { #expect(!step.why.isEmpty, "\(place): no reason for a step that is not a milestone") }
                    checkedSteps += 1
                }
            }
        }
        #expect(checkedSteps > 0)
    }
}

/// The definitions of "Why each step is there", checked directly on a plan.
private struct ReasonChecker {
    let catalog: Catalog
    let role: Role
    let profile: Profile
    let includeRecommended: Bool

    var conditions: [Condition] { role.requires + (includeRecommended ? role.recommends : []) }

    /// The level held at the start: the profile's own, or the best an earned credential grants.
    func startLevel(_ skill: String) -> Int {
        let granted = profile.earned.compactMap { catalog.credential($0) }
            .flatMap(\.skills).filter { $0.skill == skill }.map(\.level)
        return ([profile.skills[skill] ?? 0] + granted).max()!
    }

    /// Some test anywhere in `condition` names the credential, or asks a level of a skill it grants,
    /// and that test did not hold at the start.
    func helps(_ id: String, _ condition: Condition) -> Bool {
        guard let credential = catalog.credential(id) else { return false }
        if condition.credentialIDs.contains(id) && !profile.earned.contains(id) { return true }
        return condition.skillLevels.contains { test in
            credential.skills.contains { $0.skill == test.skill && $0.level >= test.level } && startLevel(test.skill) < test.level
        }
    }

    func holds(_ reason: StepReason, step k: Int, of plan: Plan) -> Bool {
        let id = plan.steps[k].credential
        let laterIDs = plan.steps[(k + 1)...].map(\.credential)
        switch reason {
        case .role(let i):
            return conditions.indices.contains(i) && helps(id, conditions[i])
        case .prerequisite(let later):
            guard laterIDs.contains(later), let next = catalog.credential(later) else { return false }
            return next.requires.contains { helps(id, $0) }
        case .stack(let later):
            guard laterIDs.contains(later), let next = catalog.credential(later) else { return false }
            return next.stack?.of.contains(id) ?? false
        case .required:
            return false  // the cases ask for nothing
        }
    }

    /// Every candidate reason that holds.
    func trueReasons(step k: Int, of plan: Plan) -> [StepReason] {
        let later = plan.steps[(k + 1)...].map(\.credential)
        let candidates = conditions.indices.map { StepReason.role(condition: $0) }
            + later.map { StepReason.prerequisite(of: $0) } + later.map { StepReason.stack(of: $0) } + [.required]
        return candidates.filter { holds($0, step: k, of: plan) }
    }

    /// The contract's order of kinds.
    func rank(_ reason: StepReason) -> Int {
        switch reason {
        case .role: return 0
        case .prerequisite: return 1
        case .stack: return 2
        case .required: return 3
        }
    }
}
