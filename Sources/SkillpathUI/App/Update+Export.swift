import SkillpathCore

/// Exporting the open plan: the format, the file name, and a question before replacing a file.
/// The bytes are ``PlanExport``'s, the same `skillpath plans export` prints.
extension AppState {
    /// The open plan as it would be saved, named (by its saved name, else its role) for the export.
    var exportDocument: SavedPlan? {
        guard let session, let open = session.document else { return nil }
        var saved = open.document
        saved.name = open.name ?? session.role
        return saved
    }

    /// Opens the list of export formats.
    mutating func chooseExportFormat() {
        guard exportDocument != nil else {
            status = session == nil ? "No plan to export: choose a role on the Roles screen (2) and press Enter." : "Planning…"
            return
        }
        let items = PlanExport.Format.allCases.map { format -> Picker.Item in
            let detail: String
            switch format {
            case .markdown: detail = "a readable document, .md"
            case .json: detail = "the saved plan for scripts, .json"
            case .ics: detail = "a calendar event per step, .ics"
            }
            return Picker.Item(id: format.rawValue, label: format.title, detail: detail, checked: nil)
        }
        modal = .picker(Picker(purpose: .exportFormat, title: "Export the plan as (Enter chooses, Esc cancels)", items: items))
    }

    /// Asks for the file name, prefilled with `<plan-name>.<extension>`.
    mutating func askExportFile(_ format: PlanExport.Format) {
        guard let saved = exportDocument else { modal = nil; return }
        modal = .prompt(Prompt(purpose: .exportFile(format), title: "Export \(format.title) to (in the current directory)",
                               text: saved.name + "." + format.fileExtension))
    }

    /// Asks for the export of the open plan to be written to `path`.
    mutating func export(_ format: PlanExport.Format, to path: String, overwrite: Bool, _ fx: inout [Effect]) {
        guard let saved = exportDocument else { status = "The plan is no longer open; nothing was exported."; return }
        let bytes = PlanExport.bytes(saved, format: format, catalog: catalog,
                                     staleReasons: saved.staleReasons(current: profile, catalog: catalog))
        fx.append(.writeExport(path: path, bytes: bytes, format: format, overwrite: overwrite))
    }
}
