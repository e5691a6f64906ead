/// Writes a profile as JSON in PLANNING.md's format (plus `targetRole`), keys sorted, so the
/// same profile always gives the same bytes.
public enum ProfileEncoding {
    /// The profile as a JSON object with its keys in sorted order; nil fields are left out.
    public static func output(_ profile: Profile) -> JSONOutput {
        var members: [(String, JSONOutput)] = [
            ("accreditedOnly", .bool(profile.accreditedOnly)),
            ("earned", .array(profile.earned.map(JSONOutput.string))),
            ("excludeProviders", .array(profile.excludeProviders.map(JSONOutput.string))),
            ("hourValue", .number(profile.hourValue)),
            ("hoursPerWeek", .number(profile.hoursPerWeek)),
            ("objective", .string(profile.objective.rawValue)),
            ("skills", .object(profile.skills.sorted { $0.key < $1.key }.map { ($0.key, .integer($0.value)) })),
        ]
        if let budget = profile.budget { members.append(("budget", .number(budget))) }
        if let start = profile.startDate { members.append(("startDate", .string(start.description))) }
        // Version 2 keys, written only when set, so a version 1 profile keeps its bytes.
        if !profile.require.isEmpty { members.append(("require", .array(profile.require.map(JSONOutput.string)))) }
        if !profile.avoid.isEmpty { members.append(("avoid", .array(profile.avoid.map(JSONOutput.string)))) }
        if !profile.onlyProviders.isEmpty { members.append(("onlyProviders", .array(profile.onlyProviders.map(JSONOutput.string)))) }
        if let maxHours = profile.maxHours { members.append(("maxHours", .number(maxHours))) }
        if let deadline = profile.deadline { members.append(("deadline", .string(deadline.description))) }
        if !profile.unverified.isEmpty { members.append(("unverified", .array(profile.unverified.map(JSONOutput.string)))) }
        if let role = profile.targetRole { members.append(("targetRole", .string(role))) }
        return .object(members.sorted { $0.0 < $1.0 })
    }

    /// Pretty JSON text ending with a newline.
    public static func render(_ profile: Profile) -> String {
        output(profile).rendered(pretty: true) + "\n"
    }
}
