/// Progress on a saved plan: the one status transition and the counts.
extension SavedPlan.Progress {
    /// Moves the step to `status` on `day`, setting or clearing the dates by one rule:
    ///
    /// | to | `started` | `finished` |
    /// |---|---|---|
    /// | todo | cleared | cleared |
    /// | in progress | kept, else `day` | cleared |
    /// | done | kept, else `day` | `day` |
    /// | skipped | kept | `day` |
    ///
    /// Marking a step again with the status it has corrects that status's own date: `started`
    /// for in progress, `finished` for done and skipped (`plans mark … --on DAY`).
    public mutating func mark(_ status: StepStatus, on day: CalendarDate) {
        if status == self.status {
            switch status {
            case .todo: break
            case .inProgress: started = day
            case .done, .skipped: finished = day
            }
            return
        }
        self.status = status
        switch status {
        case .todo: started = nil; finished = nil
        case .inProgress: started = started ?? day; finished = nil
        case .done: started = started ?? day; finished = day
        case .skipped: finished = day
        }
    }

    /// Whether the learner has recorded anything on this step: a status other than todo, or a date.
    public var hasProgress: Bool { status != .todo || started != nil || finished != nil }
}

extension SavedPlan {
    /// The counts of the plan's steps by status (``PlanProgress``).
    public var counts: PlanProgress { PlanProgress(progress.map(\.status)) }

    /// The statuses in the order of the plan's steps.
    public var stepStatuses: [StepStatus] { progress.map(\.status) }
}
