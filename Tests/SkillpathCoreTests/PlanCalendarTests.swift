import Foundation
import Testing
@testable import SkillpathCore

/// The iCalendar export (INTEROP.md, "Calendar: iCalendar"): a golden file, and the rules of
/// RFC 5545 that a calendar's parser checks — line ends, folding, escaping, required properties.
@Suite struct PlanCalendarTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/ics/saved-plan.ics").path
    static let start = CalendarDate(year: 2026, month: 12, day: 1)
    static let created = Date(timeIntervalSince1970: 1_795_000_000)

    static let catalog = Catalog(
        info: Catalog.Info(name: "t", version: "1", currency: "EUR"),
        skills: [Skill(id: "sql", name: "SQL", category: "Data")],
        providers: [Provider(id: "uni", name: "Université de Genève, Faculté; \"Sciences\"", kind: .university),
                    Provider(id: "coursera", name: "Coursera", kind: .platform)],
        roles: [Role(id: "data-analyst", title: "Data Analyst", requires: [.skill("sql", level: 2)])],
        credentials: [
            Credential(id: "intro-sql", title: "Intro to SQL", provider: "coursera", type: .course, hours: 20, price: 0,
                       url: "https://example.org/sql?a=1&b=2"),
            Credential(id: "sql-advanced", title: "SQL, advanced; with \\ and\nnewline", provider: "uni", type: .course, hours: 40, price: 99.5,
                       url: "javascript:alert(1)"),
            Credential(id: "long-title", title: long, provider: "uni", type: .certificate, hours: 120, price: 1200),
            Credential(id: "skipped-one", title: "Skipped", provider: "coursera", type: .course, hours: 5, price: 10),
            Credential(id: "milestone", title: "Milestone", provider: "coursera", type: .program, hours: 0, price: 0),
        ])

    /// 40 multi-byte characters: two-, three- and four-byte UTF-8, and an emoji ZWJ sequence.
    static let long = "Données avancées — 数据分析 👩🏽‍💻 " + String(repeating: "é数😀", count: 12)

    static func step(_ id: String, _ title: String, _ price: Double, _ hours: Double, from: Int, to: Int,
                     milestone: Bool = false, why: [StepReason] = []) -> Plan.Step {
        Plan.Step(credential: id, title: title, price: price, hours: hours, startWeek: Double(from) / 7, endWeek: Double(to) / 7,
                  startDate: start.adding(days: from), endDate: start.adding(days: to), covers: [], milestone: milestone, why: why)
    }

    static var saved: SavedPlan {
        let plan = Plan(role: "data-analyst", objective: .cost, feasible: true, value: 1309.5, tiebreak: 185,
                        totals: Plan.Totals(price: 1309.5, hours: 185, weeks: 30, credentials: 4),
                        steps: [step("intro-sql", "Intro to SQL", 0, 20, from: 0, to: 17, why: [.prerequisite(of: "sql-advanced")]),
                                step("sql-advanced", "SQL, advanced; with \\ and\nnewline", 99.5, 40, from: 18, to: 48, why: [.role(condition: 0)]),
                                step("skipped-one", "Skipped", 10, 5, from: 49, to: 53),
                                step("long-title", long, 1200, 120, from: 54, to: 200, why: [.required]),
                                step("milestone", "Milestone", 0, 0, from: 200, to: 200, milestone: true)],
                        unmet: [], startDate: start, hoursPerWeek: 8)
        var saved = SavedPlan(name: "analyst", plan: plan, profile: Profile(), includeRecommended: false, catalog: catalog, now: created)
        saved.setStatus(.done, of: "intro-sql", on: start.adding(days: 16), now: created.addingTimeInterval(86_400))
        saved.setStatus(.skipped, of: "skipped-one", on: start.adding(days: 49), now: created.addingTimeInterval(2 * 86_400))
        return saved
    }

    static var document: String { PlanCalendar(saved: saved, catalog: catalog).render() }

    /// The properties of each VEVENT, unfolded and unescaped, by name (parameters dropped).
    static func events(_ document: String) -> [[String: String]] {
        var events: [[String: String]] = []
        var current: [String: String]?
        for line in ICalendarText.unfold(document) {
            if line == "BEGIN:VEVENT" { current = [:]; continue }
            if line == "END:VEVENT", let event = current { events.append(event); current = nil; continue }
            guard current != nil, let colon = line.firstIndex(of: ":") else { continue }
            let name = String(line[..<colon].split(separator: ";")[0])
            current?[name] = ICalendarText.unescape(String(line[line.index(after: colon)...]))
        }
        return events
    }

    /// Set `SKILLPATH_UPDATE_GOLDEN=1` to rewrite the golden file after a deliberate change (then review its diff).
    @Test func matchesTheGoldenFile() throws {
        if ProcessInfo.processInfo.environment["SKILLPATH_UPDATE_GOLDEN"] == "1" {
            try Self.document.write(toFile: Self.golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: Self.golden, encoding: .utf8)
        #expect(Self.document == expected, "see the doc comment to update \(Self.golden)")
    }

    @Test func everyLineEndsInCRLFAndIsAtMost75Octets() {
        let document = Self.document
        #expect(document.hasSuffix("\r\n"))
        let bytes = Array(document.utf8)
        var lineStart = 0
        for (i, byte) in bytes.enumerated() where byte == 0x0A {
            #expect(i > 0 && bytes[i - 1] == 0x0D, "a bare LF at octet \(i)")
            #expect(i - 1 - lineStart <= 75, "a line of \(i - 1 - lineStart) octets at octet \(lineStart)")
            lineStart = i + 1
        }
        #expect(!bytes.enumerated().contains { $0.element == 0x0D && ($0.offset + 1 == bytes.count || bytes[$0.offset + 1] != 0x0A) })
        // The long multi-byte title really was folded.
        #expect(document.contains("\r\n "))
    }

    @Test func foldsNeverSplitAUTF8Sequence() {
        for title in [Self.long, String(repeating: "😀", count: 60), String(repeating: "a", count: 73) + "数据" + String(repeating: "é", count: 80),
                      "👩🏽‍💻" + String(repeating: "x", count: 74) + "👩🏽‍💻👨‍👩‍👧‍👦"] {
            for shift in 0..<4 {
                let line = "SUMMARY:" + String(repeating: "y", count: shift) + ICalendarText.escape(title)
                let folded = ICalendarText.fold(line)
                // Each physical line is valid UTF-8 on its own, so no character was cut in two.
                for physical in folded.utf8.split(separator: 0x0A) {
                    let octets = Array(physical.dropLast())
                    #expect(octets.count <= 75)
                    #expect(String(validating: octets, as: UTF8.self) != nil, "a fold split a character in \(title)")
                }
                #expect(ICalendarText.unfold(folded) == [line], "unfolding restores the line")
            }
        }
    }

    @Test func unfoldingRestoresTheText() {
        let events = Self.events(Self.document)
        #expect(events.map { $0["SUMMARY"] } == ["Intro to SQL", "SQL, advanced; with \\ and newline", Self.long])
        #expect(events[1]["DESCRIPTION"] == "Provider: Université de Genève, Faculté; \"Sciences\"\nPrice: €99.50\nHours: 40\n"
                + "Why: for SQL ≥ 2, which the role needs\nCredential: sql-advanced")
    }

    @Test func textIsEscaped() {
        #expect(ICalendarText.escape("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne")
        #expect(ICalendarText.unescape(ICalendarText.escape("a\\b;c,d\ne\\n")) == "a\\b;c,d\ne\\n")
        // Controls (ESC, CR, BEL, bidi overrides) are made visible before escaping; a tab is allowed in TEXT.
        #expect(ICalendarText.escape("x\u{1B}[2J\r\u{07}\u{202E}\ty") == "x\u{FFFD}[2J\u{FFFD}\u{FFFD}\u{FFFD}\ty")
        let raw = Self.document
        #expect(raw.contains("SUMMARY:SQL\\, advanced\\; with \\\\ and newline\r\n"))
        #expect(ICalendarText.unfold(raw).contains { $0.hasPrefix("DESCRIPTION:Provider: Université de Genève\\, Faculté\\; \"Sciences\"\\nPrice: €99.50\\n") })
        #expect(!raw.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\r" && $0 != "\n") || (0x7F...0x9F).contains($0.value) })
    }

    @Test func hasTheRequiredPropertiesAndOneEventPerStepKept() {
        let document = Self.document
        let lines = ICalendarText.unfold(document)
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.last == "END:VCALENDAR")
        #expect(lines.contains("VERSION:2.0") && lines.contains { $0.hasPrefix("PRODID:") })
        let events = Self.events(document)
        // The milestone and the skipped step are left out.
        #expect(events.count == 3)
        for event in events {
            for property in ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION"] {
                #expect(event[property] != nil, "\(property) missing in \(event)")
            }
            #expect(event["DTSTAMP"]?.hasSuffix("Z") == true && event["DTSTAMP"]?.count == 16)
        }
        // All-day: VALUE=DATE, the end exclusive (the day after the step's last day).
        #expect(lines.contains("DTSTART;VALUE=DATE:20261201") && lines.contains("DTEND;VALUE=DATE:20261219"))
        #expect(events.map { $0["STATUS"] } == ["CONFIRMED", nil, nil])
        // Only web addresses become URLs.
        #expect(events.map { $0["URL"] } == ["https://example.org/sql?a=1&b=2", nil, nil])
        #expect(Set(events.compactMap { $0["UID"] }).count == 3)
    }

    @Test func uidsAreTheSameOnEveryExportOfTheSamePlan() {
        var later = Self.saved
        later.setStatus(.done, of: "sql-advanced", on: Self.start.adding(days: 40), now: Self.created.addingTimeInterval(90 * 86_400))
        let first = Self.events(Self.document).map { $0["UID"] }
        #expect(Self.events(PlanCalendar(saved: later, catalog: Self.catalog).render()).map { $0["UID"] } == first)
        #expect(Self.events(PlanCalendar(saved: later, catalog: nil).render()).map { $0["UID"] } == first)
        // Another saved plan (another name, or made at another time) has its own.
        var other = Self.saved
        other.name = "analyst-2"
        #expect(Set(Self.events(PlanCalendar(saved: other, catalog: Self.catalog).render()).compactMap { $0["UID"] }).isDisjoint(with: first.compactMap { $0 }))
        other = Self.saved
        other.created = Self.created.addingTimeInterval(1)
        #expect(Set(Self.events(PlanCalendar(saved: other, catalog: Self.catalog).render()).compactMap { $0["UID"] }).isDisjoint(with: first.compactMap { $0 }))
    }
}
