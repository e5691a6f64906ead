/// One fuzz input, read from raw bytes: which file it replaces, the options a user would pick
/// next, and the file's new content.
///
/// Layout: byte 0 picks the target (``Target``), byte 1 the options (objective, pace, budget),
/// the rest is the content. Inputs shorter than two bytes are padded with zeros.
struct FuzzInput {
    /// What the content stands for.
    enum Target: Equatable {
        /// A file of the base catalog, by its path relative to the catalog directory.
        case catalogFile(String)
        /// A profile file, decoded against the base catalog.
        case profile
        /// A saved plan file, as `plans show` reads it.
        case savedPlan
    }

    var target: Target
    var options: UInt8
    var content: [UInt8]

    /// Reads an input; `catalogFiles` lists the base catalog's files in a fixed order.
    init(_ bytes: [UInt8], catalogFiles: [String]) {
        let selector = Int(bytes.first ?? 0)
        let kinds = catalogFiles.count + 2
        switch selector % kinds {
        case catalogFiles.count: target = .profile
        case catalogFiles.count + 1: target = .savedPlan
        case let i: target = .catalogFile(catalogFiles[i])
        }
        options = bytes.count > 1 ? bytes[1] : 0
        content = Array(bytes.dropFirst(2))
    }

    /// The bytes of an input that puts `content` at the target with index `selector`.
    static func encode(selector: Int, options: UInt8 = 0, content: [UInt8]) -> [UInt8] {
        [UInt8(truncatingIfNeeded: selector), options] + content
    }
}
