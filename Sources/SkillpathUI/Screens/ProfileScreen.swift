import SkillpathCore

/// The Profile screen: study settings, skills with levels, earned credentials.
func renderProfile(_ state: AppState, _ layout: Layout, into grid: inout Grid) {
    let p = state.profile
    let catalog = state.catalog
    grid.put("Your profile — changes are saved at once and every role is re-planned.", x: 0, y: layout.body.y, style: .muted)
    let rows = state.profileRows
    let list = layout.profileList
    let labelWidth = min(34, max(22, grid.width / 3))
    grid.drawList(list, count: rows.count, cursor: state.profileCursor) { i in
        switch rows[i] {
        case .heading(let title): return (title, .title)
        case .note(let note): return ("  " + note, .muted)
        case .targetRole:
            let role = p.targetRole.map { catalog.role($0)?.title ?? "\($0) (not in this catalog)" }
            return (setting("Target role", role ?? "none — s runs the guided setup", labelWidth), .normal)
        case .hoursPerWeek: return (setting("Hours per week", formatNumber(p.hoursPerWeek), labelWidth), .normal)
        case .startDate: return (setting("Start date", p.startDate?.description ?? "today (\(state.today))", labelWidth), .normal)
        case .budget: return (setting("Budget", p.budget.map(state.money) ?? "no limit", labelWidth), .normal)
        case .objective:
            let meaning = ["cost": "lowest price first", "time": "fewest hours first", "balanced": "price + hour value × hours"]
            return (setting("Objective", "\(p.objective.rawValue) (\(meaning[p.objective.rawValue] ?? ""))", labelWidth), .normal)
        case .hourValue: return (setting("Hour value", state.money(p.hourValue) + " per hour (balanced)", labelWidth), .normal)
        case .accreditedOnly: return (setting("Accredited only", p.accreditedOnly ? "yes" : "no", labelWidth), .normal)
        case .onlyProviders: return (setting("Only these providers", state.onlyProvidersText, labelWidth), .normal)
        case .excludedProviders:
            let names = p.excludeProviders.map { catalog.provider($0)?.name ?? $0 }
            return (setting("Excluded providers", names.isEmpty ? "none" : names.joined(separator: ", "), labelWidth), .normal)
        case .skill(let id):
            let level = p.skills[id] ?? 0
            let name = catalog.skill(id)?.name ?? id
            let bar = String(repeating: "●", count: level) + String(repeating: "○", count: max(0, 5 - level))
            let levelName = SkillLevel.names.indices.contains(level) ? SkillLevel.names[level] : ""
            return (setting(name, "\(bar) \(level) \(levelName)", labelWidth), .normal)
        case .earned(let id):
            let c = catalog.credential(id)
            let mark = p.unverified.contains(id) ? " (unverified badge)" : ""
            return ("  " + (c?.title ?? "\(id) (not in this catalog)") + mark, c == nil ? .muted : .normal)
        }
    }
    let help: String
    switch state.selectedProfileRow {
    case .targetRole?: help = p.targetRole == nil ? "Enter or s runs the guided setup" : "Enter plans it · s runs the guided setup · d clears it"
    case .hoursPerWeek?, .hourValue?: help = "Enter types a value · +/- change it"
    case .startDate?: help = "Enter types a date · +/- move a week · d resets to today"
    case .budget?: help = "Enter types an amount · +/- by 100 · d removes the limit"
    case .objective?, .accreditedOnly?: help = "Enter or +/- changes it"
    case .onlyProviders?: help = "Enter chooses the only providers plans may use (type to filter, Space ticks) · d clears"
    case .excludedProviders?: help = "Enter chooses providers to leave out · d clears"
    case .skill?: help = "+/- change the level · d removes · a adds a skill"
    case .earned?: help = "d removes · e on the Catalog screen marks more"
    default: help = ""
    }
    grid.put(help, x: 0, y: list.y + list.height + 1, maxWidth: grid.width, style: .muted)
}

private func setting(_ label: String, _ value: String, _ width: Int) -> String {
    "  " + TextWidth.pad(label, to: width) + " " + value
}
