import Foundation

/// A saved plan as the JSON object `plans show --format json` and `plans export --format json` print.
///
/// It is the `plan --format json` object with the plan's name, dates and progress added and each
/// step's status and dates:
///
/// ```json
/// {"name": "analyst", "role": "data-analyst", "created": "…", "updated": "…",
///  "stale": true, "staleReasons": ["hours per week 8 → 12"],
///  "progress": {"done": 1, "skipped": 0, "inProgress": 0, "total": 3},
///  "feasible": true, "objective": {…}, "totals": {…},
///  "steps": [{"credential": "…", …, "status": "done", "started": "2026-12-01", "finished": "2026-12-20",
///              "pinned": false}],
///  "unmet": []}
/// ```
///
/// Keys are only ever added to this shape, never renamed or removed.
public enum SavedPlanJSON {
    /// The saved plan as a JSON value; `staleReasons` are ``SavedPlan/staleReasons(current:catalog:includeRecommended:)``
    /// (empty when it is up to date or could not be compared).
    public static func output(_ saved: SavedPlan, staleReasons: [String] = []) -> JSONOutput {
        guard case .object(let planMembers) = PlanJSON.output(saved.plan) else { return .null }
        var members: [(String, JSONOutput)] = [
            ("name", .string(saved.name)),
            ("role", .string(saved.role)),
            ("created", .string(Timestamp.format(saved.created))),
            ("updated", .string(Timestamp.format(saved.updated))),
            ("stale", .bool(!staleReasons.isEmpty)),
            ("staleReasons", .array(staleReasons.map { .string($0) })),
            ("progress", saved.counts.output()),
        ]
        for (key, value) in planMembers where key != "role" {
            guard key == "steps" else { members.append((key, value)); continue }
            members.append(("steps", .array(zip(saved.plan.steps, saved.progress).map { step, progress in
                guard case .object(var fields) = PlanJSON.output(step) else { return .null }
                fields.append(("status", .string(progress.status.rawValue)))
                fields.append(("started", .optional(progress.started?.description)))
                fields.append(("finished", .optional(progress.finished?.description)))
                fields.append(("pinned", .bool(saved.isPinned(step.credential))))
                return .object(fields)
            })))
        }
        return .object(members)
    }
}
