/// What one writer changed in a profile, key by key, so that a store can apply just that to
/// the profile on disk and keep what another writer changed meanwhile.
///
/// Keys are the profile's settings, each skill, and each item of its lists (earned credentials,
/// excluded and only providers, required, avoided and unverified credentials): two writers that change different keys both keep their change; on the same key the
/// later write wins.
public struct ProfileEdit: Sendable, Hashable {
    /// A changed setting and its new value (nil clears an optional one).
    public enum Setting: Sendable, Hashable {
        case hoursPerWeek(Double)
        case startDate(CalendarDate?)
        case objective(Objective)
        case hourValue(Double)
        case budget(Double?)
        case maxHours(Double?)
        case deadline(CalendarDate?)
        case accreditedOnly(Bool)
        case targetRole(String?)
    }

    public var settings: [Setting] = []
    /// New levels by skill id; nil removes the skill.
    public var skills: [String: Int?] = [:]
    /// Credentials added to or removed from the earned list.
    public var earned = ListEdit()
    /// Providers added to or removed from the excluded list.
    public var excluded = ListEdit()
    /// Credentials added to or removed from the `require` and `avoid` lists.
    public var require = ListEdit()
    public var avoid = ListEdit()
    /// Providers added to or removed from the `onlyProviders` list.
    public var onlyProviders = ListEdit()
    /// Credentials added to or removed from the `unverified` list (badges imported unchecked).
    public var unverified = ListEdit()

    public init() {}

    /// The changes that turn `base` into `edited`.
    public init(from base: Profile, to edited: Profile) {
        if base.hoursPerWeek != edited.hoursPerWeek { settings.append(.hoursPerWeek(edited.hoursPerWeek)) }
        if base.startDate != edited.startDate { settings.append(.startDate(edited.startDate)) }
        if base.objective != edited.objective { settings.append(.objective(edited.objective)) }
        if base.hourValue != edited.hourValue { settings.append(.hourValue(edited.hourValue)) }
        if base.budget != edited.budget { settings.append(.budget(edited.budget)) }
        if base.maxHours != edited.maxHours { settings.append(.maxHours(edited.maxHours)) }
        if base.deadline != edited.deadline { settings.append(.deadline(edited.deadline)) }
        if base.accreditedOnly != edited.accreditedOnly { settings.append(.accreditedOnly(edited.accreditedOnly)) }
        if base.targetRole != edited.targetRole { settings.append(.targetRole(edited.targetRole)) }
        for id in Set(base.skills.keys).union(edited.skills.keys) where base.skills[id] != edited.skills[id] {
            skills[id] = .some(edited.skills[id])
        }
        earned = ListEdit(from: base.earned, to: edited.earned)
        excluded = ListEdit(from: base.excludeProviders, to: edited.excludeProviders)
        require = ListEdit(from: base.require, to: edited.require)
        avoid = ListEdit(from: base.avoid, to: edited.avoid)
        onlyProviders = ListEdit(from: base.onlyProviders, to: edited.onlyProviders)
        unverified = ListEdit(from: base.unverified, to: edited.unverified)
    }

    /// Whether the edit changes nothing.
    public var isEmpty: Bool {
        settings.isEmpty && skills.isEmpty && earned.isEmpty && excluded.isEmpty && require.isEmpty && avoid.isEmpty
            && onlyProviders.isEmpty && unverified.isEmpty
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
            case .maxHours(let value): profile.maxHours = value
            case .deadline(let value): profile.deadline = value
            case .accreditedOnly(let value): profile.accreditedOnly = value
            case .targetRole(let value): profile.targetRole = value
            }
        }
        for (id, level) in skills { profile.skills[id] = level }
        earned.apply(to: &profile.earned)
        excluded.apply(to: &profile.excludeProviders)
        require.apply(to: &profile.require)
        avoid.apply(to: &profile.avoid)
        onlyProviders.apply(to: &profile.onlyProviders)
        unverified.apply(to: &profile.unverified)
    }

    /// `profile` with the edit applied.
    public func applied(to profile: Profile) -> Profile {
        var result = profile
        apply(to: &result)
        return result
    }
}

/// Items one writer added to and removed from one of the profile's lists of ids.
public struct ListEdit: Sendable, Hashable {
    /// Ids added, in the order they were added.
    public var added: [String] = []
    public var removed: Set<String> = []

    public init() {}

    /// The additions and removals that turn `base` into `edited`.
    public init(from base: [String], to edited: [String]) {
        let before = Set(base)
        added = edited.filter { !before.contains($0) }
        removed = before.subtracting(edited)
    }

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty }

    /// Removes what was removed and appends what was added and is not there yet.
    public func apply(to list: inout [String]) {
        list.removeAll { removed.contains($0) }
        list += added.filter { !list.contains($0) }
    }
}
