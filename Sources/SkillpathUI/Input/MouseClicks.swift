/// Turns mouse reports into the clicks the interface reacts to.
///
/// A left press is a click, and a second left press on the same cell within
/// ``doubleClickMilliseconds`` a double click; the wheel scrolls; releases, motion and the other
/// buttons are dropped. Pure: the caller passes the time of each report.
public struct MouseClicks: Sendable {
    /// The longest gap between the two presses of a double click.
    public static let doubleClickMilliseconds = 400

    /// The last left press that could start a double click.
    private struct Press: Sendable {
        var column: Int
        var row: Int
        var milliseconds: Int
    }

    private var lastPress: Press?

    public init() {}

    /// The click a report makes at time `milliseconds` (any monotonic clock), or nil.
    public mutating func button(for report: MouseReport, atMilliseconds milliseconds: Int) -> MouseButton? {
        guard report.kind == .press else { return nil }
        switch report.button {
        case .wheelUp: return .wheelUp
        case .wheelDown: return .wheelDown
        case .left:
            if let last = lastPress, last.column == report.column, last.row == report.row,
               milliseconds - last.milliseconds <= Self.doubleClickMilliseconds {
                lastPress = nil   // A third press starts afresh.
                return .doubleClick
            }
            lastPress = Press(column: report.column, row: report.row, milliseconds: milliseconds)
            return .click
        default:
            return nil
        }
    }
}
