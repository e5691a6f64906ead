import SkillpathCore

/// The guided setup shown when there is no saved profile: a target role, the skills already held
/// from that role's list, then the study settings; it ends on the Plan screen.
public struct SetupState: Sendable, Equatable {
    /// The three steps, in order.
    public enum Step: Int, Sendable, CaseIterable {
        case role = 1, skills, settings
    }

    /// A field of the settings step.
    public enum Field: Int, Sendable, CaseIterable {
        case hoursPerWeek, startDate, budget, objective

        /// The profile key whose ``ProfileProblem`` the field shows.
        var key: String {
            switch self {
            case .hoursPerWeek: return "hoursPerWeek"
            case .startDate: return "startDate"
            case .budget: return "budget"
            case .objective: return "objective"
            }
        }
    }

    /// One skill of the chosen role's list and the level ticked for it (0: not held).
    public struct SkillRow: Sendable, Equatable {
        public var skill: String
        /// The level the role asks for.
        public var need: Int
        /// Whether the role requires it (else it recommends it).
        public var required: Bool
        /// Whether it is one of several the role accepts (any one of them will do).
        public var alternative = false
        public var level: Int
    }

    /// A row of the role list: a shipped example, or a role of the catalog.
    public enum RoleRow: Sendable, Equatable {
        case example(Int)
        case role(Int)
    }

    public var step = Step.role
    /// The typed role filter (matched against title and id).
    public var filter = TextField(maxLength: 60)
    public var roleCursor = ListCursor()
    /// The profile the answers go into: empty, or the chosen example's.
    public var base = Profile()
    /// The example started from, by id.
    public var example: String?
    /// The chosen role's id.
    public var role: String?
    public var skills: [SkillRow] = []
    public var skillCursor = ListCursor()
    public var field = Field.hoursPerWeek
    /// The settings as typed (pre-filled and selected, so typing replaces them); checked when the step is confirmed.
    public var hoursPerWeek = TextField(maxLength: 20)
    public var startDate = TextField(maxLength: 20)
    public var budget = TextField(maxLength: 20)
    public var objective = Objective.cost
    /// Why a typed setting was refused, by field.
    public var errors: [Field: String] = [:]

    public init() {}
}
