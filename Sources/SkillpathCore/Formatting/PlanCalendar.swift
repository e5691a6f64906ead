import Foundation

/// A plan as an iCalendar document (RFC 5545), for a calendar: one all-day event per step.
///
/// The contract is INTEROP.md, "Calendar: iCalendar". Each step that is not a milestone becomes
/// a `VEVENT` from its start date to the day after its end date (all-day ends are exclusive).
/// A skipped step is left out; a done one is `STATUS:CONFIRMED`. Each event's `UID` is made from
/// ``identity`` and the step's credential, so exporting the same saved plan again gives the same
/// UIDs and a calendar updates its events instead of adding copies.
public struct PlanCalendar {
    public var plan: Plan
    /// For provider names, URLs, the currency and the reasons in words.
    public var catalog: Catalog?
    /// The status of each step, for a saved plan.
    public var progress: [StepStatus]?
    /// What makes this plan's UIDs its own: for a saved plan its name and creation time
    /// (``identity(of:)``); never the time of export.
    public var identity: String
    /// The calendar's name (`X-WR-CALNAME`), e.g. "Study plan: Data Analyst".
    public var name: String
    /// `DTSTAMP` of every event, in UTC: for a saved plan the time it was last changed.
    public var stamp: Date

    public init(plan: Plan, catalog: Catalog? = nil, progress: [StepStatus]? = nil,
                identity: String, name: String, stamp: Date) {
        self.plan = plan; self.catalog = catalog; self.progress = progress
        self.identity = identity; self.name = name; self.stamp = stamp
    }

    /// A saved plan's calendar: its progress, UIDs from its name and creation, DTSTAMP its last change.
    public init(saved: SavedPlan, catalog: Catalog?) {
        let role = catalog?.role(saved.role)?.title ?? saved.role
        self.init(plan: saved.plan, catalog: catalog, progress: saved.stepStatuses,
                  identity: Self.identity(of: saved), name: "Study plan \"\(saved.name)\": \(role)", stamp: saved.updated)
    }

    /// The identity of a saved plan: its name and creation time, which no export changes.
    public static func identity(of saved: SavedPlan) -> String {
        "plan:\(saved.name)@\(Timestamp.format(saved.created))"
    }

    /// The identity of a plan that is not saved: its role, objective, pace and start date, so
    /// that the same request on the same day gives the same UIDs.
    public static func identity(of plan: Plan) -> String {
        "unsaved:\(plan.role):\(plan.objective.rawValue):\(plan.hoursPerWeek.bitPattern):\(plan.startDate)"
    }

    /// The document: CRLF line ends, folded lines, escaped text.
    public func render() -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//skillpath//skillpath study plan//EN",
                     "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + ICalendarText.escape(Sanitizer.line(name))]
        let prefix = Self.hex(identity)
        let stamp = Self.utc(stamp)
        for (i, step) in plan.steps.enumerated() where !step.milestone {
            let status = progress.flatMap { $0.indices.contains(i) ? $0[i] : nil }
            if status == .skipped { continue }
            lines.append("BEGIN:VEVENT")
            lines.append("UID:" + ICalendarText.escape("\(prefix)-\(Sanitizer.line(step.credential))@skillpath"))
            lines.append("DTSTAMP:" + stamp)
            lines.append("DTSTART;VALUE=DATE:" + Self.date(step.startDate))
            lines.append("DTEND;VALUE=DATE:" + Self.date(step.endDate.adding(days: 1)))
            lines.append("SUMMARY:" + ICalendarText.escape(Sanitizer.line(step.title)))
            lines.append("DESCRIPTION:" + ICalendarText.escape(description(of: step)))
            if let url = catalog?.credential(step.credential)?.url, PlanMarkdown.isWebAddress(url) {
                lines.append("URL:" + PlanMarkdown.linkTarget(url))
            }
            if status == .done { lines.append("STATUS:CONFIRMED") }
            lines.append("TRANSP:TRANSPARENT")
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendarText.fold).joined()
    }

    /// Provider, price, hours and why the step is there, one per line.
    func description(of step: Plan.Step) -> String {
        let currency = catalog?.info.currency ?? "USD"
        var parts: [String] = []
        if let credential = catalog?.credential(step.credential) {
            let provider = catalog?.provider(credential.provider)?.name ?? credential.provider
            parts.append("Provider: " + Sanitizer.line(provider))
        }
        parts.append("Price: " + Quantity.money(step.price, currency: currency))
        parts.append("Hours: " + Quantity.number(step.hours))
        if let why = StepReason.sentence(for: step, in: plan, catalog: catalog) { parts.append("Why: " + why) }
        parts.append("Credential: " + Sanitizer.line(step.credential))
        return parts.joined(separator: "\n")
    }

    /// `20260105`.
    static func date(_ day: CalendarDate) -> String {
        String(day.description.filter { $0 != "-" })
    }

    /// `20261129T080000Z`.
    static func utc(_ time: Date) -> String {
        String(Timestamp.format(time).filter { $0 != "-" && $0 != ":" })
    }

    /// 16 hex digits of FNV-1a over the identity: short, stable, and free of characters UIDs avoid.
    static func hex(_ identity: String) -> String {
        var hash = FNV1a64()
        hash.add(identity)
        let hex = String(hash.value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
