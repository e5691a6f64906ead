import SkillpathCore

/// The profile and catalog as they are now, to tell whether a saved plan is out of date.
struct CurrentInputs {
    /// The saved profile (an empty one when none is saved); nil when it cannot be read.
    var profile: Profile?
    /// The catalog; nil when it cannot be loaded.
    var catalog: Catalog?

    /// Reads the saved profile and takes the catalog as loaded by the command.
    static func read(catalog: Catalog?) -> CurrentInputs {
        let profile: Profile?
        do { profile = try ProfileStore().load(catalog: nil) ?? Profile() } catch { profile = nil }
        return CurrentInputs(profile: profile, catalog: catalog)
    }

    /// ``SavedPlan/staleReasons(current:catalog:includeRecommended:)`` against these inputs;
    /// only the catalog is compared when the profile cannot be read.
    func staleReasons(of saved: SavedPlan) -> [String] {
        guard let profile else {
            return catalog.map { $0.fingerprint != saved.catalogFingerprint ? ["catalog changed"] : [] } ?? []
        }
        return saved.staleReasons(current: profile, catalog: catalog)
    }
}
