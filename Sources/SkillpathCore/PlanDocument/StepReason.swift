/// Why a step is in a plan: one of the reasons of PLANNING.md (version 2, "Why each step is there").
///
/// Every reason is true by the contract's definitions, reckoned from what the learner held at
/// the start of the plan (see ``StepReason/reasons(for:catalog:role:profile:includeRecommended:required:)``).
public enum StepReason: Sendable, Hashable {
    /// The step helps meet the role's condition number `condition`, 0-based over the role's
    /// `requires`, then its `recommends` (when they were planned).
    case role(condition: Int)
    /// A later step, the credential `of`, has a `requires` condition this step helps meet.
    case prerequisite(of: String)
    /// This credential is one of the parts of the `stack` of a later step, the credential `of`.
    case stack(of: String)
    /// The learner asked for this credential (the profile's `require`, or a swapped-in pin).
    case required

    /// The contract's name of the kind: `role`, `prerequisite`, `stack` or `required`.
    public var kind: String {
        switch self {
        case .role: return "role"
        case .prerequisite: return "prerequisite"
        case .stack: return "stack"
        case .required: return "required"
        }
    }

    /// Every kind, in the order reasons are listed.
    public static let kinds = ["role", "prerequisite", "stack", "required"]
}
