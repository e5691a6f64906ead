/// A plan as a person reads it in a terminal: numbered steps with weeks and dates, what each
/// step covers, milestones, totals, and for an impossible plan the reasons.
///
/// The text is plain; a ``Style`` can add emphasis (the command line passes ANSI styles when
/// writing to a colour terminal). Lines fit in `width` columns.
public struct PlanText {
    /// How to emphasise parts of the text. Each function wraps a piece of text.
    public struct Style: Sendable {
        public var heading: @Sendable (String) -> String
        public var dim: @Sendable (String) -> String
        public var good: @Sendable (String) -> String
        public var bad: @Sendable (String) -> String

        public init(heading: @escaping @Sendable (String) -> String, dim: @escaping @Sendable (String) -> String,
                    good: @escaping @Sendable (String) -> String, bad: @escaping @Sendable (String) -> String) {
            self.heading = heading; self.dim = dim; self.good = good; self.bad = bad
        }

        /// No emphasis at all.
        public static let plain = Style(heading: { $0 }, dim: { $0 }, good: { $0 }, bad: { $0 })
    }

    public var plan: Plan
    /// Used for the role's title, skill and provider names and the currency; ids are shown without it.
    public var catalog: Catalog?
    /// The status of each step, for a saved plan.
    public var progress: [StepStatus]?
    public var style: Style
    public var width: Int

    public init(plan: Plan, catalog: Catalog? = nil, progress: [StepStatus]? = nil, style: Style = .plain, width: Int = 80) {
        self.plan = plan; self.catalog = catalog; self.progress = progress; self.style = style; self.width = max(40, width)
    }

    var currency: String { catalog?.info.currency ?? "USD" }

    /// "Data Analyst (data-analyst)", or the id alone without a catalog.
    var roleName: String {
        guard let title = catalog?.role(plan.role)?.title else { return plan.role }
        return "\(title) (\(plan.role))"
    }

    /// The whole text, ending with a newline.
    public func render() -> String {
        var lines: [String] = []
        if plan.feasible { feasible(into: &lines) } else { infeasible(into: &lines) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func feasible(into lines: inout [String]) {
        lines.append(contentsOf: wrap("Plan for \(roleName)", "", "", style.heading))
        lines.append(contentsOf: wrap("Objective: \(Quantity.objective(plan.objective, currency: currency)) · "
                                      + "\(Quantity.number(plan.hoursPerWeek)) h/week from \(plan.startDate)", "", ""))
        lines.append("")
        if plan.steps.isEmpty {
            lines.append(style.good("Nothing to take: the profile already meets every requirement of this role."))
            return
        }
        let numberWidth = String(plan.steps.count).count + 1
        let indent = String(repeating: " ", count: numberWidth + 1)
        var stepNumber = 0
        for (i, step) in plan.steps.enumerated() {
            let status = progress.flatMap { i < $0.count ? $0[i] : nil }
            let mark = status.map { "[\($0.label)] " } ?? ""
            if step.milestone {
                let bullet = TextWrap.pad("◆", numberWidth, right: true) + " "
                lines.append(contentsOf: wrap("\(mark)Milestone: \(step.title)", bullet, indent, style.good))
                lines.append(contentsOf: wrap("\(step.credential) · earned on \(step.endDate) by the steps above, at no extra cost", indent, indent, style.dim))
            } else {
                stepNumber += 1
                let number = TextWrap.pad("\(stepNumber).", numberWidth, right: true) + " "
                lines.append(contentsOf: wrap(mark + step.title, number, indent, style.heading))
                var facts = [step.credential]
                if let provider = catalog?.credential(step.credential).flatMap({ catalog?.provider($0.provider)?.name }) {
                    facts.append(provider)
                }
                facts += [Quantity.money(step.price, currency: currency), Quantity.hours(step.hours)]
                lines.append(contentsOf: wrap(facts.joined(separator: " · "), indent, indent, style.dim))
                // A done step kept through a re-plan has no place in the new schedule's weeks.
                let offSchedule = step.startWeek == 0 && step.endWeek == 0 && step.hours > 0
                let when = status == .done ? "done · was planned for "
                    : status == .skipped && offSchedule ? "skipped · was planned for "
                    : "weeks \(Quantity.number(step.startWeek))–\(Quantity.number(step.endWeek)) · "
                lines.append(contentsOf: wrap(when + "\(step.startDate) → \(step.endDate)", indent, indent))
            }
            if !step.covers.isEmpty {
                lines.append(contentsOf: coverLines(step.covers, indent: indent))
            }
            if let why = StepReason.sentence(for: step, in: plan, catalog: catalog) {
                lines.append(contentsOf: wrap("why: " + why, indent, indent + "     ", style.dim))
            }
            for warning in step.warnings {
                lines.append(contentsOf: wrap("warning: " + warning, indent, indent + "         ", style.bad))
            }
        }
        lines.append("")
        let t = plan.totals
        let total = "Total: \(t.credentials) credential\(t.credentials == 1 ? "" : "s") · \(Quantity.money(t.price, currency: currency)) · "
            + "\(Quantity.hours(t.hours)) · \(Quantity.weeks(t.weeks)) · done by \(plan.finishDate)"
        lines.append(contentsOf: wrap(total, "", "", style.heading))
        if !plan.optimal {
            lines.append(contentsOf: wrap("The search stopped at its time limit: this is the best plan found, not proven the best (try --time-limit).", "", "", style.dim))
        }
        if let progress {
            lines.append(contentsOf: wrap("Progress: " + PlanProgress(progress).summary, "", "          "))
        }
    }

    private func infeasible(into lines: inout [String]) {
        lines.append(contentsOf: wrap("No plan reaches \(roleName) with this profile.", "", "", style.bad))
        lines.append("")
        if plan.unmet.isEmpty {
            lines.append("The planner found no valid plan.")
            return
        }
        lines.append("Requirements that cannot be met:")
        for unmet in plan.unmet {
            lines.append(contentsOf: wrap(conditionName(unmet.condition), "  • ", "    ", style.heading))
            lines.append(contentsOf: wrap(unmet.reason, "    ", "    "))
        }
        lines.append("")
        lines.append(contentsOf: wrap("A larger budget, fewer excluded providers, or recording skill levels you "
                                      + "already have may make a plan possible.", "", "", style.dim))
    }

    func skillName(_ level: SkillLevel) -> String { CatalogNames.skill(level, in: catalog) }

    func conditionName(_ condition: Condition) -> String { CatalogNames.condition(condition, in: catalog) }

    /// `covers: A (level 2), B (level 3)`, breaking lines between skills, continued under the first skill.
    private func coverLines(_ covers: [SkillLevel], indent: String) -> [String] {
        let rest = indent + "        "
        let body = TextWrap.lines(items: covers.map { Sanitizer.line(skillName($0)) }, width: width - rest.count)
        return body.enumerated().map { ($0.offset == 0 ? indent + "covers: " : rest) + $0.element }
    }

    /// Wraps plain text to the width, then styles each line (styles add invisible escape sequences).
    /// The text, which carries catalog and saved-plan strings, passes ``Sanitizer/line(_:)`` first.
    private func wrap(_ text: String, _ first: String, _ rest: String, _ emphasis: (String) -> String = { $0 }) -> [String] {
        let lines = TextWrap.lines(Sanitizer.line(text), width: width - rest.count)
        return lines.enumerated().map { ($0.offset == 0 ? first : rest) + emphasis($0.element) }
    }
}
