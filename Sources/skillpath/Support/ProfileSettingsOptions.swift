import ArgumentParser
import SkillpathCore

extension Objective: ExpressibleByArgument {}

/// The profile settings that `plan` and `profile set` both take, with one spelling, form and range:
/// `--hours-per-week`, `--budget`, `--hour-value`, `--objective`, `--start`, `--[no-]accredited-only`
/// `--exclude-provider`, `--only-provider`, `--require`, `--avoid`, `--max-hours` and `--deadline`.
///
/// Every number is checked against ``Limits`` while the arguments are parsed (``NumberFlag``), so an
/// out-of-range value stops with status 64 before anything is loaded or saved.
struct ProfileSettingsOptions: ParsableArguments {
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "Study hours a week, \(Limits.describe(Limits.hoursPerWeek)).", valueName: "hours"),
        transform: NumberFlag.parser(Limits.hoursPerWeek))
    var hoursPerWeek: Double?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "The most a plan may cost, in the catalog's currency, \(Limits.describe(Limits.budget)).", valueName: "amount"),
        transform: NumberFlag.parser(Limits.budget))
    var budget: Double?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "The most hours a plan may take in total, \(Limits.describe(Limits.maxHours)).", valueName: "hours"),
        transform: NumberFlag.parser(Limits.maxHours))
    var maxHours: Double?

    @Option(name: .long, help: ArgumentHelp("The day the plan must end by, at the weekly hours: YYYY-MM-DD.", valueName: "date"),
            transform: Self.date(flag:))
    var deadline: CalendarDate?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "The value of one study hour under --objective balanced, \(Limits.describe(Limits.hourValue)).", valueName: "amount"),
        transform: NumberFlag.parser(Limits.hourValue))
    var hourValue: Double?

    @Option(name: .long, help: "What to minimise: cost (price, then hours), time (hours, then price) or balanced.")
    var objective: Objective?

    @Option(name: .long, help: ArgumentHelp("The day study starts: YYYY-MM-DD, or today.", valueName: "date"),
            transform: StartDay.init(flag:))
    var start: StartDay?

    @Flag(name: .long, inversion: .prefixedNo, help: "Use accredited (credit-bearing) credentials only, or not.")
    var accreditedOnly: Bool?

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Leave out a provider's credentials (repeatable).", valueName: "id"))
    var excludeProvider: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp(
        "Use only this provider's credentials, with the other --only-provider ones (repeatable).", valueName: "id"))
    var onlyProvider: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp(
        "A credential every plan must contain (already earned counts), comma-separated (repeatable).", valueName: "id,..."))
    var require: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp(
        "A credential no plan may use, comma-separated (repeatable).", valueName: "id,..."))
    var avoid: [String] = []

    /// The `--require` ids, split at commas.
    var requireIDs: [String] { HeldOptions.ids(require) }

    /// The `--avoid` ids, split at commas.
    var avoidIDs: [String] { HeldOptions.ids(avoid) }

    /// Whether no setting was given.
    var isEmpty: Bool {
        hoursPerWeek == nil && budget == nil && hourValue == nil && objective == nil && start == nil
            && accreditedOnly == nil && excludeProvider.isEmpty && require.isEmpty && avoid.isEmpty
            && maxHours == nil && deadline == nil && onlyProvider.isEmpty
    }

    /// Checks the ids given against the catalog: an unknown provider or credential is a usage error (64).
    func check(against catalog: Catalog) throws {
        for (flag, ids) in [("--exclude-provider", excludeProvider), ("--only-provider", onlyProvider)] {
            for id in ids where catalog.provider(id) == nil {
                throw CLIError.usage("\(flag): " + ProfileDecoding.unknownMessage(kind: "provider", id: id, known: catalog.providerIndex.keys))
            }
        }
        for (flag, ids) in [("--require", requireIDs), ("--avoid", avoidIDs)] {
            for id in ids where catalog.credential(id) == nil {
                throw CLIError.usage("\(flag): " + ProfileDecoding.unknownMessage(kind: "credential", id: id, known: catalog.credentialIndex.keys))
            }
        }
    }

    /// The profile with every given setting applied; the others are left as they are.
    func apply(to profile: inout Profile) {
        if let hoursPerWeek { profile.hoursPerWeek = hoursPerWeek }
        if let budget { profile.budget = budget }
        if let maxHours { profile.maxHours = maxHours }
        if let deadline { profile.deadline = deadline }
        if let hourValue { profile.hourValue = hourValue }
        if let objective { profile.objective = objective }
        if let start { profile.startDate = start.date }
        if let accreditedOnly { profile.accreditedOnly = accreditedOnly }
        for id in excludeProvider where !profile.excludeProviders.contains(id) { profile.excludeProviders.append(id) }
        for id in onlyProvider where !profile.onlyProviders.contains(id) { profile.onlyProviders.append(id) }
        for id in requireIDs where !profile.require.contains(id) { profile.require.append(id) }
        for id in avoidIDs where !profile.avoid.contains(id) { profile.avoid.append(id) }
    }
}

extension ProfileSettingsOptions {
    /// A `--deadline`: `YYYY-MM-DD` with a year in ``Limits/startYear``; anything else is refused.
    static func date(flag text: String) throws -> CalendarDate {
        guard let day = CalendarDate(text), Limits.startYear.contains(day.year) else {
            throw NumberFlag.Refusal(description: "expected a date YYYY-MM-DD (e.g. 2027-06-30) with a year from \(Limits.startYear.lowerBound) to \(Limits.startYear.upperBound)")
        }
        return day
    }
}

/// The value of `--start`: a day, or today (a profile keeps no date then, so it moves with the calendar).
struct StartDay: Sendable, Equatable {
    /// The day; nil for today.
    var date: CalendarDate?

    /// `YYYY-MM-DD` with a four-digit year, or `today`; anything else is refused with the form expected.
    init(flag text: String) throws {
        if text == "today" {
            date = nil
        } else if let day = CalendarDate(text) {
            date = day
        } else {
            throw NumberFlag.Refusal(description: "expected a date YYYY-MM-DD (e.g. 2027-01-04) or today")
        }
    }
}
