import Foundation

/// Loads a catalog directory (see `docs/CATALOG.md`) into an indexed ``Catalog``.
///
/// Every error in every file is collected; loading fails with a ``CatalogError`` listing them
/// when there is at least one. Warnings do not stop loading; ``check(directory:)`` returns them.
public enum CatalogLoader {
    /// The result of checking a catalog: the catalog when it loaded, and everything found.
    public struct Report: Sendable {
        public var catalog: Catalog?
        public var diagnostics: [Diagnostic]
        /// The entries a later layer replaced (``check(layers:warnings:)``), in layer order.
        public var replacements: [CatalogReplacement] = []
        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
        public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    }

    /// Loads a catalog, throwing when it has errors.
    public static func load(directory: String) throws(CatalogError) -> Catalog {
        let report = check(directory: directory, warnings: false)
        guard let catalog = report.catalog, report.errors.isEmpty else {
            throw CatalogError(isMissingFile: report.catalog == nil && isMissing(directory),
                               diagnostics: report.errors)
        }
        return catalog
    }

    /// Loads and validates a catalog, returning errors and (when asked) warnings; `today` is the
    /// day a credential retired without a successor is warned about.
    public static func check(directory: String, warnings: Bool = true, today: CalendarDate = .today()) -> Report {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            return Report(catalog: nil, diagnostics: [Diagnostic(.error, file: directory, message: "no such catalog directory")])
        }
        guard isDirectory.boolValue else {
            return Report(catalog: nil, diagnostics: [Diagnostic(.error, file: directory, message: "not a directory: a catalog is a directory holding catalog.json, skills.json, providers.json, roles.json and credentials/")])
        }
        let layer = readLayer(directory: directory, name: nil, prefix: "", isBase: true)
        return check(merging: [layer], warnings: warnings, today: today)
    }

    /// Reads and decodes one catalog directory, without the checks across files.
    ///
    /// The base (the first layer) must have every file; a later layer may leave any out (see
    /// `docs/CATALOG.md`, "Layers"). `prefix` goes before every file name in diagnostics.
    static func readLayer(directory: String, name: String?, prefix: String, isBase: Bool) -> Layer {
        let loading = CatalogLoading()
        loading.prefix = prefix
        loading.isOptional = !isBase
        let root = URL(fileURLWithPath: directory)

        let info = loading.readFile(root, "catalog.json").flatMap { loading.decodeInfo($0.0, $0.1) }
        let skills = loading.readFile(root, "skills.json").map { loading.decodeList($0.0, $0.1, what: "a list of skills", loading.decodeSkill) } ?? []
        let providers = loading.readFile(root, "providers.json").map { loading.decodeList($0.0, $0.1, what: "a list of providers", loading.decodeProvider) } ?? []
        let roles = loading.readFile(root, "roles.json").map { loading.decodeList($0.0, $0.1, what: "a list of roles", loading.decodeRole) } ?? []

        var credentials: [Credential] = []
        let credentialsDirectory = root.appendingPathComponent("credentials")
        if let names = try? FileManager.default.contentsOfDirectory(atPath: credentialsDirectory.path) {
            for file in names.sorted() where file.hasSuffix(".json") && !file.hasPrefix(".") {
                if let (reader, value) = loading.readFile(root, "credentials/" + file) {
                    credentials += loading.decodeList(reader, value, what: "a list of credentials", loading.decodeCredential)
                }
            }
        } else if isBase {
            loading.fileDiagnostics.append(Diagnostic(.error, file: prefix + "credentials/", message: "missing directory: a catalog keeps its credentials in credentials/*.json"))
        }
        if let name {
            for i in credentials.indices { credentials[i].layer = name }
        }
        return Layer(directory: directory, prefix: prefix, loading: loading, info: info,
                     skills: skills, providers: providers, roles: roles, credentials: credentials)
    }

    /// Merges decoded layers (later over earlier) and runs the checks across files.
    static func check(merging layers: [Layer], warnings: Bool, today: CalendarDate) -> Report {
        var merged = LayerMerge(layers)
        let base = layers[0]
        let loadings = layers.map(\.loading)
        // The planner's no-overflow argument (see Limits) counts on this bound.
        if merged.credentials.count > Limits.maxCredentials {
            base.loading.fileDiagnostics.append(Diagnostic(.error, file: base.prefix + "credentials/", message: "\(merged.credentials.count) credentials are more than a catalog may hold (at most \(Limits.maxCredentials)); split the catalog"))
        }
        merged.checkLayerInfo()

        let catalog = Catalog(info: base.info ?? Catalog.Info(name: "", version: "", currency: "USD"),
                              skills: merged.skills, providers: merged.providers, roles: merged.roles, credentials: merged.credentials)
        var duplicates: [Diagnostic] = []
        for loading in loadings {
            var perLayer = CatalogValidator(catalog: catalog, places: loading.places)
            perLayer.checkDuplicates()
            duplicates += perLayer.diagnostics
        }
        var validator = CatalogValidator(catalog: catalog, places: merged.places)
        validator.checkReferences(loadings.flatMap(\.references))
        validator.checkStacks()
        if warnings {
            validator.warnAboutCycles()
            validator.warnAboutUnmeetableRoles()
            validator.warnAboutRetiredWithoutSuccessor(today: today)
        }
        let diagnostics = loadings.flatMap(\.diagnostics) + merged.diagnostics + duplicates + validator.diagnostics
        let hasErrors = diagnostics.contains { $0.severity == .error }
        return Report(catalog: hasErrors && base.info == nil ? nil : catalog, diagnostics: diagnostics,
                      replacements: merged.replacements)
    }

    private static func isMissing(_ directory: String) -> Bool {
        !FileManager.default.fileExists(atPath: directory)
    }
}

/// Where an element was defined: its file, offset and JSON path, for messages about it.
struct Place {
    var reader: JSONReader
    var offset: Int
    var path: String
    /// The id of the element it is in, named by every diagnostic about it.
    var subject: String?

    func diagnostic(_ severity: Diagnostic.Severity, _ message: String, path extra: String = "") -> Diagnostic {
        let (line, column) = reader.source.location(of: offset)
        let fullPath = extra.isEmpty ? path : (extra.hasPrefix("[") ? path + extra : path + "." + extra)
        return Diagnostic(severity, file: reader.source.name, line: line, column: column, path: fullPath, message: message, subject: subject)
    }
}

/// A reference from one element to another by id, checked once everything is loaded.
struct Reference {
    enum Kind: String { case skill, provider, credential }
    var kind: Kind
    var id: String
    var place: Place
}

/// The mutable state of one load: readers, collected diagnostics, places and references.
final class CatalogLoading {
    var readers: [JSONReader] = []
    var fileDiagnostics: [Diagnostic] = []
    var references: [Reference] = []
    var places: [String: [String: [Place]]] = [:]
    /// Put before every file name (the layer's directory when several are loaded, else empty).
    var prefix = ""
    /// Whether a missing file is normal (a later layer), not an error.
    var isOptional = false

    /// Everything reported so far, file by file.
    var diagnostics: [Diagnostic] { fileDiagnostics + readers.flatMap(\.diagnostics) }

    /// Reads and parses one file of the catalog, or records why it could not.
    func readFile(_ root: URL, _ relative: String) -> (JSONReader, JSONValue)? {
        let bytes: [UInt8]
        switch RegularFile.read(root.appendingPathComponent(relative).path) {
        case .success(let read): bytes = read
        case .failure(.missing):
            if !isOptional {
                fileDiagnostics.append(Diagnostic(.error, file: prefix + relative, message: "missing file: every catalog needs \(relative)"))
            }
            return nil
        case .failure(.tooLarge(let limit)):
            fileDiagnostics.append(Diagnostic(.error, file: prefix + relative, message: "is larger than \(limit >> 20) MiB, more than a catalog file may be; split it"))
            return nil
        case .failure(let failure):
            fileDiagnostics.append(Diagnostic(.error, file: prefix + relative, message: failure.reason + "; a catalog file must be a JSON file"))
            return nil
        }
        let reader = JSONReader(source: JSONSource(name: prefix + relative, bytes: bytes))
        readers.append(reader)
        guard let value = reader.parse() else { return nil }
        return (reader, value)
    }

    func remember(_ kind: String, _ id: String, _ place: Place) {
        places[kind, default: [:]][id, default: []].append(place)
    }
}
