/// Pasted text: it goes to the text field that has the keys, never to the key table.
extension AppState {
    /// Inserts pasted text into the open prompt, the picker's filter or the list filter (the
    /// Catalog's search) being typed; anywhere else it is ignored (pasted letters are not commands) and the status line says so.
    mutating func handlePaste(_ text: String) {
        status = nil
        if setup != nil { pasteIntoSetup(text); return }
        switch modal {
        case .prompt(var prompt):
            if prompt.field.insert(text) == .edited { prompt.error = nil }
            modal = .prompt(prompt)
        case .picker(var picker):
            if picker.filterField.insert(text) == .edited { picker.cursor = ListCursor() }
            modal = .picker(picker)
        case nil where self[list: ListID(screen)].searching:
            let id = ListID(screen)
            let before = self[list: id].query
            if self[list: id].field.insert(text) == .edited { queryEdited(id, from: before) }
        default:
            status = "Pasted text goes into a text field only: / starts a search or a filter."
        }
    }
}
