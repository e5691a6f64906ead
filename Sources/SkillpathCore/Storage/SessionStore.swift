import Foundation

/// The interface's session memory, `session.json` in the ``DataHome`` beside the profile.
///
/// Written atomically; read with every value range-checked and every string sanitised. A file that
/// cannot be used throws a ``StorageError`` naming it (the interface then starts afresh and says
/// so); it is never trusted in part.
public struct SessionStore: Sendable {
    public let home: DataHome

    public init(home: DataHome = .resolve()) { self.home = home }

    /// The path of the session file.
    public var file: String { home.path + "/session.json" }

    /// The saved session, or nil when none was saved.
    public func load() throws(StorageError) -> SessionMemory? {
        guard let bytes = try AtomicFile.read(file) else { return nil }
        return try decode(bytes)
    }

    /// Replaces the saved session.
    public func save(_ session: SessionMemory) throws(StorageError) {
        try AtomicFile.write(Array(Self.render(session).utf8), to: file)
    }

    /// The file's text: `{"screen": 4, "plan": "analyst", "cursors": {"plan": 2}}`.
    static func render(_ session: SessionMemory) -> String {
        var members: [(String, JSONOutput)] = [("screen", .integer(session.screen))]
        if let plan = session.plan { members.append(("plan", .string(plan))) }
        members.append(("cursors", .object(session.cursors.sorted { $0.key < $1.key }.map { ($0.key, .integer($0.value)) })))
        return JSONOutput.object(members).rendered(pretty: true) + "\n"
    }

    private func decode(_ bytes: [UInt8]) throws(StorageError) -> SessionMemory {
        let reader = JSONReader(source: JSONSource(name: file, bytes: bytes))
        guard let value = reader.parse(), reader.object(value, path: "", what: "a session") != nil else {
            throw .corrupt(file: file, diagnostics: reader.diagnostics)
        }
        var session = SessionMemory()
        session.screen = reader.integer(value, "screen", path: "", in: SessionMemory.screens) ?? 1
        if let raw = reader.string(value, "plan", path: "", required: false) {
            do { session.plan = try PlanName.validate(Sanitizer.text(raw)) } catch {
                reader.report(.error, at: value["plan"]?.offset ?? value.offset, path: "plan", "\(error)")
            }
        }
        if let cursors = reader.field(value, "cursors", path: "", required: false),
           let members = reader.object(cursors, path: "cursors", what: "cursor rows by list, e.g. {\"plan\": 2}") {
            for member in members where SessionMemory.lists.contains(member.key) {
                if let row = reader.integer(member.value, path: "cursors." + member.key, in: SessionMemory.cursorRows) {
                    session.cursors[member.key] = row
                }
            }
        }
        if reader.hasErrors { throw .corrupt(file: file, diagnostics: reader.diagnostics) }
        return session
    }
}
