import ArgumentParser
import SkillpathCore

/// `--have ID,...` and `--skill ID=LEVEL`: what the learner already holds, as `plan`, `role` and
/// `profile set` all take it.
struct HeldOptions: ParsableArguments {
    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp(
        "Credentials you already hold, comma-separated (repeatable).", valueName: "id,..."))
    var have: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp(
        "A skill level you already have, \(Limits.level.lowerBound)-\(Limits.level.upperBound) (repeatable), e.g. --skill sql=2.",
        valueName: "id=level"), transform: HeldOptions.parseSkill)
    var skill: [SkillLevel] = []

    /// Whether neither option was given.
    var isEmpty: Bool { have.isEmpty && skill.isEmpty }

    /// The `--have` ids, split at commas.
    var haveIDs: [String] { Self.ids(have) }

    /// Checks the ids given against the catalog: an unknown one is a usage error (64) with a "did you mean".
    func check(against catalog: Catalog) throws {
        for id in haveIDs where catalog.credential(id) == nil {
            throw CLIError.usage("--have: " + ProfileDecoding.unknownMessage(kind: "credential", id: id, known: catalog.credentialIndex.keys))
        }
        for entry in skill where catalog.skill(entry.skill) == nil {
            throw CLIError.usage("--skill: " + ProfileDecoding.unknownMessage(kind: "skill", id: entry.skill, known: catalog.skillIndex.keys))
        }
    }

    /// The profile with the credentials added (once each) and the skill levels set.
    func apply(to profile: inout Profile) {
        for id in haveIDs where !profile.earned.contains(id) { profile.earned.append(id) }
        for entry in skill { profile.skills[entry.skill] = entry.level }
    }

    /// Repeated comma-separated id lists as one list of ids: `["a,b", "c"]` → `["a", "b", "c"]`.
    static func ids(_ lists: [String]) -> [String] {
        lists.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// `sql=2` → `SkillLevel(skill: "sql", level: 2)`; the level a whole number within ``Limits/level``.
    @Sendable static func parseSkill(_ entry: String) throws -> SkillLevel {
        let parts = entry.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty else {
            throw NumberFlag.Refusal(description: "expected ID=LEVEL, e.g. --skill sql=2")
        }
        let digits = parts[1].utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard digits, let level = Int(parts[1]), Limits.level.contains(level) else {
            throw NumberFlag.Refusal(description: "the level of \(Sanitizer.line(parts[0])) must be a whole number "
                                     + "from \(Limits.level.lowerBound) to \(Limits.level.upperBound)")
        }
        return SkillLevel(skill: parts[0], level: level)
    }
}
