import ArgumentParser
import Foundation
import SkillpathCore

/// `--profile FILE`, `--have`, `--skill`: the learner's profile, from a file or the saved one,
/// with skills and credentials added on the command line.
struct ProfileOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A profile JSON file (default: the saved profile, see `skillpath profile show`).", valueName: "file"))
    var profile: String?

    @OptionGroup var held: HeldOptions

    func validate() throws {
        if profile?.isEmpty == true { throw ValidationError("--profile: the file name is empty; name a profile JSON file, or leave --profile out to use the saved profile") }
    }

    /// The profile file's, or the saved one's, or an empty profile; then `--have` and `--skill` applied.
    /// Unknown ids in the file are errors (65); unknown ids on the command line are usage errors (64).
    func resolve(catalog: Catalog, home: DataHome = .resolve()) throws -> Profile {
        var result: Profile
        if let file = profile {
            try Self.refuseDirectory(file, option: "--profile")
            let (loaded, warnings) = try ProfileDecoding.load(file: file, catalog: catalog)
            for warning in warnings { Output.standardError(warning.description) }
            result = loaded
        } else {
            result = try ProfileStore(home: home).load(catalog: catalog) ?? Profile()
        }
        try held.check(against: catalog)
        held.apply(to: &result)
        return result
    }

    /// Refuses a path that names a directory, saying so (status 66), rather than failing to read it.
    static func refuseDirectory(_ path: String, option: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CLIError.missing("\(option) \(Sanitizer.line(path)): is a directory; name a profile JSON file")
        }
    }
}
