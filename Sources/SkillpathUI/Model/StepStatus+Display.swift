import SkillpathCore

/// How a step status cycles and shows in the step list.
extension StepStatus {
    /// The next status when the learner presses Enter: todo → in progress → done → todo.
    var cycled: StepStatus {
        switch self {
        case .todo: return .inProgress
        case .inProgress: return .done
        case .done, .skipped: return .todo
        }
    }

    /// The mark shown in the step list.
    var mark: String {
        switch self {
        case .todo: return "[ ]"
        case .inProgress: return "[~]"
        case .done: return "[✓]"
        case .skipped: return "[-]"
        }
    }
}
