import ArgumentParser
import SkillpathCore

/// The options of `skillpath roles --rank`: the profile, as `plan` takes it, and how to plan.
struct RoleRankingOptions: ParsableArguments {
    @OptionGroup var profileOptions: ProfileOptions
    @OptionGroup var settings: ProfileSettingsOptions

    @Flag(name: .long, help: "Also meet each role's recommended (nice-to-have) requirements.")
    var includeRecommended = false

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "Seconds each role's search may take before it settles for the best plan found, \(Limits.describe(Limits.timeLimit)).",
        valueName: "seconds"), transform: NumberFlag.parser(Limits.timeLimit))
    var timeLimit: Double?

    /// The first ranking option given, spelled as on the command line; nil when none was.
    var firstGiven: String? {
        if profileOptions.profile != nil { return "--profile" }
        if !profileOptions.held.isEmpty { return "--have/--skill" }
        if !settings.isEmpty { return "a profile setting (--budget, --objective, ...)" }
        if includeRecommended { return "--include-recommended" }
        if timeLimit != nil { return "--time-limit" }
        return nil
    }

    /// Plans every role of the catalog and prints the ranking.
    func run(catalog: Catalog, format: FormatOption.Format) throws {
        var profile = try profileOptions.resolve(catalog: catalog)
        try settings.check(against: catalog)
        settings.apply(to: &profile)
        let today = CalendarDate.today()
        let ranking = try RoleRanking(catalog: catalog, profile: profile, includeRecommended: includeRecommended,
                                      today: today, timeLimit: timeLimit ?? 10)
        switch format {
        case .json: FormatOption.write(RoleRankingJSON.output(ranking))
        case .text:
            Output.write(RoleRankingText(ranking: ranking, profile: profile, today: today, catalog: catalog,
                                         style: Output.style, width: Output.listWidth).render())
        }
    }
}
