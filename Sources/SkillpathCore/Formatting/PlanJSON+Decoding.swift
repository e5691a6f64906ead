/// Reading back a plan written by ``PlanJSON/output(_:complete:)`` with `complete: true`.
extension PlanJSON {
    /// Decodes a plan, reporting each problem to `reader`; nil when the plan cannot be rebuilt.
    static func decode(_ reader: JSONReader, _ value: JSONValue, path: String) -> Plan? {
        guard reader.object(value, path: path, what: "a plan") != nil else { return nil }
        let role = reader.string(value, "role", path: path)
        let feasible = reader.bool(value, "feasible", path: path) ?? false
        var objective: Objective?
        var objectiveValue: Double?, tiebreak: Double?
        if let o = reader.field(value, "objective", path: path, required: true) {
            let oPath = reader.join(path, "objective")
            if reader.object(o, path: oPath, what: "{\"kind\", \"value\"}") != nil {
                objective = decodeObjective(reader, o, path: oPath)
                objectiveValue = number(reader, o, "value", path: oPath, in: Limits.planValue)
                tiebreak = number(reader, o, "tiebreak", path: oPath, required: false, in: Limits.planValue) ?? 0
            }
        }
        var totals: Plan.Totals?
        if let t = reader.field(value, "totals", path: path, required: true) {
            let tPath = reader.join(path, "totals")
            if reader.object(t, path: tPath, what: "the plan's totals") != nil,
               let price = number(reader, t, "price", path: tPath, in: Limits.planPrice),
               let hours = number(reader, t, "hours", path: tPath, in: Limits.planHours),
               let weeks = number(reader, t, "weeks", path: tPath, in: Limits.planWeeks),
               let count = reader.integer(t, "credentials", path: tPath, in: 0...Int(Int32.max)) {
                totals = Plan.Totals(price: price, hours: hours, weeks: weeks, credentials: count)
            }
        }
        var steps: [Plan.Step] = []
        if let list = reader.field(value, "steps", path: path, required: true),
           let elements = reader.array(list, path: reader.join(path, "steps"), what: "a list of steps") {
            for (i, element) in elements.enumerated() {
                if let step = decodeStep(reader, element, path: "\(reader.join(path, "steps"))[\(i)]") { steps.append(step) }
            }
        }
        var unmet: [Plan.Unmet] = []
        if let list = reader.field(value, "unmet", path: path, required: false),
           let elements = reader.array(list, path: reader.join(path, "unmet"), what: "a list of unmet conditions") {
            let conditions = CatalogLoading()
            for (i, element) in elements.enumerated() {
                let ePath = "\(reader.join(path, "unmet"))[\(i)]"
                guard reader.object(element, path: ePath, what: "{\"condition\", \"reason\"}") != nil,
                      let c = reader.field(element, "condition", path: ePath, required: true),
                      let condition = conditions.decodeCondition(reader, c, reader.join(ePath, "condition")) else { continue }
                unmet.append(Plan.Unmet(condition: condition, reason: reader.string(element, "reason", path: ePath) ?? ""))
            }
        }
        let startDate = date(reader, value, "startDate", path: path)
        let hoursPerWeek = number(reader, value, "hoursPerWeek", path: path, in: Limits.hoursPerWeek)
        guard let role, let objective, let objectiveValue, let tiebreak, let totals, let startDate, let hoursPerWeek else { return nil }
        var plan = Plan(role: role, objective: objective, feasible: feasible, value: objectiveValue, tiebreak: tiebreak,
                        totals: totals, steps: steps, unmet: unmet, startDate: startDate, hoursPerWeek: hoursPerWeek)
        plan.optimal = reader.bool(value, "optimal", path: path) ?? true
        return plan
    }

    static func decodeStep(_ reader: JSONReader, _ value: JSONValue, path: String) -> Plan.Step? {
        guard reader.object(value, path: path, what: "a plan step") != nil else { return nil }
        let credential = reader.string(value, "credential", path: path)
        let title = reader.string(value, "title", path: path)
        let price = number(reader, value, "price", path: path, in: Limits.price)
        let hours = number(reader, value, "hours", path: path, in: Limits.hours)
        let startWeek = number(reader, value, "startWeek", path: path, in: Limits.planWeeks)
        let endWeek = number(reader, value, "endWeek", path: path, in: Limits.planWeeks)
        let startDate = date(reader, value, "startDate", path: path)
        let endDate = date(reader, value, "endDate", path: path)
        var covers: [SkillLevel] = []
        if let list = reader.field(value, "covers", path: path, required: false),
           let elements = reader.array(list, path: reader.join(path, "covers"), what: "a list of {skill, level}") {
            for (i, element) in elements.enumerated() {
                let ePath = "\(reader.join(path, "covers"))[\(i)]"
                guard reader.object(element, path: ePath, what: "{\"skill\", \"level\"}") != nil,
                      let skill = reader.string(element, "skill", path: ePath),
                      let level = reader.integer(element, "level", path: ePath, in: SkillLevel.range) else { continue }
                covers.append(SkillLevel(skill: skill, level: level))
            }
        }
        let milestone = reader.bool(value, "milestone", path: path) ?? false
        // Plans saved before reasons existed have no "why": their steps decode with none.
        var why: [StepReason] = []
        if let list = reader.field(value, "why", path: path, required: false),
           let elements = reader.array(list, path: reader.join(path, "why"), what: "a list of reasons") {
            why = elements.enumerated().compactMap { decodeReason(reader, $0.element, path: "\(reader.join(path, "why"))[\($0.offset)]") }
        }
        var warnings: [String] = []
        if let list = reader.field(value, "warnings", path: path, required: false),
           let elements = reader.array(list, path: reader.join(path, "warnings"), what: "a list of warnings") {
            warnings = elements.enumerated().compactMap { element -> String? in
                guard case .string(let text) = element.element.kind else {
                    reader.report(.error, at: element.element.offset, path: "\(reader.join(path, "warnings"))[\(element.offset)]",
                                  "expected a warning (text) but found \(element.element.typeName)")
                    return nil
                }
                return Sanitizer.line(text)
            }
        }
        guard let credential, let title, let price, let hours, let startWeek, let endWeek, let startDate, let endDate else { return nil }
        return Plan.Step(credential: credential, title: title, price: price, hours: hours, startWeek: startWeek,
                         endWeek: endWeek, startDate: startDate, endDate: endDate, covers: covers, milestone: milestone, why: why,
                         warnings: warnings)
    }

    /// One reason as ``PlanJSON`` writes it: `{"kind": "role", "condition": 0}` and the like.
    static func decodeReason(_ reader: JSONReader, _ value: JSONValue, path: String) -> StepReason? {
        guard reader.object(value, path: path, what: "a reason {\"kind\", …}") != nil,
              let kind = reader.string(value, "kind", path: path) else { return nil }
        switch kind {
        case "role":
            return reader.integer(value, "condition", path: path, in: 0...Int(Int32.max)).map { .role(condition: $0) }
        case "prerequisite":
            return reader.string(value, "of", path: path).map { .prerequisite(of: $0) }
        case "stack":
            return reader.string(value, "of", path: path).map { .stack(of: $0) }
        case "required":
            return .required
        default:
            reader.report(.error, at: value["kind"]!.offset, path: reader.join(path, "kind"),
                          "unknown reason \"\(kind)\"; use one of \(StepReason.kinds.joined(separator: ", "))")
            return nil
        }
    }

    static func decodeObjective(_ reader: JSONReader, _ value: JSONValue, path: String) -> Objective? {
        guard let raw = reader.string(value, "kind", path: path) else { return nil }
        guard let objective = Objective(rawValue: raw) else {
            reader.report(.error, at: value["kind"]!.offset, path: reader.join(path, "kind"),
                          "unknown objective \"\(raw)\"; use one of \(Objective.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return objective
    }

    /// A number field, within `range` when one is given (a saved plan's figures are checked
    /// against ``Limits`` like the catalog's, so a tampered file cannot make formatting trap).
    static func number(_ reader: JSONReader, _ object: JSONValue, _ key: String, path: String, required: Bool = true,
                       in range: ClosedRange<Double>? = nil) -> Double? {
        guard let value = reader.field(object, key, path: path, required: required) else { return nil }
        if let range { return reader.number(value, path: reader.join(path, key), in: range) }
        guard case .number(let n) = value.kind else {
            reader.report(.error, at: value.offset, path: reader.join(path, key), "expected a number but found \(value.typeName)")
            return nil
        }
        return n
    }

    /// A `YYYY-MM-DD` date field.
    static func date(_ reader: JSONReader, _ object: JSONValue, _ key: String, path: String, required: Bool = true) -> CalendarDate? {
        guard let text = reader.string(object, key, path: path, required: required) else { return nil }
        guard let date = CalendarDate(text) else {
            reader.report(.error, at: object[key]!.offset, path: reader.join(path, key), "expected a date YYYY-MM-DD, not \"\(text)\"")
            return nil
        }
        return date
    }
}
