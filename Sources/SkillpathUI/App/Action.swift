import SkillpathCore

/// Something that happened: input from the user, or the result of an ``Effect``.
public enum Action: Sendable {
    case key(Key)
    case mouse(x: Int, y: Int, MouseButton)
    /// Text pasted into the terminal (bracketed paste), for the text field that has the keys.
    case paste(String)
    case resize(width: Int, height: Int)
    /// A background estimate of one role's best plan.
    case roleEstimated(generation: Int, role: String, RoleEstimate)
    /// A plan computed for the Plan screen (`main`) or for comparison under another objective.
    case planned(token: Int, purpose: PlanPurpose, Result<Plan, Failure>)
    case plansListed(Result<[SavedPlanInfo], Failure>)
    case planLoaded(Result<OpenPlan, Failure>)
    case planSaved(name: String)
    /// The profile as the store saved it (this writer's changes on top of what was on disk).
    case profileSaved(Profile)
    /// The profile file changed on disk (another writer); this is its content.
    case profileReloaded(Profile)
    /// A saved plan as its file now holds it: after a save, or changed on disk by another writer.
    case planReloaded(OpenPlan)
    case planDeleted(name: String)
    case planRenamed(from: String, to: String)
    case exported(paths: [String])
    /// The export file exists and was left as it is; the user is asked whether to replace it.
    case exportExists(path: String, format: PlanExport.Format)
    case storageFailed(String)
    /// Something the terminal runner reports for the status line (a link it could not open).
    case notice(String)
}

/// Why a plan was asked for.
public enum PlanPurpose: Sendable, Hashable {
    case main
    case comparison(Objective)
    /// The plan with `credential` swapped in for `replacing`, for the alternatives list's preview
    /// (``SavedPlan/swapRequest(_:replacing:current:today:timeLimit:)``).
    case swapPreview(credential: String, replacing: String)
}

/// Work ``update(_:_:)`` asks for: slow (planning) or outside the state (files, the terminal).
public enum Effect: Sendable, Equatable {
    /// Plan every role for the Roles screen, reporting each as `.roleEstimated`.
    case estimateRoles(generation: Int, profile: Profile, today: CalendarDate)
    case plan(token: Int, purpose: PlanPurpose, request: PlanRequest)
    /// Save the keys of `profile` that differ from `since` (the profile as last loaded or saved).
    case saveProfile(Profile, since: Profile)
    case listPlans
    case loadPlan(name: String)
    case savePlan(OpenPlan, name: String)
    case deletePlan(name: String)
    case renamePlan(from: String, to: String)
    case exportPlan(name: String)
    /// Write an export of the open plan (bytes from ``PlanExport``) to `path`, relative to the
    /// current directory; an existing file is replaced only when `overwrite` is set.
    case writeExport(path: String, bytes: [UInt8], format: PlanExport.Format, overwrite: Bool)
    /// Remember where the session is, for the next start.
    case saveSession(SessionMemory)
    /// Stop planning the previews of the alternatives list (it was closed).
    case stopSwapPreviews
    case setMouse(Bool)
    /// Open a web page (http or https, sanitised) with the system's opener, without waiting.
    case openURL(String)
    /// Put text (a sanitised link) on the clipboard with OSC 52, through the terminal's output.
    case copyToClipboard(String)
    /// Repaint every cell (after something else wrote to the terminal).
    case redraw
    case quit
}
