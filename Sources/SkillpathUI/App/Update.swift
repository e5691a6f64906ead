import SkillpathCore

/// Applies an action to the state and returns the new state with the effects to run.
///
/// Pure: no IO, no clock, no terminal. The ``AppRunner`` runs the effects and feeds their results back.
public func update(_ state: AppState, _ action: Action) -> (AppState, [Effect]) {
    var next = state
    var effects: [Effect] = []
    next.reduce(action, &effects)
    return (next, effects)
}

/// Dispatch of actions and commands shared by every screen.
extension AppState {
    /// The effects to run when the interface starts: estimate every role, list the saved plans.
    public func startEffects() -> [Effect] {
        [.estimateRoles(generation: roles.generation, profile: profile, today: today), .listPlans]
    }

    mutating func reduce(_ action: Action, _ fx: inout [Effect]) {
        switch action {
        case .key(let key):
            handleKey(key, &fx)
        case .mouse(let x, let y, let button):
            if !Layout(self).tooSmall && setup == nil { handleMouse(x: x, y: y, button, &fx) }
        case .paste(let text):
            handlePaste(text)
        case .resize(let w, let h):
            width = max(0, w); height = max(0, h)
            clampCursors()
        case .roleEstimated(let generation, let role, let estimate):
            guard generation == roles.generation else { break }
            if roles.list.sort == nil { roles.estimates[role] = estimate }
            else { keepingSelection(.roles) { $0.roles.estimates[role] = estimate } }
        case .planned(let token, let purpose, let result):
            receivePlan(token: token, purpose: purpose, result)
        case .plansListed(.success(let list)):
            plans.list = list
            plans.loaded = true
            plans.cursor.clamp(count: list.count, visible: Layout(self).plansList.height)
        case .plansListed(.failure(let failure)):
            plans.loaded = true
            status = failure.message
        case .planLoaded(.success(let document)):
            openDocument(document, &fx)
        case .planLoaded(.failure(let failure)):
            restoring = nil
            status = failure.message
        case .planSaved(let name):
            if session?.document != nil {
                session?.document?.name = name
                session?.dirty = false
            }
            status = "Saved as “\(name)”. It is on the Plans screen (5)."
            fx.append(.listPlans)
        case .planDeleted(let name):
            if session?.document?.name == name { session?.document?.name = nil; session?.dirty = true }
            status = "Deleted “\(name)”."
            fx.append(.listPlans)
        case .planRenamed(let old, let new):
            if session?.document?.name == old { session?.document?.name = new }
            status = "Renamed “\(old)” to “\(new)”."
            fx.append(.listPlans)
        case .profileSaved(let stored):
            adoptStoredProfile(stored, &fx)
        case .profileReloaded(let stored):
            if adoptStoredProfile(stored, &fx) { status = "The profile was changed outside this window (by skillpath profile set?); reloaded." }
        case .planReloaded(let document):
            adoptStoredPlan(document)
        case .exported(let paths):
            status = "Exported to " + paths.joined(separator: " and ")
        case .exportExists(let path, let format):
            modal = .confirm(.overwriteExport(path: path, format: format))
        case .storageFailed(let message), .notice(let message):
            status = message
        }
    }

    private mutating func handleKey(_ key: Key, _ fx: inout [Effect]) {
        status = nil
        if Layout(self).tooSmall {
            if key == .char("q") || key == .ctrl("c") { quit(&fx) }
            return
        }
        if setup != nil { handleSetupKey(key, &fx); return }
        if modal != nil { handleModalKey(key, &fx); return }
        if let id = focusedList, self[list: id].searching, handleFilterKey(key, in: id) { return }
        guard let command = KeyTable.command(for: key, on: screen) else { return }
        run(command, &fx)
    }

    /// Carries out a command from the key table.
    mutating func run(_ command: Command, _ fx: inout [Effect]) {
        switch command {
        case .nextScreen: show(Screen(rawValue: screen.rawValue % Screen.allCases.count + 1)!, &fx)
        case .previousScreen: show(Screen(rawValue: (screen.rawValue + 3) % Screen.allCases.count + 1)!, &fx)
        case .show(let target): show(target, &fx)
        case .help: modal = .help(offset: 0)
        case .quit:
            if session?.hasUnsavedChanges == true {
                modal = .confirm(.quit)
            } else {
                quit(&fx)
            }
        case .redraw:
            fx.append(.redraw)
        case .toggleMouse:
            mouseEnabled.toggle()
            fx.append(.setMouse(mouseEnabled))
            status = mouseEnabled ? "Mouse on: click to select." : "Mouse off: the terminal's own text selection works."
        case .up: moveSelection(by: -1)
        case .down: moveSelection(by: 1)
        case .pageUp: moveSelection(by: -max(1, visibleRows - 1))
        case .pageDown: moveSelection(by: max(1, visibleRows - 1))
        case .top: moveSelection(by: -1_000_000)
        case .bottom: moveSelection(by: 1_000_000)
        case .cancel:
            clearQuery(ListID(screen))
        case .search: startFiltering(ListID(screen))
        case .cycleSort: cycleSort(ListID(screen))
        case .reverseSort: reverseList(ListID(screen))
        case .clearFilters:
            if screen == .catalog { runCatalog(command, &fx) } else if clearQuery(ListID(screen)) { status = "Filter cleared." }
        case .filterProvider, .filterType, .filterCategory, .toggleAccredited, .maxPrice, .maxHours, .toggleEarned:
            runCatalog(command, &fx)
        case .showDetails:
            showDetails()
        case .openLink, .copyLink:
            runLink(command, &fx)
        case .planRole:
            if let i = selectedRoleIndex { startPlan(role: catalog.roles[i].id, &fx) }
        case .setup:
            beginSetup()
        case .edit, .raise, .lower, .remove, .addSkill:
            runProfile(command, &fx)
        case .cycleStep, .skipStep, .alternatives, .releasePin, .replan, .savePlan:
            runPlan(command, &fx)
        case .exportPlan where screen == .plan:
            chooseExportFormat()
        case .openPlan, .renamePlan, .deletePlan, .exportPlan:
            runPlans(command, &fx)
        }
    }

    mutating func show(_ target: Screen, _ fx: inout [Effect]) {
        self[list: ListID(screen)].searching = false
        screen = target
        if target == .plans && !plans.loaded { fx.append(.listPlans) }
        // The profile's target role is planned when the Plan screen opens with no plan.
        if target == .plan && session == nil, let role = profile.targetRole, catalog.role(role) != nil {
            startPlan(role: role, &fx)
        }
    }

    /// Quits, remembering where the session was (``SessionMemory``).
    mutating func quit(_ fx: inout [Effect]) {
        quitting = true
        fx.append(.saveSession(sessionMemory))
        fx.append(.quit)
    }

    /// Opens the whole detail of the selected credential, role or step.
    mutating func showDetails() {
        switch screen {
        case .catalog:
            if let i = catalogView.results[safe: catalogView.cursor.selection] { modal = .details(.credential(i), offset: 0) }
        case .roles:
            if let i = selectedRoleIndex { modal = .details(.role(i), offset: 0) }
        case .plan:
            if let steps = session?.document?.plan.steps, let i = session?.cursor.selection, steps.indices.contains(i) {
                modal = .details(.step(i), offset: 0)
            }
        case .profile, .plans:
            break
        }
    }

    /// Saves the profile and restarts the role estimates after any profile change.
    mutating func profileChanged(_ fx: inout [Effect]) {
        fx.append(.saveProfile(profile, since: savedProfile))
        restartEstimates(&fx)
    }

    /// Restarts the role estimates for the current profile.
    mutating func restartEstimates(_ fx: inout [Effect]) {
        roles.generation += 1
        roles.estimates = [:]
        fx.append(.estimateRoles(generation: roles.generation, profile: profile, today: today))
    }

    /// A fresh job token.
    mutating func takeToken() -> Int {
        defer { nextToken += 1 }
        return nextToken
    }
}
