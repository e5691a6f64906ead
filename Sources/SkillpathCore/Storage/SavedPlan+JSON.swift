import Foundation

/// The file format of a saved plan (`plans/NAME.json`).
///
/// ```json
/// {"format": 1, "name": "…", "role": "…", "objective": "cost", "includeRecommended": false,
///  "created": "2026-11-29T08:00:00Z", "updated": "…",
///  "catalog": {"name": "…", "version": "…", "fingerprint": "fnv1a64:…"},
///  "profile": {…}, "progress": [{"credential": "…", "status": "todo", "started": null, "finished": null}],
///  "pins": [{"credential": "…", "replaces": "…" or null}],
///  "plan": {… PlanJSON, plus objective.tiebreak, startDate, hoursPerWeek …}}
/// ```
extension SavedPlan {
    /// The plan as a JSON document.
    public func output() -> JSONOutput {
        .object([
            ("format", .integer(Self.formatVersion)),
            ("name", .string(name)),
            ("role", .string(role)),
            ("objective", .string(objective.rawValue)),
            ("includeRecommended", .bool(includeRecommended)),
            ("created", .string(Timestamp.format(created))),
            ("updated", .string(Timestamp.format(updated))),
            ("catalog", .object([("name", .string(catalogName)), ("version", .string(catalogVersion)),
                                 ("fingerprint", .string(catalogFingerprint))])),
            ("profile", ProfileEncoding.output(profile)),
            ("progress", .array(progress.map { entry in
                .object([("credential", .string(entry.credential)), ("status", .string(entry.status.rawValue)),
                         ("started", .optional(entry.started?.description)),
                         ("finished", .optional(entry.finished?.description))])
            })),
            ("pins", .array(pins.map { pin in
                .object([("credential", .string(pin.credential)), ("replaces", .optional(pin.replaces))])
            })),
            ("plan", PlanJSON.output(plan, complete: true)),
        ])
    }

    /// Reads a saved plan. Throws ``StorageError/corrupt(file:diagnostics:)`` or ``StorageError/newerFormat(file:version:supported:)``.
    public static func decode(_ source: JSONSource) throws(StorageError) -> SavedPlan {
        let reader = JSONReader(source: source)
        guard let value = reader.parse() else { throw .corrupt(file: source.name, diagnostics: reader.diagnostics) }
        guard reader.object(value, path: "", what: "a saved plan") != nil else {
            throw .corrupt(file: source.name, diagnostics: reader.diagnostics)
        }
        if let format = reader.integer(value, "format", path: "", in: 1...Int(Int32.max)), format > formatVersion {
            throw .newerFormat(file: source.name, version: format, supported: formatVersion)
        }
        let name = reader.string(value, "name", path: "")
        let role = reader.string(value, "role", path: "")
        var objective: Objective?
        if let raw = reader.string(value, "objective", path: "") {
            objective = Objective(rawValue: raw)
            if objective == nil { reader.report(.error, at: value["objective"]!.offset, path: "objective", "unknown objective \"\(raw)\"") }
        }
        let includeRecommended = reader.bool(value, "includeRecommended", path: "") ?? false
        let created = timestamp(reader, value, "created")
        let updated = timestamp(reader, value, "updated")
        var fingerprint = "", catalogName = "", catalogVersion = ""
        if let catalog = reader.field(value, "catalog", path: "", required: false),
           reader.object(catalog, path: "catalog", what: "the catalog's description") != nil {
            fingerprint = reader.string(catalog, "fingerprint", path: "catalog", required: false) ?? ""
            catalogName = reader.string(catalog, "name", path: "catalog", required: false) ?? ""
            catalogVersion = reader.string(catalog, "version", path: "catalog", required: false) ?? ""
        }
        var profile: Profile?
        if let p = reader.field(value, "profile", path: "", required: true) {
            profile = ProfileDecoding.decode(reader, p, path: "profile", catalog: nil)
        }
        var plan: Plan?
        if let p = reader.field(value, "plan", path: "", required: true) {
            plan = PlanJSON.decode(reader, p, path: "plan")
        }
        var progress: [Progress] = []
        if let list = reader.field(value, "progress", path: "", required: true),
           let elements = reader.array(list, path: "progress", what: "a list of step statuses") {
            for (i, element) in elements.enumerated() {
                let path = "progress[\(i)]"
                guard reader.object(element, path: path, what: "{\"credential\", \"status\"}") != nil,
                      let credential = reader.string(element, "credential", path: path),
                      let raw = reader.string(element, "status", path: path) else { continue }
                guard let status = StepStatus(rawValue: raw) else {
                    reader.report(.error, at: element["status"]!.offset, path: path + ".status",
                                  "unknown status \"\(raw)\"; use one of \(StepStatus.allCases.map(\.rawValue).joined(separator: ", "))")
                    continue
                }
                progress.append(Progress(credential: credential, status: status,
                                         started: PlanJSON.date(reader, element, "started", path: path, required: false),
                                         finished: PlanJSON.date(reader, element, "finished", path: path, required: false)))
            }
        }
        var pins: [Pin] = []
        if let list = reader.field(value, "pins", path: "", required: false),
           let elements = reader.array(list, path: "pins", what: "a list of pinned credentials") {
            for (i, element) in elements.enumerated() {
                let path = "pins[\(i)]"
                guard reader.object(element, path: path, what: "{\"credential\", \"replaces\"}") != nil,
                      let credential = reader.string(element, "credential", path: path) else { continue }
                let replaces = reader.string(element, "replaces", path: path, required: false)
                pins.append(Pin(credential: credential, replaces: replaces))
            }
        }
        if let plan, !reader.hasErrors, progress.map(\.credential) != plan.steps.map(\.credential) {
            reader.report(.error, at: value["progress"]?.offset ?? 0, path: "progress",
                          "the step statuses do not match the plan's steps")
        }
        guard !reader.hasErrors, let name, let role, let objective, let created, let updated, let profile, let plan else {
            throw .corrupt(file: source.name, diagnostics: reader.diagnostics)
        }
        return SavedPlan(name: name, role: role, objective: objective, includeRecommended: includeRecommended,
                         profile: profile, catalogFingerprint: fingerprint, catalogName: catalogName,
                         catalogVersion: catalogVersion, created: created, updated: updated, progress: progress, plan: plan, pins: pins)
    }

    private static func timestamp(_ reader: JSONReader, _ object: JSONValue, _ key: String) -> Date? {
        guard let text = reader.string(object, key, path: "") else { return nil }
        guard let date = Timestamp.parse(text) else {
            reader.report(.error, at: object[key]!.offset, path: key, "expected a UTC time like 2026-11-29T08:00:00Z, not \"\(text)\"")
            return nil
        }
        return date
    }
}

/// UTC times as `YYYY-MM-DDTHH:MM:SSZ`, to the second.
public enum Timestamp {
    /// The time without its fraction of a second, as it is stored.
    public static func wholeSeconds(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }

    /// `2026-11-29T08:00:00Z`.
    public static func format(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let rest = seconds - days * 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(CalendarDate(daysSinceEpoch: days))T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))Z"
    }

    /// The time written by ``format(_:)``, or nil.
    public static func parse(_ text: String) -> Date? {
        guard text.count == 20, text.hasSuffix("Z") else { return nil }
        let parts = text.dropLast().split(separator: "T")
        guard parts.count == 2, let day = CalendarDate(String(parts[0])) else { return nil }
        let time = parts[1].split(separator: ":").compactMap { Int($0) }
        guard time.count == 3, (0..<24).contains(time[0]), (0..<60).contains(time[1]), (0..<61).contains(time[2]) else { return nil }
        return Date(timeIntervalSince1970: Double(day.daysSinceEpoch * 86_400 + time[0] * 3600 + time[1] * 60 + time[2]))
    }
}
