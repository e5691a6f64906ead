import Foundation

/// The directory where skillpath keeps the learner's profile and saved plans.
///
/// It is `$SKILLPATH_HOME` when set, else `$XDG_DATA_HOME/skillpath`, else
/// `~/.local/share/skillpath`. It is created (private, 0700) on the first save.
public struct DataHome: Sendable, Hashable {
    /// The directory's path.
    public let path: String

    public init(path: String) { self.path = path }

    /// The data home for an environment.
    public static func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) -> DataHome {
        if let explicit = environment["SKILLPATH_HOME"], !explicit.isEmpty { return DataHome(path: explicit) }
        // XDG asks that relative values be ignored.
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return DataHome(path: xdg + "/skillpath") }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return DataHome(path: home + "/.local/share/skillpath")
    }

    /// `profile.json`.
    public var profileFile: String { path + "/profile.json" }
    /// `plans/`.
    public var plansDirectory: String { path + "/plans" }
    /// The lock file taken around every read-modify-write.
    var lockFile: String { path + "/.lock" }
}
