import Foundation
import Testing
@testable import SkillpathCore

/// The interface's session memory file: a round trip, and files that are corrupt, oversized or hostile.
@Suite struct SessionStoreTests {
    static func store(with text: String? = nil) throws -> SessionStore {
        let home = StorageTests.makeHome()
        try FileManager.default.createDirectory(atPath: home.path, withIntermediateDirectories: true)
        let store = SessionStore(home: home)
        if let text { try text.write(toFile: store.file, atomically: true, encoding: .utf8) }
        return store
    }

    static func isCorrupt(_ error: any Error, _ store: SessionStore, mentioning words: String) -> Bool {
        guard let error = error as? StorageError, case .corrupt(let file, _) = error else { return false }
        return file == store.file && "\(error)".contains(words)
    }

    @Test func roundTrip() throws {
        let store = try Self.store()
        #expect(try store.load() == nil, "no file: no memory")
        let memory = SessionMemory(screen: 4, plan: "analyst 2027", cursors: ["plan": 3, "roles": 12, "catalog": 0])
        try store.save(memory)
        #expect(try store.load() == memory)
        let mode = try FileManager.default.attributesOfItem(atPath: store.file)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        try store.save(SessionMemory(screen: 1))
        #expect(try store.load() == SessionMemory(screen: 1), "replaced, not merged")
    }

    @Test func aCorruptFileThrowsNamingTheFileAndThePlace() throws {
        let notJSON = try Self.store(with: "{\"screen\": 4,")
        #expect { try notJSON.load() } throws: { Self.isCorrupt($0, notJSON, mentioning: notJSON.file) }
        let array = try Self.store(with: "[1, 2]")
        #expect { try array.load() } throws: { Self.isCorrupt($0, array, mentioning: "a session") }
    }

    @Test(arguments: [
        (#"{"screen": 9}"#, "screen"),
        (#"{"screen": 2.5}"#, "screen"),
        (#"{"screen": 1, "cursors": {"plan": -1}}"#, "cursors.plan"),
        (#"{"screen": 1, "cursors": {"plan": 1e300}}"#, "cursors.plan"),
        (#"{"screen": 1, "cursors": [1]}"#, "cursors"),
        (#"{"screen": 1, "plan": "../../etc/passwd"}"#, "1:23: plan: cannot use"),
        (#"{"screen": 1, "plan": "a/b"}"#, "slash"),
        (#"{"screen": 1, "plan": ""}"#, "empty"),
        (#"{"screen": "4"}"#, "screen"),
    ])
    func outOfRangeValuesAreRefused(_ text: String, _ mention: String) throws {
        let store = try Self.store(with: text)
        #expect { try store.load() } throws: { Self.isCorrupt($0, store, mentioning: mention) }
    }

    @Test func hostileTextIsSanitisedAndUnknownListsIgnored() throws {
        let store = try Self.store(with: #"{"screen": 5, "plan": "a\u001b[2Jb\u202e", "cursors": {"plans": 2, "evil\u001b": 7}}"#)
        let memory = try #require(try store.load())
        #expect(memory.screen == 5 && memory.cursors == ["plans": 2])
        let plan = try #require(memory.plan)
        #expect(!plan.unicodeScalars.contains { Sanitizer.isUnsafe($0) }, "no escape or direction control survives: \(plan)")
    }

    @Test func anOversizedOrSpecialFileIsNotRead() throws {
        let big = try Self.store()
        // A sparse file larger than any profile or plan: refused by its size, never read.
        let fd = open(big.file, O_WRONLY | O_CREAT, 0o600)
        #expect(ftruncate(fd, off_t(Limits.maxFileBytes) + 1) == 0)
        close(fd)
        #expect { try big.load() } throws: { error in
            guard let error = error as? StorageError, case .unusableFile(let file, _) = error else { return false }
            return file == big.file
        }
        let fifo = try Self.store()
        #expect(mkfifo(fifo.file, 0o600) == 0)
        #expect(throws: StorageError.self) { try fifo.load() }
    }
}
