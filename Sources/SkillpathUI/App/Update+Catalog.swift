import SkillpathCore

/// The Catalog screen's search, filters, order and earned marks.
extension AppState {
    /// The credential under the Catalog screen's cursor.
    var selectedCredential: Credential? {
        let results = catalogView.results
        guard results.indices.contains(catalogView.cursor.selection) else { return nil }
        return catalog.credentials[results[catalogView.cursor.selection]]
    }

    mutating func runCatalog(_ command: Command, _ fx: inout [Effect]) {
        switch command {
        case .filterProvider:
            let items = [Picker.Item(id: "", label: "Any provider", detail: "", checked: nil)]
                + catalog.providers.sorted { $0.name.lowercased() < $1.name.lowercased() }
                    .map { Picker.Item(id: $0.id, label: $0.name, detail: $0.kind.rawValue, checked: nil) }
            modal = .picker(Picker(purpose: .filterProvider, title: "Filter by provider", items: items))
        case .filterType:
            let items = [Picker.Item(id: "", label: "Any type", detail: "", checked: nil)]
                + Credential.Kind.allCases.map { Picker.Item(id: $0.rawValue, label: $0.rawValue, detail: "", checked: nil) }
            modal = .picker(Picker(purpose: .filterType, title: "Filter by type", items: items))
        case .filterCategory:
            let items = [Picker.Item(id: "", label: "Any skill category", detail: "", checked: nil)]
                + index.allCategories.map { Picker.Item(id: $0, label: $0, detail: "", checked: nil) }
            modal = .picker(Picker(purpose: .filterCategory, title: "Filter by skill category", items: items))
        case .toggleAccredited:
            catalogView.filter.accreditedOnly.toggle()
            refreshCatalogResults()
        case .maxPrice:
            let current = catalogView.filter.maxPrice.map(formatNumber) ?? ""
            modal = .prompt(Prompt(purpose: .maxPrice, title: "Maximum price (\(catalog.info.currency), programmes with their parts; empty for no limit)", text: current))
        case .maxHours:
            let current = catalogView.filter.maxHours.map(formatNumber) ?? ""
            modal = .prompt(Prompt(purpose: .maxHours, title: "Maximum hours (programmes with their parts; empty for no limit)", text: current))
        case .clearFilters:
            catalogView.filter = CatalogFilter()
            catalogView.search = ""
            catalogView.searching = false
            refreshCatalogResults()
            status = "Filters and search cleared."
        case .toggleEarned:
            guard let credential = selectedCredential else { return }
            if let i = profile.earned.firstIndex(of: credential.id) {
                profile.earned.remove(at: i)
                profile.unverified.removeAll { $0 == credential.id }
                status = "“\(TextWidth.sanitized(credential.title))” is no longer marked earned."
            } else {
                profile.earned.append(credential.id)
                status = "Marked “\(TextWidth.sanitized(credential.title))” earned."
            }
            profileChanged(&fx)
        default:
            break
        }
    }

    /// Recomputes the list after the search, filter or order changed, keeping the selected
    /// credential selected when it is still listed (or going to the top when asked).
    mutating func refreshCatalogResults(resetSelection: Bool = false, narrowing: Bool = false) {
        let selected = catalogView.results.indices.contains(catalogView.cursor.selection)
            ? catalogView.results[catalogView.cursor.selection] : nil
        catalogView.results = index.results(in: catalog, search: catalogView.search, filter: catalogView.filter,
                                            sort: catalogView.sort, descending: catalogView.descending,
                                            within: narrowing ? catalogView.results : nil)
        if !resetSelection, let selected, let position = catalogView.results.firstIndex(of: selected) {
            catalogView.cursor.selection = position
        } else {
            catalogView.cursor = ListCursor()
        }
        catalogView.cursor.clamp(count: catalogView.results.count, visible: Layout(self).catalog.list.height)
    }
}

/// A number without a needless `.0`: 5, 7.5.
func formatNumber(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
}
