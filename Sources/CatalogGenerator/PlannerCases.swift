import Foundation
import SkillpathCore

/// A planner test case from `shared/planner-cases/*/cases.json`: a role, a profile, and the
/// optimum an exact solver proved (generated cases, see ``PlannerCase/generate(for:count:seed:start:)``,
/// have none until one is proven).
public struct PlannerCase: Sendable {
    public var number: Int
    public var role: String
    public var profile: Profile
    /// Whether the case states an expected result (`expect` in its JSON); the fields below are it.
    public var hasExpectation: Bool = true
    public var feasible: Bool
    public var value: Double?
    public var tiebreak: Double?

    /// Reads a `cases.json` file.
    public static func load(path: String) throws -> [PlannerCase] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CatalogError(isMissingFile: true, diagnostics: [Diagnostic(.error, file: path, message: "missing file")])
        }
        let root = try JSONParser.parse([UInt8](data))
        guard case .array(let items) = root.kind else { return [] }
        return items.enumerated().map { i, item in
            let p = item["profile"]
            var profile = Profile()
            if case .object(let members)? = p?["skills"]?.kind {
                for m in members { if case .number(let n) = m.value.kind { profile.skills[m.key] = Int(n) } }
            }
            if case .array(let earned)? = p?["earned"]?.kind {
                profile.earned = earned.compactMap { if case .string(let s) = $0.kind { return s } else { return nil } }
            }
            func strings(_ key: String) -> [String] {
                guard case .array(let items)? = p?[key]?.kind else { return [] }
                return items.compactMap { if case .string(let s) = $0.kind { return s } else { return nil } }
            }
            profile.excludeProviders = strings("excludeProviders")
            // Version 2 keys.
            profile.onlyProviders = strings("onlyProviders")
            profile.require = strings("require")
            profile.avoid = strings("avoid")
            if case .number(let n)? = p?["maxHours"]?.kind { profile.maxHours = n }
            if case .string(let s)? = p?["deadline"]?.kind { profile.deadline = CalendarDate(s) }
            if case .number(let n)? = p?["hoursPerWeek"]?.kind { profile.hoursPerWeek = n }
            if case .number(let n)? = p?["hourValue"]?.kind { profile.hourValue = n }
            if case .number(let n)? = p?["budget"]?.kind { profile.budget = n }
            if case .bool(let b)? = p?["accreditedOnly"]?.kind { profile.accreditedOnly = b }
            if case .string(let s)? = p?["objective"]?.kind { profile.objective = Objective(rawValue: s) ?? .cost }
            if case .string(let s)? = p?["startDate"]?.kind { profile.startDate = CalendarDate(s) }
            var role = ""
            if case .string(let s)? = item["role"]?.kind { role = s }
            let expect = item["expect"]
            var feasible = false, value: Double?, tiebreak: Double?
            if case .bool(let b)? = expect?["feasible"]?.kind { feasible = b }
            if case .number(let n)? = expect?["value"]?.kind { value = n }
            if case .number(let n)? = expect?["tiebreak"]?.kind { tiebreak = n }
            return PlannerCase(number: i, role: role, profile: profile, hasExpectation: expect != nil,
                               feasible: feasible, value: value, tiebreak: tiebreak)
        }
    }

    /// Whether a plan reaches this case's expectation (value and tiebreak to within a cent).
    public func isMet(by plan: Plan) -> Bool {
        guard plan.feasible == feasible else { return false }
        guard feasible else { return true }
        if let value, abs(plan.value - value) > 0.005 { return false }
        if let tiebreak, abs(plan.tiebreak - tiebreak) > 0.005 { return false }
        return true
    }
}
