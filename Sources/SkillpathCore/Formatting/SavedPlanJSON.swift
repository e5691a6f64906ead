import Foundation

/// A saved plan as the JSON object `plans show --format json` and `plans export --format json` print.
///
/// It is the `plan --format json` object with the plan's name, dates and progress added and each
/// step's status and dates:
///
/// ```json
/// {"name": "analyst", "role": "data-analyst", "created": "…", "updated": "…",
///  "progress": {"done": 1, "skipped": 0, "inProgress": 0, "total": 3},
///  "feasible": true, "objective": {…}, "totals": {…},
///  "steps": [{"credential": "…", …, "status": "done", "started": "2026-12-01", "finished": "2026-12-20"}],
///  "unmet": []}
/// ```
///
/// Keys are only ever added to this shape, never renamed or removed.
public enum SavedPlanJSON {
    /// The saved plan as a JSON value.
    public static func output(_ saved: SavedPlan) -> JSONOutput {
        guard case .object(let planMembers) = PlanJSON.output(saved.plan) else { return .null }
        var members: [(String, JSONOutput)] = [
            ("name", .string(saved.name)),
            ("role", .string(saved.role)),
            ("created", .string(Timestamp.format(saved.created))),
            ("updated", .string(Timestamp.format(saved.updated))),
            ("progress", progress(saved.progress)),
        ]
        for (key, value) in planMembers where key != "role" {
            guard key == "steps" else { members.append((key, value)); continue }
            members.append(("steps", .array(zip(saved.plan.steps, saved.progress).map { step, progress in
                guard case .object(var fields) = PlanJSON.output(step) else { return .null }
                fields.append(("status", .string(progress.status.rawValue)))
                fields.append(("started", .optional(progress.started?.description)))
                fields.append(("finished", .optional(progress.finished?.description)))
                return .object(fields)
            })))
        }
        return .object(members)
    }

    /// `{"done", "skipped", "inProgress", "total"}`: how many steps are in each state.
    public static func progress(_ steps: [SavedPlan.Progress]) -> JSONOutput {
        func count(_ status: StepStatus) -> JSONOutput { .integer(steps.count { $0.status == status }) }
        return .object([("done", count(.done)), ("skipped", count(.skipped)), ("inProgress", count(.inProgress)),
                        ("total", .integer(steps.count))])
    }
}
