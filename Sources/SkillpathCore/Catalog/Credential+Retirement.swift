/// Retirement (PLANNING.md version 2): a credential whose `retires` date is on or before the day
/// study starts is not usable, and a planned step that would end after it gets a warning.
extension Credential {
    /// Whether it can no longer be started on `date`: its `retires` is on or before that day.
    public func isRetired(by date: CalendarDate) -> Bool {
        retires.map { $0 <= date } ?? false
    }

    /// Why a retired credential is not usable: "retired on 2026-06-30; its successor is AI-103",
    /// or "retired on 2026-06-30, with no successor".
    public var retirementReason: String {
        let day = retires?.description ?? "an unknown day"
        return successor.map { "retired on \(day); its successor is \($0)" } ?? "retired on \(day), with no successor"
    }

    /// The warning for a step of this credential ending on `endDate`, when that is after its
    /// `retires` date: "AI-102 retires on 2026-06-30, before this step ends on 2026-07-14; its
    /// successor is AI-103". Nil when the step ends in time.
    public func retirementWarning(endingOn endDate: CalendarDate) -> String? {
        guard let retires, retires < endDate else { return nil }
        let instead = successor.map { "; its successor is \($0)" } ?? "; finish it by then"
        return "\(id) retires on \(retires), before this step ends on \(endDate)\(instead)"
    }
}
