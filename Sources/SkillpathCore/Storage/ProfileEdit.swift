/// What one writer changed in a profile, key by key, so that a store can apply just that to
/// the profile on disk and keep what another writer changed meanwhile.
///
/// Keys are the profile's settings, each skill, each earned credential and each excluded
/// provider: two writers that change different keys both keep their change; on the same key the
/// later write wins.
public struct ProfileEdit: Sendable, Hashable {
    /// A changed setting and its new value (nil clears an optional one).
    public enum Setting: Sendable, Hashable {
        case hoursPerWeek(Double)
        case startDate(CalendarDate?)
        case objective(Objective)
        case hourValue(Double)
        case budget(Double?)
        case accreditedOnly(Bool)
        case targetRole(String?)
    }

    public var settings: [Setting] = []
    /// New levels by skill id; nil removes the skill.
    public var skills: [String: Int?] = [:]
    /// Credentials added to or removed from the earned list.
    public var earnedAdded: [String] = []
    public var earnedRemoved: Set<String> = []
    /// Providers added to or removed from the excluded list.
    public var excludedAdded: [String] = []
    public var excludedRemoved: Set<String> = []

    public init() {}

    /// The changes that turn `base` into `edited`.
    public init(from base: Profile, to edited: Profile) {
        if base.hoursPerWeek != edited.hoursPerWeek { settings.append(.hoursPerWeek(edited.hoursPerWeek)) }
        if base.startDate != edited.startDate { settings.append(.startDate(edited.startDate)) }
        if base.objective != edited.objective { settings.append(.objective(edited.objective)) }
        if base.hourValue != edited.hourValue { settings.append(.hourValue(edited.hourValue)) }
        if base.budget != edited.budget { settings.append(.budget(edited.budget)) }
        if base.accreditedOnly != edited.accreditedOnly { settings.append(.accreditedOnly(edited.accreditedOnly)) }
        if base.targetRole != edited.targetRole { settings.append(.targetRole(edited.targetRole)) }
        for id in Set(base.skills.keys).union(edited.skills.keys) where base.skills[id] != edited.skills[id] {
            skills[id] = .some(edited.skills[id])
        }
        earnedAdded = edited.earned.filter { !base.earned.contains($0) }
        earnedRemoved = Set(base.earned).subtracting(edited.earned)
        excludedAdded = edited.excludeProviders.filter { !base.excludeProviders.contains($0) }
        excludedRemoved = Set(base.excludeProviders).subtracting(edited.excludeProviders)
    }

    /// Whether the edit changes nothing.
    public var isEmpty: Bool {
        settings.isEmpty && skills.isEmpty && earnedAdded.isEmpty && earnedRemoved.isEmpty
            && excludedAdded.isEmpty && excludedRemoved.isEmpty
    }

    /// Applies the changed keys to `profile`, leaving every other key as it is.
    public func apply(to profile: inout Profile) {
        for setting in settings {
            switch setting {
            case .hoursPerWeek(let value): profile.hoursPerWeek = value
            case .startDate(let value): profile.startDate = value
            case .objective(let value): profile.objective = value
            case .hourValue(let value): profile.hourValue = value
            case .budget(let value): profile.budget = value
            case .accreditedOnly(let value): profile.accreditedOnly = value
            case .targetRole(let value): profile.targetRole = value
            }
        }
        for (id, level) in skills { profile.skills[id] = level }
        profile.earned.removeAll { earnedRemoved.contains($0) }
        profile.earned += earnedAdded.filter { !profile.earned.contains($0) }
        profile.excludeProviders.removeAll { excludedRemoved.contains($0) }
        profile.excludeProviders += excludedAdded.filter { !profile.excludeProviders.contains($0) }
    }

    /// `profile` with the edit applied.
    public func applied(to profile: Profile) -> Profile {
        var result = profile
        apply(to: &result)
        return result
    }
}
