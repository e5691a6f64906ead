import Foundation

/// Loading several catalog directories as one: later layers over earlier ones.
///
/// The first directory is the base, a whole catalog. Each later one is a layer that may hold any
/// of the catalog's files (see `docs/CATALOG.md`, "Layers"): its skills, providers, roles and
/// credentials are added, and an entry with the id of an earlier layer's entry replaces it in
/// place (reported in ``Report/replacements``). References may point into any layer. Every
/// diagnostic names its file with the layer's directory (`my-layer/credentials/a.json:3:5: …`).
extension CatalogLoader {
    /// Loads layered catalogs, throwing when any layer has errors. One directory loads as ``load(directory:)``.
    public static func load(layers directories: [String]) throws(CatalogError) -> Catalog {
        if directories.count == 1 { return try load(directory: directories[0]) }
        let report = check(layers: directories, warnings: false)
        guard let catalog = report.catalog, report.errors.isEmpty else {
            throw CatalogError(isMissingFile: report.catalog == nil && directories.contains { !FileManager.default.fileExists(atPath: $0) },
                               diagnostics: report.errors)
        }
        return catalog
    }

    /// Loads and validates layered catalogs, returning errors, warnings and the replaced entries.
    /// One directory checks as ``check(directory:warnings:today:)`` (file names relative to it, no layer names).
    public static func check(layers directories: [String], warnings: Bool = true, today: CalendarDate = .today()) -> Report {
        guard directories.count > 1 else {
            return directories.first.map { check(directory: $0, warnings: warnings, today: today) }
                ?? Report(catalog: nil, diagnostics: [Diagnostic(.error, file: "", message: "no catalog directory given")])
        }
        var missing: [Diagnostic] = []
        for directory in directories {
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
                missing.append(Diagnostic(.error, file: directory, message: "no such catalog directory"))
            } else if !isDirectory.boolValue {
                missing.append(Diagnostic(.error, file: directory, message: "not a directory: a catalog layer is a directory holding some of catalog.json, skills.json, providers.json, roles.json and credentials/"))
            }
        }
        guard missing.isEmpty else { return Report(catalog: nil, diagnostics: missing) }
        let layers = directories.enumerated().map { i, directory in
            readLayer(directory: directory, name: layerName(directory), prefix: directory.hasSuffix("/") ? directory : directory + "/", isBase: i == 0)
        }
        return check(merging: layers, warnings: warnings, today: today)
    }

    /// A layer's name: its directory's last component (`Catalog`, `10-employer`).
    public static func layerName(_ directory: String) -> String {
        let name = URL(fileURLWithPath: directory).standardizedFileURL.lastPathComponent
        return name.isEmpty ? directory : name
    }

    /// One catalog directory, decoded but not yet merged with the others.
    struct Layer {
        var directory: String
        /// What goes before its files' names in diagnostics.
        var prefix: String
        var loading: CatalogLoading
        /// From its `catalog.json`, when it has one.
        var info: Catalog.Info?
        var skills: [Skill]
        var providers: [Provider]
        var roles: [Role]
        var credentials: [Credential]

        /// Whether the layer held none of a catalog's files.
        var isEmpty: Bool {
            info == nil && skills.isEmpty && providers.isEmpty && roles.isEmpty && credentials.isEmpty && loading.readers.isEmpty
        }
    }
}

/// The merge of layers: each kind of entry in first-appearance order, a later layer's entry
/// taking the place of an earlier one with its id.
struct LayerMerge {
    let layers: [CatalogLoader.Layer]
    var skills: [Skill] = []
    var providers: [Provider] = []
    var roles: [Role] = []
    var credentials: [Credential] = []
    /// Where each entry now in the catalog was defined, by kind and id (for the checks across files).
    var places: [String: [String: [Place]]] = [:]
    var replacements: [CatalogReplacement] = []
    var diagnostics: [Diagnostic] = []

    init(_ layers: [CatalogLoader.Layer]) {
        self.layers = layers
        skills = merge("skill", \.skills, id: \.id)
        providers = merge("provider", \.providers, id: \.id)
        roles = merge("role", \.roles, id: \.id)
        credentials = merge("credential", \.credentials, id: \.id)
    }

    private mutating func merge<T>(_ kind: String, _ entries: KeyPath<CatalogLoader.Layer, [T]>, id: KeyPath<T, String>) -> [T] {
        var result: [T] = []
        var position: [String: (index: Int, layer: Int)] = [:]
        var kindPlaces: [String: [Place]] = [:]
        for (l, layer) in layers.enumerated() {
            let layerPlaces = layer.loading.places[kind] ?? [:]
            for entry in layer[keyPath: entries] {
                let key = entry[keyPath: id]
                guard let earlier = position[key] else {
                    position[key] = (result.count, l)
                    result.append(entry)
                    kindPlaces[key] = layerPlaces[key]
                    continue
                }
                // Twice in one layer is a duplicate, reported by the layer's own check.
                guard earlier.layer < l else { continue }
                if let new = layerPlaces[key]?.first, let old = kindPlaces[key]?.first {
                    replacements.append(CatalogReplacement(kind: kind, id: key, by: new.diagnostic(.warning, ""), replaced: old.diagnostic(.warning, "")))
                }
                result[earlier.index] = entry
                position[key] = (earlier.index, l)
                kindPlaces[key] = layerPlaces[key]
            }
        }
        // Ids defined without a decodable entry keep their places, so their diagnostics still have one.
        for layer in layers {
            for (key, defined) in layer.loading.places[kind] ?? [:] where kindPlaces[key] == nil { kindPlaces[key] = defined }
        }
        places[kind] = kindPlaces
        return result
    }

    /// A later layer's own `catalog.json` may name it, but its prices must be in the base's currency;
    /// a layer with no catalog file at all is worth a warning.
    mutating func checkLayerInfo() {
        guard let base = layers.first else { return }
        for layer in layers.dropFirst() {
            if layer.isEmpty {
                diagnostics.append(Diagnostic(.warning, file: layer.directory, message: "this layer holds none of catalog.json, skills.json, providers.json, roles.json or credentials/*.json, so it adds nothing"))
            }
            if let info = layer.info, let baseInfo = base.info, info.currency != baseInfo.currency {
                diagnostics.append(Diagnostic(.error, file: layer.prefix + "catalog.json", path: "currency",
                                              message: "the layer's currency \(info.currency) is not the base catalog's \(baseInfo.currency) (\(base.prefix)catalog.json); give the layer's prices in \(baseInfo.currency), or leave currency out"))
            }
        }
    }
}
