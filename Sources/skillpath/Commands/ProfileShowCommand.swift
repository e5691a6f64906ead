import ArgumentParser
import SkillpathCore

/// `skillpath profile show`.
struct ProfileShowCommand: SkillpathCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show the saved profile.",
        discussion: """
        Examples:
          skillpath profile show
          skillpath profile show --format json
        """
    )

    @Option(name: .long, help: "text or json (the profile file format, usable with --profile).")
    var format: Format = .text

    mutating func execute() throws {
        let store = ProfileStore()
        let saved = try store.load()
        let profile = saved ?? Profile()
        if format == .json {
            Output.write(ProfileEncoding.render(profile))
            return
        }
        var fields: [(String, String)] = []
        fields.append(("Target role", profile.targetRole ?? "none (set with --role)"))
        fields.append(("Skills", profile.skills.isEmpty ? "none" : profile.skills.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")))
        let unverified = Set(profile.unverified)
        fields.append(("Credentials", profile.earned.isEmpty ? "none"
            : profile.earned.map { unverified.contains($0) ? "\($0) (unverified)" : $0 }.joined(separator: ", ")))
        fields.append(("Pace", "\(Quantity.number(profile.hoursPerWeek)) hours a week from \(profile.startDate?.description ?? "today")"))
        fields.append(("Objective", Quantity.objective(profile.objective, hourValue: profile.hourValue)))
        fields.append(("Budget", profile.budget.map { Quantity.money($0) } ?? "no limit"))
        if let maxHours = profile.maxHours { fields.append(("Hours limit", Quantity.hours(maxHours))) }
        if let deadline = profile.deadline { fields.append(("Deadline", deadline.description)) }
        if !profile.onlyProviders.isEmpty { fields.append(("Only from", profile.onlyProviders.joined(separator: ", "))) }
        if !profile.excludeProviders.isEmpty { fields.append(("Excluded", profile.excludeProviders.joined(separator: ", "))) }
        if !profile.require.isEmpty { fields.append(("Required", profile.require.joined(separator: ", "))) }
        if !profile.avoid.isEmpty { fields.append(("Avoided", profile.avoid.joined(separator: ", "))) }
        if profile.accreditedOnly { fields.append(("Filter", "accredited credentials only")) }
        var text = CatalogShowCommand.render(fields, width: Output.width)
        text += saved == nil ? "\n(No profile saved yet; these are the defaults. Set one with `skillpath profile set`.)\n"
                             : "\nSaved in \(store.file)\n"
        Output.write(text)
    }
}
