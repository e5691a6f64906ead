import ArgumentParser
import SkillpathCore

extension Objective: ExpressibleByArgument {}

/// The profile settings that `plan` and `profile set` both take, with one spelling, form and range:
/// `--hours-per-week`, `--budget`, `--hour-value`, `--objective`, `--start`, `--[no-]accredited-only`
/// `--exclude-provider`, `--require` and `--avoid`.
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
    }

    /// Checks the ids given against the catalog: an unknown provider or credential is a usage error (64).
    func check(against catalog: Catalog) throws {
        for id in excludeProvider where catalog.provider(id) == nil {
            throw CLIError.usage("--exclude-provider: " + ProfileDecoding.unknownMessage(kind: "provider", id: id, known: catalog.providerIndex.keys))
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
        if let hourValue { profile.hourValue = hourValue }
        if let objective { profile.objective = objective }
        if let start { profile.startDate = start.date }
        if let accreditedOnly { profile.accreditedOnly = accreditedOnly }
        for id in excludeProvider where !profile.excludeProviders.contains(id) { profile.excludeProviders.append(id) }
        for id in requireIDs where !profile.require.contains(id) { profile.require.append(id) }
        for id in avoidIDs where !profile.avoid.contains(id) { profile.avoid.append(id) }
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
