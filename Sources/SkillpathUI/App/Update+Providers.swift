import SkillpathCore

/// The Profile screen's provider settings: only these providers (a multi-select applied with
/// Enter) and excluded providers (each toggle saved at once).
extension AppState {
    /// Every provider of the catalog by name, ticked where `ticked` holds its id.
    func providerItems(ticked: [String]) -> [Picker.Item] {
        let set = Set(ticked)
        return catalog.providers.sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }.map {
            Picker.Item(id: $0.id, label: $0.name, detail: $0.kind.rawValue, checked: set.contains($0.id))
        }
    }

    /// Opens the picker of the providers plans may use (none ticked: any provider).
    mutating func openOnlyProvidersPicker() {
        modal = .picker(Picker(purpose: .onlyProviders, title: "Only these providers (type to filter, Space ticks, Enter applies)",
                               items: providerItems(ticked: profile.onlyProviders)))
    }

    /// Applies a multi-select picker's ticks to the profile, which is saved and re-planned.
    mutating func applyTicks(of picker: Picker, _ fx: inout [Effect]) {
        modal = nil
        guard picker.purpose == .onlyProviders else { return }
        let ids = picker.checkedIDs
        guard ids != profile.onlyProviders else { status = "Only these providers: unchanged."; return }
        profile.onlyProviders = ids
        profileChanged(&fx)
        status = ids.isEmpty ? "Plans may use any provider." : "Plans use only these \(ids.count) of \(picker.items.count) providers."
    }

    /// The Profile row's text: the providers by name, or "any".
    var onlyProvidersText: String {
        let names = profile.onlyProviders.map { catalog.provider($0)?.name ?? $0 }
        return names.isEmpty ? "any provider" : "\(names.count) of \(catalog.providers.count): " + names.joined(separator: ", ")
    }
}
