import Foundation

/// Converts Credential Engine CTDL JSON-LD records into a catalog, by the mapping of
/// `shared/spec/INTEROP.md` ("Registries: CTDL").
///
/// Input documents hold a single record, an `@graph` of records, or a JSON array of records.
/// Credential classes become credentials, organisations become providers and `ceterms:teaches`
/// competencies become skills; everything else the mapping cannot carry is reported as a
/// warning that names the file, line:column, JSON path and record.
public enum CTDLImport {
    /// One JSON-LD document: its name as messages show it, and its bytes.
    public struct Document: Sendable {
        public var name: String
        public var bytes: [UInt8]
        public init(name: String, bytes: [UInt8]) { self.name = name; self.bytes = bytes }
    }

    /// What an import made, and what it reported and left out.
    public struct Result: Sendable {
        /// The converted catalog (roles empty).
        public var catalog: Catalog
        /// Errors (a document that is not JSON) and warnings (whatever was dropped or estimated).
        public var diagnostics: [Diagnostic]
        /// Records read, over every document.
        public var records: Int
        /// Records of classes that are neither credentials, organisations nor competencies, by class.
        public var skippedClasses: [String: Int]
        /// References to records outside the input, dropped.
        public var droppedReferences: Int
        /// Conditions without targets, kept only as summary text.
        public var textConditions: Int

        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
        public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    }

    /// Study hours a week assumed to turn a duration in weeks (`P6W`, `P3M`) into `hours`.
    public static let hoursPerWeek = 10.0
    /// The level granted in each skill a credential `ceterms:teaches` (3, "working").
    public static let taughtLevel = 3
    /// The provider of records that name no organisation in the input.
    public static let unknownProvider = Provider(id: "unknown-provider", name: "Unknown provider", kind: .industry)

    /// Converts the documents; never fails (a bad document is an error diagnostic, and the rest convert).
    public static func convert(_ documents: [Document]) -> Result {
        let converter = CTDLConverter()
        for document in documents { converter.add(document) }
        return converter.result()
    }

    /// Reads the files named, and the `.json` / `.jsonld` files of the folders named (in name order).
    ///
    /// - Throws: ``CatalogError`` with `isMissingFile` for a path that does not exist or cannot be read.
    public static func documents(at paths: [String]) throws(CatalogError) -> [Document] {
        var documents: [Document] = []
        var problems: [Diagnostic] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(Diagnostic(.error, file: path, message: "does not exist; give a CTDL JSON-LD file or a folder of them"))
                continue
            }
            var files = [path]
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files = names.filter { $0.hasSuffix(".json") || $0.hasSuffix(".jsonld") }.sorted().map { path + "/" + $0 }
                if files.isEmpty {
                    problems.append(Diagnostic(.error, file: path, message: "holds no .json or .jsonld file; give a folder of CTDL JSON-LD records"))
                }
            }
            for file in files {
                switch RegularFile.read(file) {
                case .success(let bytes): documents.append(Document(name: file, bytes: bytes))
                case .failure(let failure): problems.append(Diagnostic(.error, file: file, message: failure.reason))
                }
            }
        }
        if !problems.isEmpty { throw CatalogError(isMissingFile: true, diagnostics: problems) }
        return documents
    }
}
