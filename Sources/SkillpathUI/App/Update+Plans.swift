/// The Plans screen: open, rename, delete, export.
extension AppState {
    var selectedSavedPlan: SavedPlanInfo? {
        planRows[safe: plans.cursor.selection].map { plans.list[$0] }
    }

    mutating func runPlans(_ command: Command, _ fx: inout [Effect]) {
        guard let info = selectedSavedPlan else {
            status = "No saved plans yet: make one on the Plan screen and press S."
            return
        }
        switch command {
        case .openPlan:
            if session?.hasUnsavedChanges == true {
                modal = .confirm(.openPlan(info.name))
            } else {
                fx.append(.loadPlan(name: info.name))
            }
        case .renamePlan:
            modal = .prompt(Prompt(purpose: .renamePlan(info.name), title: "Rename “\(info.name)” to", text: info.name))
        case .deletePlan:
            modal = .confirm(.deletePlan(info.name))
        case .exportPlan:
            fx.append(.exportPlan(name: info.name))
        default:
            break
        }
    }
}
