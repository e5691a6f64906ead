/// Where the learner stands with one step of a saved plan.
public enum StepStatus: String, Sendable, Hashable, CaseIterable {
    case todo
    case inProgress = "in-progress"
    case done
    case skipped

    /// A short human label: "to do", "in progress", "done", "skipped".
    public var label: String {
        switch self {
        case .todo: return "to do"
        case .inProgress: return "in progress"
        case .done: return "done"
        case .skipped: return "skipped"
        }
    }
}
