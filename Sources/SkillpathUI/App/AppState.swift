import SkillpathCore

/// Everything the interface shows, as one value. Only ``update(_:_:)`` changes it.
public struct AppState: Sendable {
    public let catalog: Catalog
    /// ``Catalog/fingerprint`` of ``catalog``, computed once: what plans made now record, and what tells a saved plan is stale.
    public let catalogFingerprint: String
    let index: CatalogIndex
    public var profile: Profile
    /// The profile as last read from or written to the store: what ``profile`` changed since is
    /// what a save writes, so another writer's changes to other keys are kept.
    public var savedProfile: Profile
    /// The day plans start when the profile has no start date.
    public var today: CalendarDate
    public var screen: Screen = .catalog
    public var width: Int
    public var height: Int
    public var mouseEnabled: Bool
    public var modal: Modal?
    /// The guided setup, while it is shown (over every screen).
    public var setup: SetupState?
    /// The shipped example profiles the setup offers as starting points (given by the terminal).
    public var examples: [ExampleProfile] = []
    /// The session memory being restored while its saved plan loads.
    var restoring: SessionMemory?
    /// A message for the status line, cleared by the next key.
    public var status: String?
    public var catalogView = CatalogViewState()
    public var roles = RolesViewState()
    public var profileCursor = ListCursor(selection: 1)
    /// The plan being shown on the Plan screen.
    public var session: PlanSession?
    public var plans = PlansViewState()
    /// Tags background jobs so stale results are ignored.
    public var nextToken = 1
    public var quitting = false

    public init(catalog: Catalog, index: CatalogIndex? = nil, profile: Profile, today: CalendarDate,
                width: Int, height: Int, mouseEnabled: Bool = true) {
        self.catalog = catalog
        self.catalogFingerprint = catalog.fingerprint
        self.index = index ?? CatalogIndex(catalog)
        self.profile = profile
        self.savedProfile = profile
        self.today = today
        self.width = width
        self.height = height
        self.mouseEnabled = mouseEnabled
        catalogView.results = self.index.results(in: catalog, search: "", filter: CatalogFilter(), sort: .title)
    }
}

/// The Catalog screen's search, filters, order and selection.
public struct CatalogViewState: Sendable {
    /// The list: cursor, search (its `/` filter, a ``TextField``) and order (a column of ``CatalogSort``).
    public var list = ListView(sort: ListSort(column: 0))
    public var filter = CatalogFilter()
    /// Credential indices shown, in order.
    public var results: [Int] = []

    /// The search as typed (with its cursor).
    public var searchField: TextField { get { list.field } set { list.field = newValue } }
    /// The search text; setting it puts the cursor at its end.
    public var search: String { get { list.query } set { list.query = newValue } }
    /// Whether keys are typed into the search field.
    public var searching: Bool { get { list.searching } set { list.searching = newValue } }
    public var cursor: ListCursor { get { list.cursor } set { list.cursor = newValue } }
    /// The sorted column; setting one sorts ascending.
    public var sort: CatalogSort {
        get { CatalogSort.allCases[safe: list.sort?.column ?? 0] ?? .title }
        set { list.sort = ListSort(column: CatalogSort.allCases.firstIndex(of: newValue) ?? 0) }
    }
    /// Whether the order is reversed.
    public var descending: Bool { list.sort?.descending ?? false }
}

/// The best plan of one role, as computed in the background.
public enum RoleEstimate: Sendable, Hashable {
    case pending
    case plan(price: Double, hours: Double, weeks: Double, credentials: Int)
    /// No valid plan: each unmet role condition and why.
    case infeasible([Plan.Unmet])
    case failed(String)
}

/// The Roles screen: selection and background estimates.
public struct RolesViewState: Sendable {
    /// The list: cursor, `/` filter and order (a column of ``RoleColumn``).
    public var list = ListView()
    public var cursor: ListCursor { get { list.cursor } set { list.cursor = newValue } }
    /// Estimates by role id for the current generation.
    public var estimates: [String: RoleEstimate] = [:]
    /// Which profile the estimates are for; results of other generations are dropped.
    public var generation = 0
}

/// The Plans screen: saved plans and selection.
public struct PlansViewState: Sendable {
    public var list: [SavedPlanInfo] = []
    /// The list's cursor, `/` filter and order (a column of ``PlanColumn``).
    public var view = ListView()
    public var loaded = false
    public var cursor: ListCursor { get { view.cursor } set { view.cursor = newValue } }
}

/// The plan on the Plan screen with its progress, pending jobs and comparison totals.
public struct PlanSession: Sendable {
    public var role: String
    /// The shown plan and progress; nil while the first plan is computed.
    public var document: OpenPlan?
    public var cursor = ListCursor()
    /// The job whose result is awaited; 0 when none.
    public var pendingToken = 0
    /// The document as it was when a re-plan was asked for; its progress is merged into the result
    /// (``SavedPlan/merging(replan:current:catalog:catalogFingerprint:now:)``). Nil for a plan made afresh.
    public var replanBase: SavedPlan?
    /// The profile the awaited plan is made from, which the new document records as its inputs.
    public var inputs = Profile()
    /// Totals of the optimal plans under the other objectives.
    public var comparisons: [Objective: RoleEstimate] = [:]
    public var comparisonTokens: [Objective: Int] = [:]
    /// The job of the open alternatives list's previews; results of another are dropped.
    public var previewToken = 0
    /// The profile the previews are planned from (what choosing one re-plans from).
    public var previewInputs = Profile()
    /// The previews of the open alternatives list, by alternative.
    public var swapPreviews: [String: SwapPreviewResult] = [:]
    public var error: String?
    /// Whether the awaited plan is a re-plan, whose arrival the status line reports.
    public var replanning = false
    /// Changes since the last save (a new plan counts as one).
    public var dirty = true

    public init(role: String) { self.role = role }

    /// Whether quitting would lose work: a change not saved. A plan made afresh and only looked at
    /// is none, as the next start plans the profile's target role again; a saved plan counts from
    /// its first change, a new one from its first mark, swap or re-plan.
    public var hasUnsavedChanges: Bool {
        guard dirty, let open = document else { return false }
        return open.name != nil || replanBase != nil || !open.document.pins.isEmpty || open.progress.contains { $0 != .todo }
    }

    /// What the done steps of the re-planned document add to the comparison plans' totals.
    var keptTotals: (price: Double, hours: Double, credentials: Int) {
        guard let base = replanBase else { return (0, 0, 0) }
        let done = zip(base.plan.steps, base.progress).filter { $0.1.status == .done }.map(\.0)
        return (done.reduce(0) { $0 + $1.price }, done.reduce(0) { $0 + $1.hours }, done.filter { !$0.milestone }.count)
    }
}

/// A box over the screen that takes the keys until it closes.
public enum Modal: Sendable, Equatable {
    case help(offset: Int)
    case confirm(Confirmation)
    case prompt(Prompt)
    case picker(Picker)
    /// The whole detail of a credential, role or plan step, scrollable.
    case details(DetailSubject, offset: Int)
}

/// What a details box shows.
public enum DetailSubject: Sendable, Equatable {
    case credential(Int)
    case role(Int)
    case step(Int)
}

/// A yes/no question.
public enum Confirmation: Sendable, Equatable {
    case quit
    case deletePlan(String)
    /// Opening a saved plan would replace a plan with unsaved changes.
    case openPlan(String)
    /// The export file exists: replace it?
    case overwriteExport(path: String, format: PlanExport.Format)
}

/// A line of text the user types.
public struct Prompt: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case savePlan, renamePlan(String), maxPrice, maxHours, hoursPerWeek, startDate, budget, hourValue
        /// The file to export the open plan to.
        case exportFile(PlanExport.Format)
    }
    public var purpose: Purpose
    public var title: String
    /// What is typed; a pre-filled text starts selected, so typing replaces it.
    public var field: TextField
    public var error: String?

    /// The longest text a prompt takes.
    public static let maxLength = 80

    public init(purpose: Purpose, title: String, text: String, error: String? = nil) {
        self.purpose = purpose
        self.title = title
        self.field = TextField(text, maxLength: Self.maxLength, selected: true)
        self.error = error
    }

    /// The text typed.
    public var text: String { field.text }
}
