/// The box over the screen: help, a question, a prompt, a picker or a details view.
func renderModal(_ modal: Modal, _ state: AppState, _ layout: Layout, into grid: inout Grid) {
    switch modal {
    case .help(let offset):
        let box = layout.helpBox
        grid.box(box, title: "Keys — Esc closes, ↑↓ scroll")
        let lines = KeyTable.helpLines(current: state.screen)
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
        let keyWidth = min(22, inner.width / 3)
        for (row, line) in lines.dropFirst(offset).prefix(inner.height).enumerated() {
            if line.heading {
                grid.put(line.keys, x: inner.x, y: inner.y + row, maxWidth: inner.width, style: .title)
            } else {
                grid.put(line.keys, x: inner.x + 1, y: inner.y + row, maxWidth: keyWidth, style: .accent)
                grid.put(line.help, x: inner.x + 2 + keyWidth, y: inner.y + row, maxWidth: inner.width - keyWidth - 2)
            }
        }
        if lines.count - offset > inner.height {
            grid.put(" ↓ more ", x: box.x + box.width - 10, y: box.y + box.height - 1, style: .accent)
        }
    case .details(let subject, let offset):
        let box = layout.detailsBox
        grid.box(box, title: "Details — ↑↓ scroll, Esc closes")
        let block = state.detailBlock(subject, width: box.width - 4)
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
        for (row, line) in block.lines.dropFirst(offset).prefix(inner.height).enumerated() {
            grid.put(line.text, x: inner.x, y: inner.y + row, maxWidth: inner.width, style: line.style)
        }
        if block.lines.count - offset > inner.height {
            grid.put(" ↓ more ", x: box.x + box.width - 10, y: box.y + box.height - 1, style: .accent)
        }
    case .confirm(let question):
        let text: String
        switch question {
        case .quit: text = "The plan has unsaved changes. Quit anyway?"
        case .deletePlan(let name): text = "Delete the saved plan “\(name)”?"
        case .openPlan(let name): text = "The plan on screen has unsaved changes. Open “\(name)” anyway?"
        case .overwriteExport(let path, _): text = "\(path) exists. Replace it? (y replaces, n keeps it)"
        }
        let box = layout.modal(width: max(34, TextWidth.width(text) + 6), height: 5)
        grid.box(box, title: "Confirm")
        grid.put(text, x: box.x + 2, y: box.y + 1, maxWidth: box.width - 4)
        grid.put("y yes · n no", x: box.x + 2, y: box.y + 3, maxWidth: box.width - 4, style: .accent)
    case .prompt(let prompt):
        let box = layout.modal(width: 64, height: 6)
        grid.box(box, title: prompt.title)
        let typed = grid.put("> ", x: box.x + 2, y: box.y + 1, maxWidth: box.width - 4)
        grid.putField(prompt.field, x: box.x + 2 + typed, y: box.y + 1, maxWidth: box.width - 4 - typed)
        if let error = prompt.error { grid.put(error, x: box.x + 2, y: box.y + 2, maxWidth: box.width - 4, style: .bad) }
        grid.put("Enter confirms · Esc cancels", x: box.x + 2, y: box.y + 4, maxWidth: box.width - 4, style: .muted)
    case .picker(let picker):
        renderPicker(picker, layout, into: &grid)
    }
}

/// A picker: its filter with how many items show (and are ticked), the items, its keys.
private func renderPicker(_ picker: Picker, _ layout: Layout, into grid: inout Grid) {
    let box = layout.pickerBox
    grid.box(box, title: picker.title)
    let shown = "  \(picker.visibleItems.count) of \(picker.items.count)" + (picker.tickCount.map { " · " + $0 } ?? "")
    let shownWidth = TextWidth.width(shown)
    let label = grid.put("Filter: ", x: box.x + 2, y: box.y + 1, maxWidth: box.width - 4, style: .muted)
    let field = grid.putField(picker.filterField, x: box.x + 2 + label, y: box.y + 1,
                              maxWidth: max(1, box.width - 4 - label - shownWidth), style: .muted)
    grid.put(shown, x: box.x + 2 + label + field, y: box.y + 1, maxWidth: box.width - 4 - label - field, style: .accent)
    let list = layout.modalList(box, headerRows: 1)
    let items = picker.visibleItems
    grid.drawList(list, count: items.count, cursor: picker.cursor) { i in
        let item = items[i]
        let check = item.checked.map { $0 ? "[x] " : "[ ] " } ?? ""
        let detailWidth = min(picker.isAlternatives ? 46 : 30, list.width / 2)
        return (columns([(check + item.label, list.width - detailWidth - 1, false), (item.detail, detailWidth, false)]), .normal)
    }
    if items.isEmpty { grid.put("Nothing matches.", x: list.x, y: list.y, style: .muted) }
    let keys = picker.isMultiSelect ? "↑↓ move · Space tick · Enter apply · type to filter (names or ids) · Esc cancel"
        : "↑↓ move · Enter choose · type to filter (names or ids) · Esc close"
    grid.put(keys, x: box.x + 2, y: box.y + box.height - 2,
             maxWidth: box.width - 4, style: .muted)
}

/// The content of a details box.
extension AppState {
    /// The text of a details box.
    func detailBlock(_ subject: DetailSubject, width: Int) -> TextBlock {
        switch subject {
        case .credential(let i):
            return catalog.credentials.indices.contains(i) ? credentialDetail(catalog.credentials[i], state: self, width: width) : TextBlock(width: width)
        case .role(let i):
            return catalog.roles.indices.contains(i) ? roleDetail(catalog.roles[i], state: self, width: width) : TextBlock(width: width)
        case .step(let i):
            guard let document = session?.document, document.plan.steps.indices.contains(i) else { return TextBlock(width: width) }
            return stepDetail(i, document, state: self, width: width)
        }
    }
}
