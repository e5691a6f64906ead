import Foundation
import SkillpathCore

/// Keys while a box is open: help, questions, prompts (with validation), pickers, details.
extension AppState {
    mutating func handleModalKey(_ key: Key, _ fx: inout [Effect]) {
        guard let current = modal else { return }
        switch current {
        case .help(let offset):
            let visible = max(1, Layout(self).helpBox.height - 4)
            let count = KeyTable.helpLines(current: screen).count
            if [.escape, .char("?"), .char("q"), .enter, .function(1)].contains(key) { modal = nil; return }
            if let next = Self.scrolled(offset, by: key, count: count, visible: visible) { modal = .help(offset: next) }
        case .details(let subject, let offset):
            handleDetailsKey(key, subject, offset: offset, &fx)
        case .confirm(let question):
            handleConfirmKey(key, question, &fx)
        case .prompt(let prompt):
            handlePromptKey(key, prompt, &fx)
        case .picker(let picker):
            handlePickerKey(key, picker, &fx)
        }
    }

    /// The offset of a scrolling box after a scrolling key, or nil for another key.
    static func scrolled(_ offset: Int, by key: Key, count: Int, visible: Int) -> Int? {
        let maxOffset = max(0, count - visible)
        switch key {
        case .up, .char("k"): return max(0, offset - 1)
        case .down, .char("j"): return min(maxOffset, offset + 1)
        case .pageUp: return max(0, offset - visible)
        case .pageDown, .char(" "): return min(maxOffset, offset + visible)
        case .home, .char("g"): return 0
        case .end, .char("G"): return maxOffset
        default: return nil
        }
    }

    private mutating func handleDetailsKey(_ key: Key, _ subject: DetailSubject, offset: Int, _ fx: inout [Effect]) {
        let box = Layout(self).detailsBox
        let count = detailBlock(subject, width: box.width - 4).lines.count
        if let next = Self.scrolled(offset, by: key, count: count, visible: max(1, box.height - 2)) {
            modal = .details(subject, offset: next)
            return
        }
        switch key {
        case .char("e"):
            if case .credential = subject { runCatalog(.toggleEarned, &fx) }
        case .char("o"), .char("y"):
            runLink(key == .char("o") ? .openLink : .copyLink, &fx)
        case .escape, .enter, .char("q"), .char("i"): modal = nil
        default: break
        }
    }

    private mutating func handleConfirmKey(_ key: Key, _ question: Confirmation, _ fx: inout [Effect]) {
        switch key {
        case .char("y"), .char("Y"), .enter:
            modal = nil
            switch question {
            case .quit: quit(&fx)
            case .overwriteExport(let path, let format): export(format, to: path, overwrite: true, &fx)
            case .deletePlan(let name): fx.append(.deletePlan(name: name))
            case .openPlan(let name): fx.append(.loadPlan(name: name))
            }
        case .char("n"), .char("N"), .escape, .char("q"):
            modal = nil
        default:
            break
        }
    }

    private mutating func handlePromptKey(_ key: Key, _ prompt: Prompt, _ fx: inout [Effect]) {
        var prompt = prompt
        switch key {
        case .escape: modal = nil
        case .enter: submit(prompt, &fx)
        default:
            if prompt.field.handle(key) == .edited { prompt.error = nil }
            modal = .prompt(prompt)
        }
    }

    /// A picker's keys: the list's moves, Enter, Space (ticks), Esc, and typing into its filter.
    private mutating func handlePickerKey(_ key: Key, _ picker: Picker, _ fx: inout [Effect]) {
        // Home and End move in the filter, as in every text field.
        let moves: [Key: Command] = [.up: .up, .down: .down, .pageUp: .pageUp, .pageDown: .pageDown]
        if let command = moves[key] { run(command, &fx); return }
        var picker = picker
        switch key {
        case .escape:
            modal = nil
            if picker.isAlternatives, session?.previewToken ?? 0 != 0 {
                session?.previewToken = 0
                fx.append(.stopSwapPreviews)
            }
        case .enter:
            if picker.isMultiSelect { applyTicks(of: picker, &fx) } else { choose(in: picker, &fx) }
        case .char(" ") where picker.purpose == .excludeProviders:
            choose(in: picker, &fx)
        case .char(" ") where picker.isMultiSelect:
            picker.toggleSelected()
            modal = .picker(picker)
        default:
            if picker.filterField.handle(key) == .edited { picker.cursor = ListCursor() }
            modal = .picker(picker)
        }
    }

    private mutating func submit(_ prompt: Prompt, _ fx: inout [Effect]) {
        var prompt = prompt
        let text = prompt.text.trimmingCharacters(in: .whitespaces)
        func number(_ range: ClosedRange<Double>, allowEmpty: Bool) -> Double?? {
            if text.isEmpty { return allowEmpty ? .some(nil) : nil }
            guard let value = Double(text), value.isFinite, range.contains(value) else { return nil }
            return .some(value)
        }
        func fail(_ message: String) { prompt.error = message; modal = .prompt(prompt) }
        switch prompt.purpose {
        case .savePlan:
            guard !text.isEmpty else { return fail("Type a name, e.g. data-analyst.") }
            guard let document = session?.document else { modal = nil; return }
            modal = nil
            fx.append(.savePlan(document, name: text))
        case .renamePlan(let old):
            guard !text.isEmpty else { return fail("Type the new name.") }
            modal = nil
            if text != old { fx.append(.renamePlan(from: old, to: text)) }
        case .maxPrice, .maxHours:
            guard let value = number(0...1e12, allowEmpty: true) else { return fail("Type a number such as 200, or nothing for no limit.") }
            if prompt.purpose == .maxPrice { catalogView.filter.maxPrice = value } else { catalogView.filter.maxHours = value }
            modal = nil
            refreshCatalogResults()
        case .hoursPerWeek:
            guard let value = number(Limits.hoursPerWeek, allowEmpty: false), let hours = value else { return fail("Type hours \(Limits.describe(Limits.hoursPerWeek)).") }
            profile.hoursPerWeek = hours
            modal = nil
            profileChanged(&fx)
        case .startDate:
            if text.isEmpty { profile.startDate = nil }
            else if let date = CalendarDate(text) { profile.startDate = date }
            else { return fail("Type a date as YYYY-MM-DD, e.g. \(today).") }
            modal = nil
            profileChanged(&fx)
        case .budget:
            guard let value = number(Limits.budget, allowEmpty: true) else { return fail("Type an amount such as 1500 (\(Limits.describe(Limits.budget))), or nothing for no limit.") }
            profile.budget = value
            modal = nil
            profileChanged(&fx)
        case .exportFile(let format):
            guard !text.isEmpty else { return fail("Type a file name, e.g. plan.\(format.fileExtension).") }
            modal = nil
            export(format, to: text, overwrite: false, &fx)
        case .hourValue:
            guard let value = number(Limits.hourValue, allowEmpty: false), let v = value else { return fail("Type an amount, e.g. 20 (\(Limits.describe(Limits.hourValue))).") }
            profile.hourValue = v
            modal = nil
            profileChanged(&fx)
        }
    }

    mutating func choose(in picker: Picker, _ fx: inout [Effect]) {
        let items = picker.visibleItems
        guard items.indices.contains(picker.cursor.selection) else { return }
        let item = items[picker.cursor.selection]
        switch picker.purpose {
        case .addSkill:
            modal = nil
            profile.skills[item.id] = 1
            profileChanged(&fx)
            if let row = profileRows.firstIndex(of: .skill(item.id)) {
                profileCursor.selection = row
                profileCursor.clamp(count: profileRows.count, visible: Layout(self).profileList.height)
            }
            status = "Added \(item.label) at level 1; + and - change it."
        case .onlyProviders:
            applyTicks(of: picker, &fx)
        case .excludeProviders:
            var updated = picker
            if let i = updated.items.firstIndex(where: { $0.id == item.id }) { updated.items[i].checked?.toggle() }
            if profile.excludeProviders.contains(item.id) { profile.excludeProviders.removeAll { $0 == item.id } }
            else { profile.excludeProviders.append(item.id) }
            modal = .picker(updated)
            profileChanged(&fx)
        case .alternative(let step):
            modal = nil
            guard let current = session?.document?.plan.steps[safe: step] else { return }
            session?.document?.document.pin(item.id, replacing: current.credential)
            session?.previewToken = 0
            replan(&fx)
            status = "Swapping in “\(item.label)”…"
        case .filterProvider:
            modal = nil
            catalogView.filter.provider = item.id.isEmpty ? nil : item.id
            refreshCatalogResults()
        case .filterType:
            modal = nil
            catalogView.filter.type = Credential.Kind(rawValue: item.id)
            refreshCatalogResults()
        case .exportFormat:
            guard let format = PlanExport.Format(rawValue: item.id) else { return }
            askExportFile(format)
        case .filterCategory:
            modal = nil
            catalogView.filter.category = item.id.isEmpty ? nil : item.id
            refreshCatalogResults()
        }
    }
}
