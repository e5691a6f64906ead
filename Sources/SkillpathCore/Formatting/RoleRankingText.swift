/// A ``RoleRanking`` as a person reads it: a table of the roles with a plan, cheapest first, with
/// price, hours, weeks and finish date, then the roles with no valid plan, grouped by their reasons.
public struct RoleRankingText {
    public var ranking: RoleRanking
    public var profile: Profile
    /// The start date when the profile has none (as the ranking was planned).
    public var today: CalendarDate
    /// For the currency.
    public var catalog: Catalog
    public var style: PlanText.Style
    /// The terminal's width; nil (output piped) for one whole record a line: titles and reasons uncut.
    public var width: Int?

    public init(ranking: RoleRanking, profile: Profile, today: CalendarDate = .today(), catalog: Catalog,
                style: PlanText.Style = .plain, width: Int? = 80) {
        self.ranking = ranking; self.profile = profile; self.today = today; self.catalog = catalog
        self.style = style; self.width = width.map { max(60, $0) }
    }

    /// The whole text, ending with a newline.
    public func render() -> String {
        let currency = catalog.info.currency
        var out = style.heading("Every role, planned for your profile") + "\n"
        out += "Objective: \(Quantity.objective(profile.objective, hourValue: profile.hourValue, currency: currency)) · "
            + "\(Quantity.number(profile.hoursPerWeek)) h/week from \(profile.startDate ?? today)"
        if let budget = profile.budget { out += " · budget \(Quantity.money(budget, currency: currency))" }
        out += "\n\n"
        let feasible = ranking.feasible
        if !feasible.isEmpty {
            out += table(Array(feasible), currency: currency)
            if feasible.contains(where: { !$0.plan.optimal }) {
                out += style.dim("* the time limit stopped the search: the best plan found, not proven the cheapest") + "\n"
            }
            out += "\n"
        }
        let infeasible = ranking.infeasible
        if !infeasible.isEmpty {
            out += style.heading("No valid plan (\(infeasible.count) role\(infeasible.count == 1 ? "" : "s"))") + "\n"
            for group in Self.groups(Array(infeasible)) {
                let names = group.roles.map { "\(Sanitizer.line($0.role)) (\(Sanitizer.line($0.title)))" }
                if let width {
                    for line in TextWrap.lines(items: names, width: width - 2) { out += "  " + line + "\n" }
                } else {
                    out += "  " + names.joined(separator: ", ") + "\n"
                }
                for reason in group.reasons.map(Sanitizer.line) {
                    out += (width.map { TextWrap.indent(reason, width: $0, first: "    - ", rest: "      ") } ?? "    - " + reason) + "\n"
                }
            }
            out += "\n"
        }
        let count = ranking.entries.count
        out += "\(count) role\(count == 1 ? "" : "s"): \(feasible.count) with a plan, \(infeasible.count) without. "
            + "See one with `skillpath plan --role ID`.\n"
        return out
    }

    /// The table of roles with a plan: rank, role id, the totals, and the title in what width is left.
    func table(_ entries: [RoleRanking.Entry], currency: String) -> String {
        let balanced = profile.objective == .balanced
        var header = ["#", "Role", "Price", "Hours", "Weeks", "Finish"]
        if balanced { header.insert("Value", at: 2) }
        let rows: [[String]] = entries.enumerated().map { i, entry in
            let plan = entry.plan
            var row = ["\(i + 1)", Sanitizer.line(entry.role) + (plan.optimal ? "" : " *"),
                       Quantity.money(plan.totals.price, currency: currency), Quantity.hours(plan.totals.hours),
                       Quantity.number(plan.totals.weeks), plan.finishDate.description]
            if balanced { row.insert(Quantity.money(plan.value, currency: currency), at: 2) }
            return row
        }
        let widths = header.indices.map { c in ([header] + rows).map { $0[c].count }.max() ?? 0 }
        let used = widths.reduce(0, +) + 2 * widths.count
        let titleWidth = width.map { $0 - used }
        func line(_ cells: [String], title: String) -> String {
            var text = cells.enumerated().map { c, cell in
                c == 1 ? TextWrap.pad(cell, widths[c]) : TextWrap.pad(cell, widths[c], right: true)
            }.joined(separator: "  ")
            if (titleWidth ?? 10) >= 10 { text += "  " + TextWrap.truncate(title, titleWidth) }
            return text
        }
        var out = style.dim(line(header, title: "Title")) + "\n"
        for (row, entry) in zip(rows, entries) { out += line(row, title: Sanitizer.line(entry.title)) + "\n" }
        return out
    }

    /// Roles with the same reasons, together, in ranking order of their first role.
    static func groups(_ entries: [RoleRanking.Entry]) -> [(roles: [RoleRanking.Entry], reasons: [String])] {
        var groups: [(roles: [RoleRanking.Entry], reasons: [String])] = []
        for entry in entries {
            let reasons = entry.reasons
            if let i = groups.firstIndex(where: { $0.reasons == reasons }) {
                groups[i].roles.append(entry)
            } else {
                groups.append(([entry], reasons))
            }
        }
        return groups
    }
}
