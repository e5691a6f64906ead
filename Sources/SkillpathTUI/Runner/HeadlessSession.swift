import SkillpathCore
import SkillpathUI

/// The interface without a terminal: real state, update, render and ncurses painting into a
/// screen that writes to /dev/null. For benchmarks ("a key press redrawn in under 10 ms") and tests.
///
/// Effects are not run, except that the Roles screen can be filled with ``fillEstimates(_:)``.
public final class HeadlessSession {
    public private(set) var state: AppState
    private let terminal: Terminal

    /// Builds the state for a catalog and paints the first frame.
    public init(catalog: Catalog, profile: Profile = Profile(), width: Int = 100, height: Int = 30,
                today: CalendarDate = .today()) throws(Terminal.OpenError) {
        terminal = try Terminal(headlessWidth: width, height: height)
        state = AppState(catalog: catalog, profile: profile, today: today, width: width, height: height)
        terminal.paint(render(state))
    }

    /// Applies an action, renders and paints only the changed cells; returns the effects asked for.
    @discardableResult
    public func send(_ action: Action) -> [Effect] {
        let (next, effects) = update(state, action)
        state = next
        terminal.paint(render(state))
        return effects
    }

    /// Presses a key (see ``send(_:)``).
    @discardableResult
    public func press(_ key: Key) -> [Effect] { send(.key(key)) }

    /// Types text one character at a time.
    public func type(_ text: String) { for c in text { press(.char(c)) } }

    /// Feeds role estimates as the background planner would.
    public func fillEstimates(_ estimates: [String: RoleEstimate]) {
        for (role, estimate) in estimates { send(.roleEstimated(generation: state.roles.generation, role: role, estimate)) }
    }

    /// The screen as curses holds it, one line per row.
    public var screenText: [String] { (0..<state.height).map { terminal.screenLine($0) } }

    deinit { terminal.close() }
}
