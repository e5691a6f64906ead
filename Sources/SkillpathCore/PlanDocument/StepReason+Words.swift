/// Reasons in words, the same for the text and Markdown outputs and the TUI.
extension StepReason {
    /// The reason in words: "for Python ≥ 3, which the role needs", "prerequisite of AWS Certified
    /// Solutions Architect – Associate", "counts towards the Google Data Analytics Certificate",
    /// "you asked for it (require)".
    ///
    /// - Parameters:
    ///   - step: the step the reason belongs to.
    ///   - plan: the plan, for the titles of later steps and the role's id.
    ///   - catalog: for the role's conditions, skill names and titles; ids are used without it.
    public func words(for step: Plan.Step, in plan: Plan, catalog: Catalog?) -> String {
        switch self {
        case .role(let index):
            guard let role = catalog?.role(plan.role) else { return "for the role's condition \(index + 1)" }
            let conditions = role.requires + role.recommends
            let verb = index < role.requires.count ? "needs" : "recommends"
            guard conditions.indices.contains(index) else { return "for the role's condition \(index + 1)" }
            let condition = conditions[index]
            if condition == .credential(step.credential) { return "the role \(verb) it" }
            return "for \(CatalogNames.phrase(condition, in: catalog)), which the role \(verb)"
        case .prerequisite(let id):
            return "prerequisite of \(Self.title(id, plan: plan, catalog: catalog))"
        case .stack(let id):
            return "counts towards the \(Self.title(id, plan: plan, catalog: catalog))"
        case .required:
            return "you asked for it (require)"
        }
    }

    /// The step's reasons in words, joined by "; " and made safe for one line, or nil when it has none.
    public static func sentence(for step: Plan.Step, in plan: Plan, catalog: Catalog?) -> String? {
        guard !step.why.isEmpty else { return nil }
        return Sanitizer.line(step.why.map { $0.words(for: step, in: plan, catalog: catalog) }.joined(separator: "; "))
    }

    /// The title of the plan's step for `id`, else the catalog's, else the id.
    private static func title(_ id: String, plan: Plan, catalog: Catalog?) -> String {
        plan.steps.first { $0.credential == id }?.title ?? catalog?.credential(id)?.title ?? id
    }
}
