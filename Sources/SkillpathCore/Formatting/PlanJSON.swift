/// A plan as the JSON object PLANNING.md specifies for `skillpath plan --format json`.
///
/// ```json
/// {"role": "data-analyst", "feasible": true,
///  "objective": {"kind": "cost", "value": 294.0},
///  "totals": {"price": 294.0, "hours": 180.0, "weeks": 22.5, "credentials": 3},
///  "steps": [{"credential": "…", "title": "…", "price": 294.0, "hours": 180.0,
///             "startWeek": 0.0, "endWeek": 22.5, "startDate": "2026-12-01", "endDate": "2027-05-08",
///             "covers": [{"skill": "sql", "level": 2}], "milestone": false,
///             "why": [{"kind": "role", "condition": 0}]}],
///  "unmet": []}
/// ```
public enum PlanJSON {
    /// The plan as a JSON value in the specified shape.
    ///
    /// - Parameter complete: also write what is needed to rebuild the ``Plan`` exactly
    ///   (`objective.tiebreak`, `startDate`, `hoursPerWeek`), as saved plans do.
    public static func output(_ plan: Plan, complete: Bool = false) -> JSONOutput {
        var objective: [(String, JSONOutput)] = [("kind", .string(plan.objective.rawValue)), ("value", .number(plan.value))]
        if complete { objective.append(("tiebreak", .number(plan.tiebreak))) }
        var members: [(String, JSONOutput)] = [
            ("role", .string(plan.role)),
            ("feasible", .bool(plan.feasible)),
            ("objective", .object(objective)),
            ("totals", .object([
                ("price", .number(plan.totals.price)),
                ("hours", .number(plan.totals.hours)),
                ("weeks", .number(plan.totals.weeks)),
                ("credentials", .integer(plan.totals.credentials)),
            ])),
            ("steps", .array(plan.steps.map(output))),
            ("unmet", .array(plan.unmet.map { .object([("condition", output($0.condition)), ("reason", .string($0.reason))]) })),
        ]
        // Extension: only a plan the time limit stopped short of proving optimal says so.
        if !plan.optimal { members.insert(("optimal", .bool(false)), at: 2) }
        if complete {
            members.append(("startDate", .string(plan.startDate.description)))
            members.append(("hoursPerWeek", .number(plan.hoursPerWeek)))
        }
        return .object(members)
    }

    /// The plan as pretty JSON text, ending with a newline.
    public static func render(_ plan: Plan) -> String {
        output(plan).rendered(pretty: true) + "\n"
    }

    /// One step in the specified shape.
    public static func output(_ step: Plan.Step) -> JSONOutput {
        .object([
            ("credential", .string(step.credential)),
            ("title", .string(step.title)),
            ("price", .number(step.price)),
            ("hours", .number(step.hours)),
            ("startWeek", .number(step.startWeek)),
            ("endWeek", .number(step.endWeek)),
            ("startDate", .string(step.startDate.description)),
            ("endDate", .string(step.endDate.description)),
            ("covers", .array(step.covers.map(output))),
            ("milestone", .bool(step.milestone)),
            ("why", .array(step.why.map(output))),
        ] + (step.warnings.isEmpty ? [] : [("warnings", .array(step.warnings.map(JSONOutput.string)))]))
    }

    /// `{"kind": "role", "condition": i}`, `{"kind": "prerequisite", "of": id}`, `{"kind": "stack", "of": id}`, `{"kind": "required"}`.
    public static func output(_ reason: StepReason) -> JSONOutput {
        let kind = ("kind", JSONOutput.string(reason.kind))
        switch reason {
        case .role(let condition): return .object([kind, ("condition", .integer(condition))])
        case .prerequisite(let id), .stack(let id): return .object([kind, ("of", .string(id))])
        case .required: return .object([kind])
        }
    }

    /// `{"skill": id, "level": n}`.
    public static func output(_ level: SkillLevel) -> JSONOutput {
        .object([("skill", .string(level.skill)), ("level", .integer(level.level))])
    }

    /// A condition in the catalog's own grammar: `"id"`, `{"skill", "level"}`, `{"anyOf"}`, `{"allOf"}`.
    public static func output(_ condition: Condition) -> JSONOutput {
        switch condition {
        case .credential(let id): return .string(id)
        case .skill(let id, let level): return output(SkillLevel(skill: id, level: level))
        case .anyOf(let parts): return .object([("anyOf", .array(parts.map(output)))])
        case .allOf(let parts): return .object([("allOf", .array(parts.map(output)))])
        }
    }
}
