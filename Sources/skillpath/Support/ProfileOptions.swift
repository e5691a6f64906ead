import ArgumentParser
import Foundation
import SkillpathCore

/// `--profile FILE`, `--have`, `--skill`: the learner's profile, from a file or the saved one,
/// with skills and credentials added on the command line.
struct ProfileOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A profile JSON file (default: the saved profile, see `skillpath profile show`).", valueName: "file"))
    var profile: String?

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp(
        "Credentials you already hold, comma-separated (repeatable).", valueName: "id,..."))
    var have: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp(
        "A skill level you already have, 0-5 (repeatable), e.g. --skill sql=2.", valueName: "id=level"))
    var skill: [String] = []

    func validate() throws {
        for entry in skill { _ = try Self.parseSkill(entry) }
    }

    /// The profile file's, or the saved one's, or an empty profile; then `--have` and `--skill` applied.
    /// Unknown ids in the file are errors (65); unknown ids on the command line are usage errors (64).
    func resolve(catalog: Catalog, home: DataHome = .resolve()) throws -> Profile {
        var result: Profile
        if let file = profile {
            let (loaded, warnings) = try ProfileDecoding.load(file: file, catalog: catalog)
            for warning in warnings { Output.standardError(warning.description) }
            result = loaded
        } else {
            result = try ProfileStore(home: home).load(catalog: catalog) ?? Profile()
        }
        for id in haveIDs {
            guard catalog.credential(id) != nil else {
                throw CLIError.usage("--have: " + ProfileDecoding.unknownMessage(kind: "credential", id: id, known: catalog.credentialIndex.keys))
            }
            if !result.earned.contains(id) { result.earned.append(id) }
        }
        for entry in skill {
            let (id, level) = try Self.parseSkill(entry)
            guard catalog.skill(id) != nil else {
                throw CLIError.usage("--skill: " + ProfileDecoding.unknownMessage(kind: "skill", id: id, known: catalog.skillIndex.keys))
            }
            result.skills[id] = level
        }
        return result
    }

    /// The `--have` ids, split at commas.
    var haveIDs: [String] { Self.ids(have) }

    /// Repeated comma-separated id lists as one list of ids: `["a,b", "c"]` → `["a", "b", "c"]`.
    static func ids(_ lists: [String]) -> [String] {
        lists.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Checks the profile settings that `plan` and `profile set` both take on the command line.
    static func validateSettings(budget: Double?, hoursPerWeek: Double?, hourValue: Double?) throws {
        if let budget, !(budget.isFinite && budget >= 0) { throw ValidationError("--budget must be zero or more, not \(budget)") }
        if let hoursPerWeek, !(hoursPerWeek > 0 && hoursPerWeek <= 168) {
            throw ValidationError("--hours-per-week must be more than 0 and at most 168, not \(hoursPerWeek)")
        }
        if let hourValue, !(hourValue.isFinite && hourValue >= 0) { throw ValidationError("--hour-value must be zero or more, not \(hourValue)") }
    }

    /// `sql=2` → ("sql", 2).
    static func parseSkill(_ entry: String) throws -> (String, Int) {
        let parts = entry.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty else {
            throw ValidationError("--skill expects ID=LEVEL, e.g. --skill sql=2, not \"\(entry)\"")
        }
        guard let level = Int(parts[1]), (0...5).contains(level) else {
            throw ValidationError("--skill \(parts[0]): the level must be a whole number from 0 to 5, not \"\(parts[1])\"")
        }
        return (parts[0], level)
    }
}
