/// A plan as a Markdown document, for export: a summary, a table of steps, and what each step covers.
public struct PlanMarkdown {
    public var plan: Plan
    /// Used for the role's title, skill and provider names, links and the currency.
    public var catalog: Catalog?
    /// The status of each step, for a saved plan.
    public var progress: [StepStatus]?
    /// A heading for the document; by default "Study plan: ROLE".
    public var title: String?

    public init(plan: Plan, catalog: Catalog? = nil, progress: [StepStatus]? = nil, title: String? = nil) {
        self.plan = plan; self.catalog = catalog; self.progress = progress; self.title = title
    }

    /// The document, ending with a newline.
    public func render() -> String {
        let text = PlanText(plan: plan, catalog: catalog)
        let currency = text.currency
        let roleTitle = catalog?.role(plan.role)?.title ?? plan.role
        var lines = ["# \(Self.escape(title ?? "Study plan: \(roleTitle)"))", ""]
        lines.append("- **Role:** \(Self.escape(roleTitle)) (\(Self.code(plan.role)))")
        lines.append("- **Objective:** \(Quantity.objective(plan.objective, currency: currency))")
        lines.append("- **Pace:** \(Quantity.number(plan.hoursPerWeek)) hours a week from \(plan.startDate)")
        guard plan.feasible else {
            lines += ["", "**No plan reaches this role with this profile.** Requirements that cannot be met:", ""]
            for unmet in plan.unmet {
                lines.append("- **\(Self.escape(text.conditionName(unmet.condition)))**: \(Self.escape(unmet.reason))")
            }
            return lines.joined(separator: "\n") + "\n"
        }
        let t = plan.totals
        lines.append("- **Total:** \(t.credentials) credential\(t.credentials == 1 ? "" : "s"), "
                     + "\(Quantity.money(t.price, currency: currency)), \(Quantity.number(t.hours)) hours, "
                     + "\(Quantity.weeks(t.weeks)) (\(plan.startDate) → \(plan.finishDate))")
        lines.append("")
        if plan.steps.isEmpty {
            lines.append("Nothing to take: the profile already meets every requirement of this role.")
            return lines.joined(separator: "\n") + "\n"
        }
        let hasProgress = progress != nil
        lines.append("| # | Credential | Price | Hours | Weeks | Dates | Covers |" + (hasProgress ? " Status |" : ""))
        lines.append("|---:|---|---:|---:|---|---|---|" + (hasProgress ? "---|" : ""))
        var number = 0
        for (i, step) in plan.steps.enumerated() {
            var name = "\(Self.escape(step.title)) (\(Self.code(step.credential)))"
            if let url = catalog?.credential(step.credential)?.url {
                name = Self.isWebAddress(url)
                    ? "[\(Self.escape(step.title))](\(Self.linkTarget(url))) (\(Self.code(step.credential)))"
                    : name + " " + Self.escape(url)
            }
            let mark: String
            if step.milestone { mark = "◆"; name = "Milestone: " + name } else { number += 1; mark = String(number) }
            var row = "| \(mark) | \(name) | \(Quantity.money(step.price, currency: currency)) | \(Quantity.number(step.hours)) "
                + "| \(Quantity.number(step.startWeek))–\(Quantity.number(step.endWeek)) | \(step.startDate) → \(step.endDate) "
                + "| \(step.covers.isEmpty && !step.milestone ? "—" : Self.escape(step.covers.map(text.skillName).joined(separator: ", "))) |"
            if let progress { row += " \(i < progress.count ? progress[i].label : "") |" }
            lines.append(row)
        }
        if plan.steps.contains(where: \.milestone) {
            lines.append("")
            lines.append("Milestones (◆) are earned by completing the steps before them, at no extra cost.")
        }
        let reasons = plan.steps.compactMap { step in
            StepReason.sentence(for: step, in: plan, catalog: catalog).map { "- **\(Self.escape(step.title))** — why: \(Self.escape($0))" }
        }
        if !reasons.isEmpty { lines += ["", "Why each step is there:", ""] + reasons }
        let warnings = plan.steps.flatMap { step in step.warnings.map { "- **\(Self.escape(step.title))** — \(Self.escape($0))" } }
        if !warnings.isEmpty { lines += ["", "Warnings:", ""] + warnings }
        if let progress { lines += ["", "Progress: " + PlanProgress(progress).summary + "."] }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Whether a URL may become a link: only `http://` and `https://` ones (no `javascript:`, `file:`, …).
    static func isWebAddress(_ url: String) -> Bool {
        let lower = url.lowercased()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && Sanitizer.isClean(url)
    }

    /// A URL made safe inside `(…)` of a Markdown link: spaces, parentheses, pipes and angle
    /// brackets percent-encoded (the caller has checked with ``isWebAddress(_:)`` that it has no controls).
    static func linkTarget(_ url: String) -> String {
        var out = ""
        for c in url {
            switch c {
            case " ", "\n", "\t": out += "%20"
            case "(": out += "%28"
            case ")": out += "%29"
            case "|": out += "%7C"
            case "<": out += "%3C"
            case ">": out += "%3E"
            default: out.append(c)
            }
        }
        return out
    }

    /// An id as inline code, `` `id` ``; an id holding a backtick is escaped as text instead, so it
    /// cannot close the span. Pipes are escaped either way (GitHub's tables split cells on them even in code).
    static func code(_ id: String) -> String {
        let safe = Sanitizer.line(id)
        if safe.contains("`") { return escape(safe) }
        var out = "`"
        for c in safe { if c == "|" { out += "\\|" } else { out.append(c) } }
        return out + "`"
    }

    /// Untrusted text for a table cell, list item or heading: unsafe characters made visible
    /// (``Sanitizer``), newlines as spaces (a row is one line), and the characters that would break
    /// a cell or start Markdown emphasis, a link or HTML escaped with a backslash.
    static func escape(_ text: String) -> String {
        let safe = Sanitizer.line(text)
        let special: Set<Unicode.Scalar> = ["|", "*", "_", "`", "[", "]", "<", ">", "\\"]
        guard safe.unicodeScalars.contains(where: special.contains) else { return safe }
        var out = String.UnicodeScalarView()
        for scalar in safe.unicodeScalars {
            if special.contains(scalar) { out.append("\\") }
            out.append(scalar)
        }
        return String(out)
    }
}
