import SkillpathCore

/// Retirement dates laid over a generated catalog, for planner cases with the version 2
/// retirement rule (PLANNING.md: a credential retired by the start date is not usable).
extension Catalog {
    /// This catalog with every fourth credential (indices 1, 5, 9, …) retiring between 30 days
    /// before and 89 days after `start` (so some are retired by then and some not), half of those
    /// naming the next credential as successor. Deterministic: the same catalog and start give the
    /// same dates.
    public func retiring(around start: CalendarDate) -> Catalog {
        var list = credentials
        for i in list.indices where i % 4 == 1 {
            list[i].retires = start.adding(days: (i * 37) % 120 - 30)
            if i % 8 == 1 { list[i].successor = list[(i + 1) % list.count].id }
        }
        return Catalog(info: info, skills: skills, providers: providers, roles: roles, credentials: list)
    }
}
