/// Where the interface was when it closed: the screen, the open saved plan and the list cursors,
/// so the next start reopens there.
///
/// Values only: what they mean (which screen is 4) belongs to the interface. Every number is
/// range-checked and every string sanitised where it is read (``SessionStore``).
public struct SessionMemory: Sendable, Hashable {
    /// The screen's number, 1 to ``screens``.
    public var screen: Int
    /// The name of the saved plan open on the Plan screen; nil when none was saved.
    public var plan: String?
    /// Cursor rows by list name (`catalog`, `roles`, `profile`, `plan`, `plans`).
    public var cursors: [String: Int]

    /// The number of screens a session may name.
    public static let screens = 1...5
    /// The list names a session may hold a cursor for.
    public static let lists: Set<String> = ["catalog", "roles", "profile", "plan", "plans"]
    /// The largest cursor row kept: no list holds more rows than the catalog has credentials.
    public static let cursorRows = 0...Limits.maxCredentials

    public init(screen: Int = 1, plan: String? = nil, cursors: [String: Int] = [:]) {
        self.screen = screen; self.plan = plan; self.cursors = cursors
    }
}
