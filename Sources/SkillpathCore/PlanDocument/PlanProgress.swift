/// How far a learner is through a plan: the one definition of the counts.
///
/// Every screen and output counts the same way: `done` counts only done steps (a skipped step
/// is not done), `total` counts every step, milestones included.
public struct PlanProgress: Sendable, Hashable {
    public var done: Int
    public var skipped: Int
    public var inProgress: Int
    public var total: Int

    public init(done: Int, skipped: Int, inProgress: Int, total: Int) {
        self.done = done; self.skipped = skipped; self.inProgress = inProgress; self.total = total
    }

    /// The counts of a list of step statuses.
    public init(_ statuses: some Sequence<StepStatus>) {
        var counts = PlanProgress(done: 0, skipped: 0, inProgress: 0, total: 0)
        for status in statuses {
            counts.total += 1
            switch status {
            case .done: counts.done += 1
            case .skipped: counts.skipped += 1
            case .inProgress: counts.inProgress += 1
            case .todo: break
            }
        }
        self = counts
    }

    /// Steps neither done nor skipped.
    public var open: Int { total - done - skipped }

    /// `2/5 done`, the short form of lists and headers.
    public var fraction: String { "\(done)/\(total) done" }

    /// `2 of 5 steps done · 1 in progress · 1 skipped`: the parts that are not zero after the first.
    public var summary: String {
        var parts = ["\(done) of \(total) step\(total == 1 ? "" : "s") done"]
        if inProgress > 0 { parts.append("\(inProgress) in progress") }
        if skipped > 0 { parts.append("\(skipped) skipped") }
        return parts.joined(separator: " · ")
    }

    /// `{"done", "skipped", "inProgress", "total"}`.
    public func output() -> JSONOutput {
        .object([("done", .integer(done)), ("skipped", .integer(skipped)), ("inProgress", .integer(inProgress)),
                 ("total", .integer(total))])
    }
}
