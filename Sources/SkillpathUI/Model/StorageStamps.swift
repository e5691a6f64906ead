import SkillpathCore

/// The versions of the stored profile and of the open plan's file: when one changes, another
/// writer (the command line, another interface) may have changed it, and the interface reloads it.
public struct StorageStamps: Sendable, Hashable {
    /// The profile file's stamp; nil when there is none.
    public var profile: FileStamp?
    /// The open plan's file's stamp; nil when no plan is open or its file does not exist.
    public var plan: FileStamp?

    public init(profile: FileStamp?, plan: FileStamp?) {
        self.profile = profile
        self.plan = plan
    }
}
