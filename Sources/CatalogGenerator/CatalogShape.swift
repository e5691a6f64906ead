/// The shape of a generated catalog's prerequisite graph.
public enum CatalogShape: String, Sendable, CaseIterable {
    /// The usual shape: skill-level chains, some `anyOf`/`allOf`, stacks of two to five parts, no cycles.
    case standard
    /// The hardest shape the planner is held to (issue 10): over the usual prerequisites, `n/100`
    /// long chains of 6–10 credentials each requiring the previous one (each link kept with
    /// probability 0.7); in 1 of 40 credentials a requirement of a higher-level credential of its own
    /// main skill, which makes prerequisite cycles; stacks of three to six parts, some "k of n".
    case hard
}
