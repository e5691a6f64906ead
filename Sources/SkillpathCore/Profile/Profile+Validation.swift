/// One value of a profile outside what skillpath accepts: the field, the value and the allowed range.
public struct ProfileProblem: Sendable, Hashable, CustomStringConvertible {
    /// The profile key: `hoursPerWeek`, `budget`, `maxHours`, `hourValue`, `startDate`, `deadline` or `skills`.
    public var key: String
    /// The skill id when ``key`` is `skills`.
    public var skill: String?
    /// The value as given, e.g. `1e-17`.
    public var value: String
    /// The allowed range in words, e.g. `from 0.1 to 168`.
    public var allowed: String

    public init(key: String, skill: String? = nil, value: String, allowed: String) {
        self.key = key; self.skill = skill; self.value = value; self.allowed = allowed
    }

    /// The JSON path of the value: `hoursPerWeek`, `skills.sql`.
    public var path: String { skill.map { "\(key).\($0)" } ?? key }

    /// `hoursPerWeek: 1e-17 is out of range (from 0.1 to 168)`.
    public var description: String { "\(path): \(message)" }

    /// `1e-17 is out of range (from 0.1 to 168)`.
    public var message: String { "\(value) is out of range (\(allowed))" }
}

extension Profile {
    /// The values of this profile outside ``Limits``, in key order; empty when the profile is usable.
    ///
    /// The one place the profile's ranges are checked: the profile file decoder, `profile set`
    /// and the TUI all ask this, so a profile one of them accepts the others accept too.
    public func validate() -> [ProfileProblem] {
        var problems: [ProfileProblem] = []
        func check(_ key: String, _ value: Double, _ range: ClosedRange<Double>) {
            guard !range.contains(value) else { return }
            problems.append(ProfileProblem(key: key, value: JSONReader.format(value), allowed: Limits.describe(range)))
        }
        if let budget { check("budget", budget, Limits.budget) }
        if let maxHours { check("maxHours", maxHours, Limits.maxHours) }
        check("hourValue", hourValue, Limits.hourValue)
        check("hoursPerWeek", hoursPerWeek, Limits.hoursPerWeek)
        if let startDate, !Limits.startYear.contains(startDate.year) {
            problems.append(ProfileProblem(key: "startDate", value: startDate.description,
                                           allowed: "a year from \(Limits.startYear.lowerBound) to \(Limits.startYear.upperBound)"))
        }
        if let deadline, !Limits.startYear.contains(deadline.year) {
            problems.append(ProfileProblem(key: "deadline", value: deadline.description,
                                           allowed: "a year from \(Limits.startYear.lowerBound) to \(Limits.startYear.upperBound)"))
        }
        for (skill, level) in skills.sorted(by: { $0.key < $1.key }) where !Limits.level.contains(level) {
            problems.append(ProfileProblem(key: "skills", skill: skill, value: String(level),
                                           allowed: "a whole number from \(Limits.level.lowerBound) to \(Limits.level.upperBound)"))
        }
        return problems
    }
}
