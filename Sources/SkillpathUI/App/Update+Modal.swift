import Foundation
import SkillpathCore

/// Keys while a box is open: help, questions, prompts (with validation), pickers, details.
extension AppState {
    mutating func handleModalKey(_ key: Key, _ fx: inout [Effect]) {
        guard let current = modal else { return }
        switch current {
        case .help(let offset):
            let count = KeyTable.helpLines(current: screen).count
            let visible = max(1, Layout(self).helpBox.height - 4)
            let maxOffset = max(0, count - visible)
            switch key {
            case .up, .char("k"): modal = .help(offset: max(0, offset - 1))
            case .down, .char("j"): modal = .help(offset: min(maxOffset, offset + 1))
            case .pageUp: modal = .help(offset: max(0, offset - visible))
            case .pageDown, .char(" "): modal = .help(offset: min(maxOffset, offset + visible))
            case .home: modal = .help(offset: 0)
            case .end: modal = .help(offset: maxOffset)
            case .escape, .char("?"), .char("q"), .enter, .function(1): modal = nil
            default: break
            }
        case .details(let subject, let offset):
            let box = Layout(self).detailsBox
            let count = detailBlock(subject, width: box.width - 4).lines.count
            let visible = max(1, box.height - 2)
            let maxOffset = max(0, count - visible)
            switch key {
            case .up, .char("k"): modal = .details(subject, offset: max(0, offset - 1))
            case .down, .char("j"): modal = .details(subject, offset: min(maxOffset, offset + 1))
            case .pageUp: modal = .details(subject, offset: max(0, offset - visible))
            case .pageDown, .char(" "): modal = .details(subject, offset: min(maxOffset, offset + visible))
            case .home, .char("g"): modal = .details(subject, offset: 0)
            case .end, .char("G"): modal = .details(subject, offset: maxOffset)
            case .char("e"):
                if case .credential = subject { runCatalog(.toggleEarned, &fx) }
            case .escape, .enter, .char("q"), .char("i"): modal = nil
            default: break
            }
        case .confirm(let question):
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
        case .prompt(var prompt):
            switch key {
            case .escape: modal = nil
            case .enter: submit(prompt, &fx)
            default:
                if prompt.field.handle(key) == .edited { prompt.error = nil }
                modal = .prompt(prompt)
            }
        case .picker(var picker):
            let visible = Layout(self).modalList(Layout(self).pickerBox, headerRows: 1).height
            let count = picker.visibleItems.count
            switch key {
            case .escape:
                modal = nil
                if picker.isAlternatives, session?.previewToken ?? 0 != 0 {
                    session?.previewToken = 0
                    fx.append(.stopSwapPreviews)
                }
            case .up: picker.cursor.move(by: -1, count: count, visible: visible); modal = .picker(picker)
            case .down: picker.cursor.move(by: 1, count: count, visible: visible); modal = .picker(picker)
            case .pageUp: picker.cursor.move(by: -visible, count: count, visible: visible); modal = .picker(picker)
            case .pageDown: picker.cursor.move(by: visible, count: count, visible: visible); modal = .picker(picker)
            case .enter: choose(in: picker, &fx)
            case .char(" ") where picker.purpose == .excludeProviders: choose(in: picker, &fx)
            default:
                // Everything else edits the filter (Home and End move in it, as in every text field).
                if picker.filterField.handle(key) == .edited { picker.cursor = ListCursor() }
                modal = .picker(picker)
            }
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
