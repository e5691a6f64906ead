import Foundation
import SkillpathCore
import SkillpathUI

/// Runs the interface: reads input, updates the state, paints frames, runs effects.
///
/// Planning runs on a background queue; its results come back through an inbox that the loop
/// drains between key presses (the terminal read times out every few milliseconds while work is pending).
public final class AppRunner {
    /// What the runner needs from the program.
    public struct Configuration: Sendable {
        public var catalog: Catalog
        public var storage: any PlanStorage
        /// Plans one request (the engine's `Planner(catalog:).plan`).
        public var plan: @Sendable (PlanRequest) -> Result<Plan, Failure>
        public var mouse: Bool
        public var today: CalendarDate
        /// The example profiles the guided setup offers as starting points.
        public var examples: [ExampleProfile]

        public init(catalog: Catalog, storage: any PlanStorage, mouse: Bool, today: CalendarDate = .today(),
                    examples: [ExampleProfile] = [], plan: @escaping @Sendable (PlanRequest) -> Result<Plan, Failure>) {
            self.catalog = catalog; self.storage = storage; self.mouse = mouse; self.today = today; self.plan = plan
            self.examples = examples
        }
    }

    private let configuration: Configuration
    private let inbox = Inbox()
    private let queue = DispatchQueue(label: "skillpath.planning", qos: .userInitiated)
    private let estimateQueue = DispatchQueue(label: "skillpath.estimates", qos: .utility)
    private let previewQueue = DispatchQueue(label: "skillpath.swap-previews", qos: .utility)

    public init(_ configuration: Configuration) { self.configuration = configuration }

    /// Runs until the user quits. Throws when the terminal cannot be opened.
    public func run() throws(Terminal.OpenError) {
        let terminal = try Terminal()
        defer { terminal.close() }
        terminal.setMouse(configuration.mouse)
        let size = terminal.size
        var startStatus: String?
        var watch = DiskWatch(storage: configuration.storage)
        _ = watch.changes(openPlan: nil)
        var profile = Profile()
        do { profile = try configuration.storage.loadProfile() } catch { startStatus = "\(error) — starting with an empty profile." }
        var state = AppState(catalog: configuration.catalog, profile: profile, today: configuration.today,
                             width: size.width, height: size.height, mouseEnabled: configuration.mouse)
        state.examples = configuration.examples
        state.status = startStatus ?? "Welcome. Press ? for the keys, Tab or 1–5 for the screens."
        if profile.targetRole != nil, let i = configuration.catalog.roles.firstIndex(where: { $0.id == profile.targetRole }) {
            state.roles.cursor.selection = i
        }
        var restoreEffects: [Effect] = []
        if startStatus == nil && !configuration.storage.hasSavedProfile() {
            state.beginSetup()
        } else {
            do {
                if let memory = try configuration.storage.loadSession() { restoreEffects = state.restore(memory) }
            } catch {
                state.status = "The session memory could not be used and is ignored: \(error)"
            }
        }
        terminal.paint(render(state))
        var startActions: [Action] = []
        for effect in state.startEffects() + restoreEffects { startActions += perform(effect, terminal: terminal) }
        apply(startActions, to: &state, terminal: terminal)
        terminal.paint(render(state))

        while !state.quitting {
            // Short waits while background work is pending, so results show promptly; otherwise a
            // tenth of a second, so a resize signal caught by another thread is still noticed at once.
            let waiting = inbox.pendingJobs > 0
            var actions: [Action] = []
            for input in terminal.read(timeoutMilliseconds: waiting ? 20 : 100) {
                switch input {
                case .key(let key): actions.append(.key(key))
                case .mouse(let x, let y, let button): actions.append(.mouse(x: x, y: y, button))
                case .paste(let text): actions.append(.paste(text))
                case .resize(let w, let h): terminal.invalidate(); actions.append(.resize(width: w, height: h))
                case .hangup: return
                }
            }
            actions += inbox.drain()
            actions += watch.changes(openPlan: state.session?.document?.name)
            guard !actions.isEmpty else { continue }
            apply(actions, to: &state, terminal: terminal)
            terminal.paint(render(state))
        }
    }

    /// Updates the state with each action in turn, running the effects (and their immediate results).
    private func apply(_ actions: [Action], to state: inout AppState, terminal: Terminal) {
        var pending = actions[...]
        while let action = pending.popFirst() {
            let (next, effects) = update(state, action)
            state = next
            for effect in effects { pending += perform(effect, terminal: terminal) }
        }
    }

    /// Runs one effect; returns the actions of effects that finish at once (storage).
    @discardableResult
    private func perform(_ effect: Effect, terminal: Terminal) -> [Action] {
        if let actions = effect.performStorage(configuration.storage) { return actions }
        switch effect {
        case .estimateRoles(let generation, let profile, let today):
            inbox.currentGeneration = generation
            let roles = configuration.catalog.roles.map(\.id)
            let plan = configuration.plan
            let inbox = self.inbox
            inbox.started(roles.count)
            estimateQueue.async {
                // Every core helps; roles are independent.
                DispatchQueue.concurrentPerform(iterations: roles.count) { i in
                    // The plan the user asked for goes first: estimates wait while one is computed.
                    while inbox.urgentJobs > 0 && inbox.currentGeneration == generation { usleep(5_000) }
                    guard inbox.currentGeneration == generation else { inbox.finished(1); return }
                    let result = plan(PlanRequest(role: roles[i], profile: profile, today: today))
                    inbox.post(.roleEstimated(generation: generation, role: roles[i], AppState.estimate(result)))
                }
            }
            return []
        case .plan(let token, .swapPreview(let credential, let replaced), let request):
            // Previews wait while a plan the user asked for is computed, and stop when the list closes.
            let plan = configuration.plan
            let inbox = self.inbox
            inbox.currentPreview = token
            inbox.started(1)
            previewQueue.async {
                while inbox.urgentJobs > 0 && inbox.currentPreview == token { usleep(5_000) }
                guard inbox.currentPreview == token else { inbox.finished(1); return }
                inbox.post(.planned(token: token, purpose: .swapPreview(credential: credential, replacing: replaced), plan(request)))
            }
            return []
        case .plan(let token, let purpose, let request):
            let plan = configuration.plan
            let inbox = self.inbox
            if purpose == .main { inbox.currentPreview = 0 }
            inbox.started(1, urgent: purpose == .main)
            queue.async { inbox.post(.planned(token: token, purpose: purpose, plan(request)), urgent: purpose == .main) }
            return []
        case .stopSwapPreviews:
            inbox.currentPreview = 0
            return []
        case .redraw:
            terminal.invalidate()
            return []
        case .setMouse(let on):
            terminal.setMouse(on)
            return []
        case .openURL(let url):
            return LinkOpener().open(url).map { [.notice($0)] } ?? []
        case .copyToClipboard(let text):
            terminal.copyToClipboard(text)
            return []
        case .quit, .saveProfile, .listPlans, .loadPlan, .savePlan, .deletePlan, .renamePlan, .exportPlan, .writeExport, .saveSession:
            return []
        }
    }
}

/// Results of background jobs waiting for the UI loop, and the count of jobs still running.
final class Inbox: @unchecked Sendable {
    private let lock = NSLock()
    private var actions: [Action] = []
    private var jobs = 0
    private var generation = 0
    private var urgent = 0
    private var preview = 0

    var pendingJobs: Int { lock.withLock { jobs + actions.count } }

    /// The role-estimate generation still wanted; older loops stop early.
    var currentGeneration: Int {
        get { lock.withLock { generation } }
        set { lock.withLock { generation = newValue } }
    }

    /// The swap-preview job still wanted (``PlanSession/previewToken``); 0 when none.
    var currentPreview: Int {
        get { lock.withLock { preview } }
        set { lock.withLock { preview = newValue } }
    }

    /// Jobs the user is waiting for (the main plan); role estimates pause while there are any.
    var urgentJobs: Int { lock.withLock { urgent } }

    func started(_ n: Int, urgent isUrgent: Bool = false) { lock.withLock { jobs += n; if isUrgent { urgent += n } } }
    func finished(_ n: Int) { lock.withLock { jobs -= n } }

    func post(_ action: Action, urgent isUrgent: Bool = false) {
        lock.withLock { actions.append(action); jobs -= 1; if isUrgent { urgent -= 1 } }
    }

    func drain() -> [Action] {
        lock.withLock { defer { actions = [] }; return actions }
    }
}
