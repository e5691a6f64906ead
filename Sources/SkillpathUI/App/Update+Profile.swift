import SkillpathCore

/// One row of the Profile screen.
enum ProfileRow: Equatable {
    case heading(String)
    case note(String)
    case targetRole, hoursPerWeek, startDate, budget, objective, hourValue, accreditedOnly, onlyProviders, excludedProviders
    case skill(String)
    case earned(String)

    var selectable: Bool {
        switch self {
        case .heading, .note: return false
        default: return true
        }
    }
}

/// The Profile screen's rows and edits; every change is saved and re-estimates the roles.
extension AppState {
    /// The Profile screen's rows: settings, skills (by name), earned credentials.
    var profileRows: [ProfileRow] {
        var rows: [ProfileRow] = [.heading("Study"), .targetRole, .hoursPerWeek, .startDate, .budget, .objective, .hourValue,
                                  .accreditedOnly, .onlyProviders, .excludedProviders, .heading("Skills")]
        let skills = profile.skills.keys.sorted {
            (catalog.skill($0)?.name.lowercased() ?? $0, $0) < (catalog.skill($1)?.name.lowercased() ?? $1, $1)
        }
        rows += skills.isEmpty ? [.note("No skills yet: press a to add one.")] : skills.map(ProfileRow.skill)
        rows.append(.heading("Earned credentials"))
        rows += profile.earned.isEmpty ? [.note("None yet: mark credentials earned with e on the Catalog screen.")]
            : profile.earned.map(ProfileRow.earned)
        return rows
    }

    var selectedProfileRow: ProfileRow? {
        let rows = profileRows
        return rows.indices.contains(profileCursor.selection) ? rows[profileCursor.selection] : nil
    }

    /// Moves the Profile cursor, stepping over headings and notes.
    mutating func moveProfileCursor(by delta: Int) {
        let rows = profileRows
        let visible = Layout(self).profileList.height
        profileCursor.move(by: delta, count: rows.count, visible: visible)
        var i = profileCursor.selection
        let step = delta < 0 ? -1 : 1
        while rows.indices.contains(i) && !rows[i].selectable { i += step }
        if !rows.indices.contains(i) {
            i = profileCursor.selection
            while rows.indices.contains(i) && !rows[i].selectable { i -= step }
        }
        profileCursor.selection = max(0, min(rows.count - 1, i))
        profileCursor.offset = profileCursor.scrolled(count: rows.count, visible: visible)
        if delta < 0 && profileCursor.selection == 1 { profileCursor.offset = 0 }
    }

    mutating func runProfile(_ command: Command, _ fx: inout [Effect]) {
        if !(selectedProfileRow?.selectable ?? false) { moveProfileCursor(by: 1) }
        guard let row = selectedProfileRow else { return }
        switch command {
        case .addSkill:
            let items = catalog.skills.filter { profile.skills[$0.id] == nil }
                .sorted { $0.name.lowercased() < $1.name.lowercased() }
                .map { Picker.Item(id: $0.id, label: $0.name, detail: $0.category, checked: nil) }
            modal = .picker(Picker(purpose: .addSkill, title: "Add a skill (type to filter)", items: items))
        case .edit:
            edit(row, &fx)
        case .raise, .lower:
            adjust(row, up: command == .raise, &fx)
        case .remove:
            switch row {
            case .skill(let id): profile.skills[id] = nil
            case .earned(let id):
                profile.earned.removeAll { $0 == id }
                profile.unverified.removeAll { $0 == id }
            case .budget: profile.budget = nil
            case .targetRole: profile.targetRole = nil
            case .startDate: profile.startDate = nil
            case .excludedProviders: profile.excludeProviders = []
            case .onlyProviders: profile.onlyProviders = []
            default: status = "Nothing to remove here."; return
            }
            profileChanged(&fx)
            profileCursor.clamp(count: profileRows.count, visible: Layout(self).profileList.height)
            if !(selectedProfileRow?.selectable ?? false) { moveProfileCursor(by: -1) }
        default:
            break
        }
    }

    private mutating func edit(_ row: ProfileRow, _ fx: inout [Effect]) {
        switch row {
        case .targetRole:
            if let role = profile.targetRole, catalog.role(role) != nil { startPlan(role: role, &fx) } else { beginSetup() }
        case .hoursPerWeek:
            modal = .prompt(Prompt(purpose: .hoursPerWeek, title: "Study hours per week", text: formatNumber(profile.hoursPerWeek)))
        case .startDate:
            modal = .prompt(Prompt(purpose: .startDate, title: "Start date (YYYY-MM-DD; empty for today)", text: profile.startDate?.description ?? ""))
        case .budget:
            modal = .prompt(Prompt(purpose: .budget, title: "Budget (\(catalog.info.currency); empty for no limit)", text: profile.budget.map(formatNumber) ?? ""))
        case .hourValue:
            modal = .prompt(Prompt(purpose: .hourValue, title: "Value of one study hour (balanced objective)", text: formatNumber(profile.hourValue)))
        case .objective, .accreditedOnly:
            adjust(row, up: true, &fx)
        case .onlyProviders:
            openOnlyProvidersPicker()
        case .excludedProviders:
            let items = providerItems(ticked: profile.excludeProviders)
            modal = .picker(Picker(purpose: .excludeProviders, title: "Excluded providers (Enter toggles, Esc closes)", items: items))
        case .skill:
            status = "+ and - change the level, d removes the skill."
        case .earned:
            status = "d removes it; mark more on the Catalog screen with e."
        case .heading, .note:
            break
        }
    }

    private mutating func adjust(_ row: ProfileRow, up: Bool, _ fx: inout [Effect]) {
        let sign: Double = up ? 1 : -1
        switch row {
        case .hoursPerWeek: profile.hoursPerWeek = min(Limits.hoursPerWeek.upperBound, max(1, profile.hoursPerWeek.rounded(.down) + sign))
        case .startDate: profile.startDate = (profile.startDate ?? today).adding(days: up ? 7 : -7)
        case .budget:
            let next = (profile.budget ?? 0) + 100 * sign
            profile.budget = next <= 0 ? (up ? 100 : nil) : min(next, Limits.budget.upperBound)
        case .objective:
            let all = Objective.allCases
            let i = all.firstIndex(of: profile.objective)!
            profile.objective = all[(i + (up ? 1 : all.count - 1)) % all.count]
        case .hourValue: profile.hourValue = min(Limits.hourValue.upperBound, max(Limits.hourValue.lowerBound, profile.hourValue + 5 * sign))
        case .accreditedOnly: profile.accreditedOnly.toggle()
        case .skill(let id):
            let level = profile.skills[id] ?? 1
            profile.skills[id] = min(5, max(1, level + (up ? 1 : -1)))
        case .excludedProviders, .onlyProviders:
            edit(row, &fx)
            return
        default:
            return
        }
        profileChanged(&fx)
    }
}
