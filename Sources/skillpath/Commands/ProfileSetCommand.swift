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
          skillpath profile set --from-file me.json
        """
    )

    @OptionGroup var catalogOption: CatalogOption

    @Option(name: .long, help: ArgumentHelp("Replace the whole profile with this JSON file's.", valueName: "file"))
    var fromFile: String?

    @Option(name: .long, help: ArgumentHelp("The target role.", valueName: "id"))
    var role: String?

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Set a skill level, 0-5 (repeatable).", valueName: "id=level"))
    var skill: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Forget a skill (repeatable).", valueName: "id"))
    var removeSkill: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Credentials you hold, comma-separated (repeatable).", valueName: "id,..."))
    var have: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Forget a held credential (repeatable).", valueName: "id"))
    var removeHave: [String] = []

    @Option(name: .long, help: ArgumentHelp("Study hours a week.", valueName: "hours"))
    var hoursPerWeek: Double?

    @Option(name: .long, help: ArgumentHelp("The day study starts, YYYY-MM-DD, or \"today\".", valueName: "date"))
    var start: String?

    @Option(name: .long, help: "cost, time or balanced.")
    var objective: Objective?

    @Option(name: .long, help: ArgumentHelp("The value of a study hour under the balanced objective.", valueName: "amount"))
    var hourValue: Double?

    @Option(name: .long, help: ArgumentHelp("The most a plan may cost.", valueName: "amount"))
    var budget: Double?

    @Flag(name: .long, help: "Remove the budget limit.")
    var noBudget = false

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Leave out a provider (repeatable).", valueName: "id"))
    var excludeProvider: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Stop leaving out a provider (repeatable).", valueName: "id"))
    var includeProvider: [String] = []

    @Option(name: .long, help: ArgumentHelp("Use accredited credentials only: true or false.", valueName: "bool"))
    var accreditedOnly: Bool?

    func validate() throws {
        for entry in skill { _ = try ProfileOptions.parseSkill(entry) }
        try ProfileOptions.validateSettings(budget: budget, hoursPerWeek: hoursPerWeek, hourValue: hourValue)
        if let start, start != "today", CalendarDate(start) == nil { throw ValidationError("--start expects a date YYYY-MM-DD or \"today\", not \"\(start)\"") }
        if budget != nil && noBudget { throw ValidationError("--budget and --no-budget contradict each other") }
    }

    mutating func execute() throws {
        let catalog = try catalogOption.load()
        func check(_ id: String, _ kind: String, _ known: [String: Int], _ option: String) throws {
            guard known[id] == nil else { return }
            throw CLIError.usage("\(option): " + ProfileDecoding.unknownMessage(kind: kind, id: id, known: known.keys))
        }
        var replacement: Profile?
        if let fromFile {
            let (loaded, warnings) = try ProfileDecoding.load(file: fromFile, catalog: catalog)
            for warning in warnings { Output.standardError(warning.description) }
            replacement = loaded
        }
        if let role { try check(role, "role", catalog.roleIndex, "--role") }
        let skills = try skill.map(ProfileOptions.parseSkill)
        for (id, _) in skills { try check(id, "skill", catalog.skillIndex, "--skill") }
        let held = ProfileOptions.ids(have)
        for id in held { try check(id, "credential", catalog.credentialIndex, "--have") }
        for id in excludeProvider { try check(id, "provider", catalog.providerIndex, "--exclude-provider") }

        let options = self
        let saved = try ProfileStore().update { (profile: inout Profile) throws(StorageError) in
            if let replacement { profile = replacement }
            if let role = options.role { profile.targetRole = role }
            for (id, level) in skills { profile.skills[id] = level }
            for id in options.removeSkill { profile.skills[id] = nil }
            for id in held where !profile.earned.contains(id) { profile.earned.append(id) }
            profile.earned.removeAll { options.removeHave.contains($0) }
            if let hours = options.hoursPerWeek { profile.hoursPerWeek = hours }
            if let start = options.start { profile.startDate = start == "today" ? nil : CalendarDate(start) }
            if let objective = options.objective { profile.objective = objective }
            if let hourValue = options.hourValue { profile.hourValue = hourValue }
            if let budget = options.budget { profile.budget = budget }
            if options.noBudget { profile.budget = nil }
            for id in options.excludeProvider where !profile.excludeProviders.contains(id) { profile.excludeProviders.append(id) }
            profile.excludeProviders.removeAll { options.includeProvider.contains($0) }
            if let accredited = options.accreditedOnly { profile.accreditedOnly = accredited }
        }
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        Output.write("Profile saved (\(count(saved.skills.count, "skill")), \(count(saved.earned.count, "credential")) held"
                     + (saved.targetRole.map { ", target role \($0)" } ?? "") + "). Show it with `skillpath profile show`.\n")
    }
}
