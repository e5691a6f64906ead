import Foundation

/// Writing a whole catalog directory in place of another, safely.
extension CatalogWriter {
    /// Why a catalog directory was not written.
    public enum InstallError: Error, Sendable, CustomStringConvertible {
        case notEmpty(String)
        case notADirectory(String)
        case notACatalog(String)
        case io(String, String)

        public var description: String {
            switch self {
            case .notEmpty(let path):
                return "\(path) is not empty; give --replace to replace it, or name a new folder"
            case .notADirectory(let path):
                return "\(path) is a file, not a folder; name a folder for the catalog"
            case .notACatalog(let path):
                return "\(path) is not a catalog folder (it has no catalog.json); it was left as it is: name a new folder"
            case .io(let path, let message):
                return "cannot write \(path): \(message)"
            }
        }
    }

    /// Writes `catalog` as the directory `path`: first beside it, then moved into place, so that a
    /// failure leaves no half catalog. An existing non-empty directory is replaced only with
    /// `replace`, and only when it is a catalog (has `catalog.json`).
    public static func install(_ catalog: Catalog, at path: String, replace: Bool) throws(InstallError) {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists, !isDirectory.boolValue { throw .notADirectory(path) }
        let isEmpty = exists ? ((try? fm.contentsOfDirectory(atPath: path))?.isEmpty ?? false) : true
        if !isEmpty {
            if !replace { throw .notEmpty(path) }
            if !fm.fileExists(atPath: path + "/catalog.json") { throw .notACatalog(path) }
        }
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let parent = url.deletingLastPathComponent().path
        let token = UUID().uuidString
        let staging = parent + "/." + url.lastPathComponent + ".partial-" + token
        let old = parent + "/." + url.lastPathComponent + ".old-" + token
        do {
            try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
            try write(catalog, to: staging)
            if exists { try fm.moveItem(atPath: url.path, toPath: old) }
            try fm.moveItem(atPath: staging, toPath: url.path)
            if exists { try fm.removeItem(atPath: old) }
        } catch {
            try? fm.removeItem(atPath: staging)
            if exists, !fm.fileExists(atPath: url.path) { try? fm.moveItem(atPath: old, toPath: url.path) }
            throw .io(path, (error as NSError).localizedDescription)
        }
    }
}
