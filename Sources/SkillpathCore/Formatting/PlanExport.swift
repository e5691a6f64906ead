/// A saved plan as the bytes of an export file: what `skillpath plans export NAME --format …`
/// prints and what the interface's export writes, so both give the same file for the same plan.
///
/// The text is sanitised here (``Sanitizer``), iCalendar line by line so its CRLF ends stay.
public enum PlanExport {
    /// The export formats.
    public enum Format: String, Sendable, CaseIterable, Hashable {
        case markdown, json, ics

        /// The file name extension, without the dot.
        public var fileExtension: String {
            switch self {
            case .markdown: return "md"
            case .json: return "json"
            case .ics: return "ics"
            }
        }

        /// The format's name for people.
        public var title: String {
            switch self {
            case .markdown: return "Markdown"
            case .json: return "JSON"
            case .ics: return "iCalendar"
            }
        }
    }

    /// The export of `saved` in `format`.
    ///
    /// - Parameters:
    ///   - catalog: names the role and steps; nil when it cannot be loaded (ids are shown then).
    ///   - staleReasons: why the plan is out of date (``SavedPlan/staleReasons(current:catalog:includeRecommended:)``), for JSON.
    public static func bytes(_ saved: SavedPlan, format: Format, catalog: Catalog?, staleReasons: [String]) -> [UInt8] {
        Array(text(saved, format: format, catalog: catalog, staleReasons: staleReasons).utf8)
    }

    /// ``bytes(_:format:catalog:staleReasons:)`` as text.
    public static func text(_ saved: SavedPlan, format: Format, catalog: Catalog?, staleReasons: [String]) -> String {
        switch format {
        case .markdown:
            let title = "Study plan \"\(saved.name)\": \(catalog?.role(saved.role)?.title ?? saved.role)"
            return Sanitizer.text(PlanMarkdown(plan: saved.plan, catalog: catalog, progress: saved.progress.map(\.status), title: title).render())
        case .json:
            return Sanitizer.text(SavedPlanJSON.output(saved, staleReasons: staleReasons).rendered(pretty: true) + "\n")
        case .ics:
            return PlanCalendar(saved: saved, catalog: catalog).render()
                .components(separatedBy: ICalendarText.lineEnd).map { Sanitizer.text($0) }
                .joined(separator: ICalendarText.lineEnd)
        }
    }
}
