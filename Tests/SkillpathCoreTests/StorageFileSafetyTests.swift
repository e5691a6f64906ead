import Foundation
import Testing
@testable import SkillpathCore

/// What the stores refuse: a planted `.lock` symlink, FIFOs and devices where a file should be,
/// oversized files, unsafe plan names; and what they guarantee: a rename is one step, stale
/// temporary files go away.
@Suite struct StorageFileSafetyTests {
    static func isUnusable(_ error: any Error, file: String) -> Bool {
        guard let error = error as? StorageError, case .unusableFile(let path, _) = error else { return false }
        return path == file && error.exitStatus == 65
    }

    @Test func aLockSymlinkIsNotFollowed() throws {
        let home = StorageTests.makeHome()
        try FileManager.default.createDirectory(atPath: home.path, withIntermediateDirectories: true)
        let target = home.path + "/../planted-by-attacker"
        try FileManager.default.createSymbolicLink(atPath: home.lockFile, withDestinationPath: target)
        #expect { try ProfileStore(home: home).save(Profile()) } throws: { error in
            Self.isUnusable(error, file: home.lockFile) && "\(error)".contains("symbolic link")
        }
        #expect(!FileManager.default.fileExists(atPath: target), "nothing is created at the link's target")
    }

    @Test func aFIFOAtProfileJSONIsRefusedWithoutBlocking() throws {
        let home = StorageTests.makeHome()
        try FileManager.default.createDirectory(atPath: home.path, withIntermediateDirectories: true)
        #expect(mkfifo(home.profileFile, 0o600) == 0)
        let start = Date()
        #expect { try ProfileStore(home: home).load() } throws: { error in
            Self.isUnusable(error, file: home.profileFile) && "\(error)".contains("FIFO")
        }
        #expect(throws: StorageError.self) { try ProfileStore(home: home).update { _ in } }
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test func aDeviceBehindASymlinkIsNotRead() throws {
        let home = StorageTests.makeHome()
        let store = PlanStore(home: home)
        try FileManager.default.createDirectory(atPath: home.plansDirectory, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: try store.file(for: "zero"), withDestinationPath: "/dev/zero")
        #expect { try store.load("zero") } throws: { error in
            Self.isUnusable(error, file: try! store.file(for: "zero")) && "\(error)".contains("character device")
        }
    }

    @Test func anOversizedFileIsRefused() throws {
        let home = StorageTests.makeHome()
        try FileManager.default.createDirectory(atPath: home.path, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: home.profileFile, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: home.profileFile))
        try handle.truncate(atOffset: UInt64(Limits.maxFileBytes) + 1)  // sparse: no disk used
        try handle.close()
        #expect { try ProfileStore(home: home).load() } throws: { error in
            Self.isUnusable(error, file: home.profileFile) && "\(error)".contains("larger than")
        }
    }

    @Test func renameIsOneStepAndRefusesATakenOrSameName() throws {
        let home = StorageTests.makeHome()
        let store = PlanStore(home: home)
        try store.save(StorageTests.sampleSaved("old"))
        try store.save(StorageTests.sampleSaved("other"))
        #expect { try store.rename("old", to: "other") } throws: { error in
            guard let error = error as? StorageError, case .nameTaken("other") = error else { return false }
            return error.exitStatus == 64 && !"\(error)".contains("--replace")
        }
        #expect { try store.rename("old", to: "old") } throws: { error in
            guard let error = error as? StorageError, case .badName = error else { return false }
            return "\(error)".contains("already named") && !"\(error)".contains("--replace")
        }
        try store.rename("old", to: "new")
        #expect(try store.names() == ["new", "other"])
        #expect(try store.load("new").name == "new")
        #expect(try String(contentsOfFile: try store.file(for: "new"), encoding: .utf8).contains("\"name\": \"new\""))

        // The primitive itself: one name or the other, and no replacing.
        let a = home.path + "/a", b = home.path + "/b"
        #expect(FileManager.default.createFile(atPath: a, contents: Data("a".utf8)))
        #expect(FileManager.default.createFile(atPath: b, contents: Data("b".utf8)))
        #expect(try AtomicFile.renameNoReplace(a, to: b) == false)
        #expect(try String(contentsOfFile: b, encoding: .utf8) == "b")
        try FileManager.default.removeItem(atPath: b)
        #expect(try AtomicFile.renameNoReplace(a, to: b) == true)
        #expect(!FileManager.default.fileExists(atPath: a) && FileManager.default.fileExists(atPath: b))
    }

    /// A plan's file renamed but its content not yet updated (a writer killed between the two)
    /// loads under the file's name.
    @Test func theFilesNameIsThePlansName() throws {
        let store = PlanStore(home: StorageTests.makeHome())
        try store.save(StorageTests.sampleSaved("before"))
        try FileManager.default.moveItem(atPath: try store.file(for: "before"), toPath: try store.file(for: "after"))
        #expect(try store.load("after").name == "after")
    }

    @Test func staleTemporaryFilesAreRemovedOnTheNextWrite() throws {
        let home = StorageTests.makeHome()
        let store = PlanStore(home: home)
        try store.save(StorageTests.sampleSaved("mine"))
        let directory = home.plansDirectory
        // A writer that is gone (pid 0x7fffffff does not exist), one that is old, and a live fresh one.
        let dead = directory + "/.mine.json.tmp-2147483647-1"
        let old = directory + "/.mine.json.tmp-\(getpid())-2"
        let live = directory + "/.other.json.tmp-\(getpid())-3"
        for path in [dead, old, live] { #expect(FileManager.default.createFile(atPath: path, contents: Data("{".utf8))) }
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: old)
        try store.update("mine") { _ in }
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(!FileManager.default.fileExists(atPath: old))
        #expect(FileManager.default.fileExists(atPath: live), "a live writer's fresh file is left alone")
        #expect(try store.names() == ["mine"])
    }

    @Test func planNamesAreNormalisedToNFC() throws {
        let store = PlanStore(home: StorageTests.makeHome())
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        #expect(try PlanName.validate(decomposed) == composed)
        try store.save(StorageTests.sampleSaved(decomposed))
        #expect(try store.names() == [composed])
        #expect(try store.load(composed).name == composed)
        #expect(throws: StorageError.self) { try store.save(StorageTests.sampleSaved(composed)) }
    }

    @Test(arguments: ["rtl\u{202E}txt", "iso\u{2066}late", "csi\u{9B}x", "esc\u{1B}[2J", "del\u{7F}", "line\u{2028}sep"])
    func controlAndBidiCharactersAreRefusedInNames(name: String) {
        #expect { try PlanName.validate(name) } throws: { error in
            guard let error = error as? StorageError, case .badName = error else { return false }
            return error.exitStatus == 64 && Sanitizer.isClean(error.description)
        }
    }
}
