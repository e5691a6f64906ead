import Foundation
import SkillpathCore

/// The guided setup's keys: choosing a role (typed filter), ticking skills with levels, the
/// settings (checked by ``Profile/validate()``), and ending on the Plan screen. Esc skips it.
extension AppState {
    /// Starts the guided setup from the current profile (the first run, or `s` on the Profile screen).
    public mutating func beginSetup() {
        var s = SetupState()
        s.base = profile
        fillSettings(&s, from: profile)
        if let role = profile.targetRole, let i = setupRoleRows(s).firstIndex(where: { row in
            if case .role(let r) = row { return catalog.roles[r].id == role } else { return false }
        }) {
            s.roleCursor.selection = i
        }
        setup = s
        modal = nil
        status = nil
    }

    /// The rows of the role step: the examples that match the filter, then the matching roles by title.
    func setupRoleRows(_ s: SetupState) -> [SetupState.RoleRow] {
        let terms = s.filter.text.lowercased().split(separator: " ").map(String.init)
        func matches(_ text: String) -> Bool { let t = text.lowercased(); return terms.allSatisfy { t.contains($0) } }
        let examples = self.examples.indices.filter { i in
            let e = self.examples[i]
            return matches(e.who + " " + e.id + " " + (e.profile.targetRole.flatMap { catalog.role($0)?.title } ?? ""))
        }
        let roles = catalog.roles.indices
            .filter { matches(catalog.roles[$0].title + " " + catalog.roles[$0].id) }
            .sorted { catalog.roles[$0].title.localizedStandardCompare(catalog.roles[$1].title) == .orderedAscending }
        return examples.map(SetupState.RoleRow.example) + roles.map(SetupState.RoleRow.role)
    }

    /// The skills a role names (required first, then recommended), each once at the highest level asked.
    func setupSkills(for role: Role, base: Profile) -> [SetupState.SkillRow] {
        var rows: [SetupState.SkillRow] = []
        func collect(_ condition: Condition, required: Bool, alternative: Bool) {
            switch condition {
            case .skill(let id, let level):
                if let i = rows.firstIndex(where: { $0.skill == id }) {
                    rows[i].need = max(rows[i].need, level)
                    rows[i].required = rows[i].required || required
                    rows[i].alternative = rows[i].alternative && alternative
                } else {
                    rows.append(.init(skill: id, need: level, required: required, alternative: alternative, level: base.skills[id] ?? 0))
                }
            case .anyOf(let all):
                all.forEach { collect($0, required: required, alternative: all.count > 1) }
            case .allOf(let all):
                all.forEach { collect($0, required: required, alternative: alternative) }
            case .credential:
                break
            }
        }
        role.requires.forEach { collect($0, required: true, alternative: false) }
        role.recommends.forEach { collect($0, required: false, alternative: false) }
        return rows
    }

    mutating func handleSetupKey(_ key: Key, _ fx: inout [Effect]) {
        guard var s = setup else { return }
        if key == .escape { skipSetup(&fx); return }
        if key == .ctrl("c") { quit(&fx); return }
        switch s.step {
        case .role: setupRoleKey(key, &s)
        case .skills: setupSkillsKey(key, &s)
        case .settings:
            if key == .enter { finishSetup(s, &fx); return }
            setupSettingsKey(key, &s)
        }
        if setup != nil { setup = s }
    }

    /// Leaves the setup without asking or saving anything: the Catalog with the profile as it was.
    mutating func skipSetup(_ fx: inout [Effect]) {
        setup = nil
        show(.catalog, &fx)
        status = "Setup skipped: nothing was saved. s on the Profile screen (3) runs it again; ? shows the keys."
    }

    private mutating func setupRoleKey(_ key: Key, _ s: inout SetupState) {
        let rows = setupRoleRows(s)
        let visible = Layout(self).setupList.height
        switch key {
        case .up: s.roleCursor.move(by: -1, count: rows.count, visible: visible)
        case .down: s.roleCursor.move(by: 1, count: rows.count, visible: visible)
        case .pageUp: s.roleCursor.move(by: -visible, count: rows.count, visible: visible)
        case .pageDown: s.roleCursor.move(by: visible, count: rows.count, visible: visible)
        case .enter, .tab:
            guard rows.indices.contains(s.roleCursor.selection) else {
                status = "No role matches “\(s.filter.text)”: Backspace or Ctrl-U changes the filter."
                return
            }
            switch rows[s.roleCursor.selection] {
            case .example(let i):
                let example = examples[i]
                guard let id = example.profile.targetRole, let role = catalog.role(id) else {
                    status = "The example “\(example.who)” names no role of this catalog; choose a role."
                    return
                }
                s.example = example.id
                s.base = example.profile
                fillSettings(&s, from: example.profile)
                chooseRole(role, &s)
                status = "Started from the \(example.who) example: change what differs for you."
            case .role(let i):
                if s.example != nil { s.example = nil; s.base = profile; fillSettings(&s, from: profile) }
                chooseRole(catalog.roles[i], &s)
            }
        default:
            if s.filter.handle(key) == .edited { s.roleCursor = ListCursor() }
        }
    }

    private func chooseRole(_ role: Role, _ s: inout SetupState) {
        s.role = role.id
        s.skills = setupSkills(for: role, base: s.base)
        s.skillCursor = ListCursor()
        s.step = .skills
    }

    private mutating func setupSkillsKey(_ key: Key, _ s: inout SetupState) {
        let visible = Layout(self).setupList.height
        let i = s.skillCursor.selection
        let has = s.skills.indices.contains(i)
        switch key {
        case .up, .char("k"): s.skillCursor.move(by: -1, count: s.skills.count, visible: visible)
        case .down, .char("j"): s.skillCursor.move(by: 1, count: s.skills.count, visible: visible)
        case .char(" "):
            if has { s.skills[i].level = s.skills[i].level > 0 ? 0 : max(1, s.skills[i].need) }
        case .right, .char("+"):
            if has { s.skills[i].level = min(Limits.level.upperBound, s.skills[i].level + 1) }
        case .left, .char("-"):
            if has { s.skills[i].level = max(Limits.level.lowerBound, s.skills[i].level - 1) }
        case .char(let c) where c.wholeNumberValue.map(Limits.level.contains) == true:
            if has { s.skills[i].level = c.wholeNumberValue! }
        case .enter, .tab:
            s.step = .settings
            s.field = .hoursPerWeek
        case .backTab:
            s.step = .role
        default:
            break
        }
    }

    private mutating func setupSettingsKey(_ key: Key, _ s: inout SetupState) {
        let fields = SetupState.Field.allCases
        if s.field != .objective {
            switch editSetting(&s, { $0.handle(key) }) {
            case .edited: s.errors[s.field] = nil; return
            case .unchanged: return
            case .ignored: break
            }
        }
        switch key {
        case .up: s.field = fields[max(0, s.field.rawValue - 1)]
        case .down, .tab: s.field = fields[min(fields.count - 1, s.field.rawValue + 1)]
        case .backTab:
            if s.field == fields[0] { s.step = .skills } else { s.field = fields[s.field.rawValue - 1] }
        case .left, .right, .char(" "):
            let all = Objective.allCases
            let j = all.firstIndex(of: s.objective)!
            s.objective = all[(j + (key == .left ? all.count - 1 : 1)) % all.count]
        default:
            break
        }
    }

    /// Applies `change` to the text field of the selected setting.
    @discardableResult
    private func editSetting(_ s: inout SetupState, _ change: (inout TextField) -> TextField.Outcome) -> TextField.Outcome {
        switch s.field {
        case .hoursPerWeek: return change(&s.hoursPerWeek)
        case .startDate: return change(&s.startDate)
        case .budget: return change(&s.budget)
        case .objective: return .ignored
        }
    }

    /// Pasted text goes into the field the setup step is editing.
    mutating func pasteIntoSetup(_ text: String) {
        guard var s = setup else { return }
        switch s.step {
        case .role: if s.filter.insert(text) == .edited { s.roleCursor = ListCursor() }
        case .skills: status = "Pasted text goes into a text field only: Space ticks a skill, 0–5 set its level."
        case .settings: if editSetting(&s, { $0.insert(text) }) == .edited { s.errors[s.field] = nil }
        }
        setup = s
    }

    private func fillSettings(_ s: inout SetupState, from p: Profile) {
        s.hoursPerWeek = TextField(formatNumber(p.hoursPerWeek), maxLength: 20, selected: true)
        s.startDate = TextField((p.startDate ?? today).description, maxLength: 20, selected: true)
        s.budget = TextField(p.budget.map(formatNumber) ?? "", maxLength: 20, selected: true)
        s.objective = p.objective
        s.errors = [:]
    }

    /// The profile the answers make, or the errors by field: typed text is read here, and the
    /// ranges are the engine's (``Profile/validate()``).
    func setupProfile(_ s: SetupState) -> Result<Profile, SetupErrors> {
        var p = s.base
        var errors: [SetupState.Field: String] = [:]
        let hours = s.hoursPerWeek.text.trimmingCharacters(in: .whitespaces)
        if let value = Double(hours) { p.hoursPerWeek = value } else {
            errors[.hoursPerWeek] = "Type a number of hours, e.g. 8 (\(Limits.describe(Limits.hoursPerWeek)))."
        }
        let start = s.startDate.text.trimmingCharacters(in: .whitespaces)
        if start.isEmpty { p.startDate = nil } else if let date = CalendarDate(start) { p.startDate = date } else {
            errors[.startDate] = "Type a date as YYYY-MM-DD, e.g. \(today), or nothing for today."
        }
        let budget = s.budget.text.trimmingCharacters(in: .whitespaces)
        if budget.isEmpty { p.budget = nil } else if let value = Double(budget) { p.budget = value } else {
            errors[.budget] = "Type an amount such as 1500, or nothing for no limit."
        }
        p.objective = s.objective
        for row in s.skills {
            p.skills[row.skill] = row.level > 0 ? row.level : nil
        }
        p.targetRole = s.role
        for problem in p.validate() {
            guard let field = SetupState.Field.allCases.first(where: { $0.key == problem.key }), errors[field] == nil else { continue }
            errors[field] = problem.message.prefix(1).uppercased() + problem.message.dropFirst() + "."
        }
        return errors.isEmpty ? .success(p) : .failure(SetupErrors(byField: errors))
    }

    /// Checks the settings; when they are good, saves the profile and plans the role.
    private mutating func finishSetup(_ s: SetupState, _ fx: inout [Effect]) {
        switch setupProfile(s) {
        case .failure(let failure):
            var s = s
            s.errors = failure.byField
            s.field = SetupState.Field.allCases.first { failure.byField[$0] != nil } ?? s.field
            setup = s
            status = "Fix the value in red, then press Enter."
        case .success(let p):
            guard let role = s.role else { setup = s; return }
            setup = nil
            profile = p
            fx.append(.saveProfile(profile, since: savedProfile))
            restartEstimates(&fx)
            if let i = catalog.roles.firstIndex(where: { $0.id == role }), let row = roleRows.firstIndex(of: i) {
                roles.cursor.selection = row
            }
            clampCursors()
            startPlan(role: role, &fx)
            status = "Profile saved. Enter marks a step, S saves the plan, 3 changes the profile, ? shows every key."
        }
    }
}

/// Why the settings of the guided setup were refused, by field.
public struct SetupErrors: Error, Sendable, Equatable {
    public var byField: [SetupState.Field: String]
}
