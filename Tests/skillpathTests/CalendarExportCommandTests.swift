import Foundation
import Testing

/// `plan --format ics` and `plans export NAME --format ics`: CRLF kept on standard output, and
/// the same UIDs on every export of a saved plan.
@Suite struct CalendarExportCommandTests {
    let cli = CLIRunner()

    static func uids(_ document: String) -> [String] {
        document.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
    }

    @Test func planAndPlansExportWriteTheSameEvents() throws {
        let plan = try cli.run(["plan", "--role", "data-analyst", "--start", "2027-01-04", "--format", "ics", "--save", "analyst"])
        plan.expectSuccess()
        #expect(plan.stdout.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(plan.stdout.hasSuffix("END:VCALENDAR\r\n"))
        #expect(plan.stdout.contains("DTSTART;VALUE=DATE:20270104\r\n"))
        #expect(plan.stdout.components(separatedBy: "BEGIN:VEVENT").count - 1 == 2)
        let uids = Self.uids(plan.stdout)
        #expect(uids.count == 2 && Set(uids).count == 2)

        #expect(try cli.run(["plans", "mark", "analyst", "sql-intro", "done"]).status == 0)
        let export = try cli.run(["plans", "export", "analyst", "--format", "ics"])
        export.expectSuccess()
        #expect(Self.uids(export.stdout) == uids)
        #expect(export.stdout.contains("STATUS:CONFIRMED\r\n"))
        let again = try cli.run(["plans", "export", "analyst", "--format", "ics"])
        #expect(Self.uids(again.stdout) == uids)
    }
}
