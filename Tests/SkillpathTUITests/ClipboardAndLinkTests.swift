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
        try Self.writeExecutable("#!/bin/sh\necho noise; echo noise >&2; echo \"$1\" > '\(record.path).tmp' && mv '\(record.path).tmp' '\(record.path)'\n", to: script.path)
        let opener = LinkOpener(path: "/nonexistent:" + directory.path)
        #expect(opener.executable == script.path)
        #expect(Self.openRetryingWhileBusy(opener, "https://example.org/x") == nil)
        var waited = 0
        while !FileManager.default.fileExists(atPath: record.path) && waited < 200 { usleep(10_000); waited += 1 }
        #expect(try String(contentsOf: record, encoding: .utf8) == "https://example.org/x\n")
    }

    /// Writes an executable script through a close-on-exec descriptor.
    ///
    /// Other tests start processes in parallel; a descriptor open for writing that a child
    /// inherits keeps the script "busy" (ETXTBSY) for as long as that child lives, which is
    /// what `String.write(to:atomically:)` let happen on a CI run.
    static func writeExecutable(_ text: String, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        guard write(fd, bytes, bytes.count) == bytes.count else { throw CocoaError(.fileWriteUnknown) }
    }

    /// Starts the opener, trying again while the script is busy.
    ///
    /// Close-on-exec still leaves a child forked by another test's thread holding the
    /// descriptor until its exec; that window is short, so a few tries outlast it.
    static func openRetryingWhileBusy(_ opener: LinkOpener, _ url: String) -> String? {
        var message = opener.open(url)
        var tries = 0
        while let text = message, text.contains("Text file busy"), tries < 100 {
            usleep(20_000)
            tries += 1
            message = opener.open(url)
        }
        return message
    }
}
