import Foundation
import Testing
@testable import SkillpathTUI

/// The terminal's side of `y` and `o`: the exact OSC 52 bytes, and the opener looked up on the PATH.
@Suite struct ClipboardAndLinkTests {
    @Test func osc52BytesAreExact() {
        let bytes = Terminal.osc52("https://example.org/sql-basics")
        let expected: [UInt8] = [0x1B] + Array("]52;c;aHR0cHM6Ly9leGFtcGxlLm9yZy9zcWwtYmFzaWNz".utf8) + [0x1B, 0x5C]
        #expect(bytes == expected)
        #expect(Terminal.osc52("") == [0x1B] + Array("]52;c;".utf8) + [0x1B, 0x5C])
    }

    @Test func copyingWritesThroughTheHeadlessOutput() throws {
        let terminal = try Terminal(headlessWidth: 80, height: 24)
        defer { terminal.close() }
        terminal.copyToClipboard("https://example.org/")  // to /dev/null: must not crash or block
    }

    @Test func theOpenerIsFoundOnThePathOrNamed() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("skillpath-opener-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(LinkOpener(path: directory.path).executable == nil)
        #expect(LinkOpener(path: directory.path).open("https://example.org/")
                == "no \(LinkOpener.command) here; the link is https://example.org/ (y copies it)")
        // A stand-in opener that records its argument; stdout and stderr go to /dev/null.
        let script = directory.appendingPathComponent(LinkOpener.command)
        let record = directory.appendingPathComponent("opened")
        try "#!/bin/sh\necho noise; echo noise >&2; echo \"$1\" > '\(record.path).tmp' && mv '\(record.path).tmp' '\(record.path)'\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let opener = LinkOpener(path: "/nonexistent:" + directory.path)
        #expect(opener.executable == script.path)
        #expect(opener.open("https://example.org/x") == nil)
        var waited = 0
        while !FileManager.default.fileExists(atPath: record.path) && waited < 200 { usleep(10_000); waited += 1 }
        #expect(try String(contentsOf: record, encoding: .utf8) == "https://example.org/x\n")
    }
}
