import ArgumentParser
import Foundation
import SkillpathCore

/// `skillpath profile set`: change keys of the saved profile (creating it if needed).
struct ProfileSetCommand: SkillpathCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change the saved profile; ids are checked against the catalog.",
        discussion: """
        Only the options given change; the rest of the profile stays as it is.

        Examples:
          skillpath profile set --role data-analyst
          skillpath profile set --skill sql=2 --skill python=1 --have google-it-support
          skillpath profile set --hours-per-week 6 --start 2027-01-04 --budget 500
          skillpath profile set --no-budget --remove-skill python --objective time
          skillpath profile set --only-provider aws --only-provider edx --max-hours 120 --deadline 2027-06-30
          skillpath profile set --require aws-saa --avoid comptia-a-plus
          skillpath profile set --remove-require aws-saa --remove-avoid comptia-a-plus
          skillpath profile set --from-file me.json
        """
    )

    @OptionGroup var catalogOption: CatalogOption

    @Option(name: .long, help: ArgumentHelp("Replace the whole profile with this JSON file's.", valueName: "file"))
    var fromFile: String?

    @Option(name: .long, help: ArgumentHelp("The target role.", valueName: "id"))
    var role: String?

    @OptionGroup var held: HeldOptions

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Forget a skill (repeatable).", valueName: "id"))
    var removeSkill: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Forget a held credential (repeatable).", valueName: "id"))
    var removeHave: [String] = []

    @OptionGroup var settings: ProfileSettingsOptions

    @Flag(name: .long, help: "Remove the budget limit.")
    var noBudget = false

    @Flag(name: .long, help: "Remove the --max-hours limit.")
    var noMaxHours = false

    @Flag(name: .long, help: "Remove the deadline.")
    var noDeadline = false

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Stop leaving out a provider (repeatable).", valueName: "id"))
    var includeProvider: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp(
        "Take a provider off the --only-provider list (repeatable; an empty list allows every provider).", valueName: "id"))
    var removeOnlyProvider: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp(
        "Stop requiring a credential, comma-separated (repeatable).", valueName: "id,..."))
    var removeRequire: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp(
        "Stop avoiding a credential, comma-separated (repeatable).", valueName: "id,..."))
    var removeAvoid: [String] = []

    func validate() throws {
        if settings.budget != nil && noBudget { throw ValidationError("--budget and --no-budget contradict each other") }
        if settings.maxHours != nil && noMaxHours { throw ValidationError("--max-hours and --no-max-hours contradict each other") }
        if settings.deadline != nil && noDeadline { throw ValidationError("--deadline and --no-deadline contradict each other") }
    }

    /// Whether no option that changes the profile was given.
    var changesNothing: Bool {
        fromFile == nil && role == nil && held.isEmpty && removeSkill.isEmpty && removeHave.isEmpty && settings.isEmpty
            && !noBudget && includeProvider.isEmpty && removeRequire.isEmpty && removeAvoid.isEmpty
            && !noMaxHours && !noDeadline && removeOnlyProvider.isEmpty
    }

    mutating func execute() throws {
        if changesNothing {
            Output.write("Nothing changed: no option was given. See `skillpath profile set --help` for what can be set.\n")
            return
        }
        let catalog = try catalogOption.load()
        var replacement: Profile?
        if let fromFile {
            try ProfileOptions.refuseDirectory(fromFile, option: "--from-file")
            let (loaded, warnings) = try ProfileDecoding.load(file: fromFile, catalog: catalog)
            for warning in warnings { Output.standardError(warning.description) }
            replacement = loaded
        }
        if let role, catalog.role(role) == nil {
            throw CLIError.usage("--role: " + ProfileDecoding.unknownMessage(kind: "role", id: role, known: catalog.roleIndex.keys))
        }
        try held.check(against: catalog)
        try settings.check(against: catalog)

        let options = self
        func edit(_ profile: inout Profile) {
            if let replacement { profile = replacement }
            if let role = options.role { profile.targetRole = role }
            options.held.apply(to: &profile)
            for id in options.removeSkill { profile.skills[id] = nil }
            profile.earned.removeAll { options.removeHave.contains($0) }
            profile.unverified.removeAll { options.removeHave.contains($0) }
            options.settings.apply(to: &profile)
            if options.noBudget { profile.budget = nil }
            if options.noMaxHours { profile.maxHours = nil }
            if options.noDeadline { profile.deadline = nil }
            profile.onlyProviders.removeAll { options.removeOnlyProvider.contains($0) }
            profile.excludeProviders.removeAll { options.includeProvider.contains($0) }
            profile.require.removeAll { HeldOptions.ids(options.removeRequire).contains($0) }
            profile.avoid.removeAll { HeldOptions.ids(options.removeAvoid).contains($0) }
        }
        // A profile that would be refused at load is refused here, before anything is written.
        var proposed = try ProfileStore().load(catalog: catalog) ?? Profile()
        edit(&proposed)
        if let problem = proposed.validate().first {
            throw CLIError.usage("the profile would be invalid: \(problem.description); nothing was saved")
        }
        let saved = try ProfileStore().update { (profile: inout Profile) throws(StorageError) in edit(&profile) }
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        Output.write("Profile saved (\(count(saved.skills.count, "skill")), \(count(saved.earned.count, "credential")) held"
                     + (saved.targetRole.map { ", target role \($0)" } ?? "") + "). Show it with `skillpath profile show`.\n")
    }
}
