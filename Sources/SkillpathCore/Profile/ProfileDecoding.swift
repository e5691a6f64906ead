import Foundation

/// Reads a profile (PLANNING.md's format plus `targetRole`) from JSON, and checks it against a catalog.
///
/// Every problem is reported with the file, the JSON path and the line:column, and unknown ids
/// come with a "did you mean" when a catalog id is close.
public enum ProfileDecoding {
    /// The keys a profile may have.
    public static let keys = ["skills", "earned", "hoursPerWeek", "startDate", "objective", "hourValue",
                              "budget", "excludeProviders", "accreditedOnly", "targetRole", "require", "avoid",
                              "onlyProviders", "maxHours", "deadline", "unverified"]

    /// The result of reading a profile: the profile when it has no errors, and everything found.
    public struct Result: Sendable {
        public var profile: Profile?
        public var diagnostics: [Diagnostic]
        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
        public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    }

    /// Reads a profile file. A missing file throws a ``CatalogError`` with `isMissingFile`;
    /// a file with errors throws one listing them all. Warnings (unknown keys) are returned.
    ///
    /// - Parameters:
    ///   - path: the file to read.
    ///   - catalog: when given, skill, credential, provider and role ids must exist in it.
    public static func load(file path: String, catalog: Catalog?) throws(CatalogError) -> (profile: Profile, warnings: [Diagnostic]) {
        let bytes: [UInt8]
        switch RegularFile.read(path) {
        case .success(let read): bytes = read
        case .failure(.missing):
            throw CatalogError(isMissingFile: true, diagnostics: [Diagnostic(.error, file: path, message: "no such profile file")])
        case .failure(let failure):
            throw CatalogError(diagnostics: [Diagnostic(.error, file: path, message: failure.reason + "; name a profile JSON file")])
        }
        let result = decode(JSONSource(name: path, bytes: bytes), catalog: catalog)
        guard let profile = result.profile else { throw CatalogError(diagnostics: result.diagnostics) }
        return (profile, result.warnings)
    }

    /// Decodes a profile from JSON text.
    public static func decode(_ source: JSONSource, catalog: Catalog?) -> Result {
        let reader = JSONReader(source: source)
        guard let value = reader.parse() else { return Result(profile: nil, diagnostics: reader.diagnostics) }
        let profile = decode(reader, value, path: "", catalog: catalog)
        return Result(profile: reader.hasErrors ? nil : profile, diagnostics: reader.diagnostics)
    }

    /// Decodes a profile object found at `path` of a larger document (a saved plan keeps one).
    static func decode(_ reader: JSONReader, _ value: JSONValue, path: String, catalog: Catalog?) -> Profile? {
        guard let members = reader.object(value, path: path, what: "a profile") else { return nil }
        var profile = Profile()
        for member in members where !keys.contains(member.key) {
            var message = "unknown profile key \"\(member.key)\" is ignored"
            if let near = Identifier.suggestion(for: member.key, among: keys) { message += " (did you mean \"\(near)\"?)" }
            reader.report(.warning, at: member.keyOffset, path: path, message)
        }
        if let skills = reader.field(value, "skills", path: path, required: false) {
            let skillsPath = reader.join(path, "skills")
            if let entries = reader.object(skills, path: skillsPath, what: "skill levels, e.g. {\"sql\": 2}") {
                for entry in entries {
                    let entryPath = reader.join(skillsPath, entry.key)
                    check(reader, entry.key, at: entry.keyOffset, path: entryPath, kind: "skill", known: catalog?.skillIndex)
                    // Any whole number here; its range is checked with the others by Profile.validate().
                    if let level = reader.integer(entry.value, path: entryPath, in: Int(Int32.min)...Int(Int32.max)) {
                        profile.skills[entry.key] = level
                    }
                }
            }
        }
        if let earned = ids(reader, value, "earned", path: path, kind: "credential", known: catalog?.credentialIndex) {
            profile.earned = earned
        }
        if let hours = PlanJSON.number(reader, value, "hoursPerWeek", path: path, required: false) { profile.hoursPerWeek = hours }
        profile.startDate = PlanJSON.date(reader, value, "startDate", path: path, required: false)
        if let raw = reader.string(value, "objective", path: path, required: false) {
            if let objective = Objective(rawValue: raw) { profile.objective = objective } else {
                reader.report(.error, at: value["objective"]!.offset, path: reader.join(path, "objective"),
                              "unknown objective \"\(raw)\"; use cost, time or balanced")
            }
        }
        if let hourValue = PlanJSON.number(reader, value, "hourValue", path: path, required: false) { profile.hourValue = hourValue }
        profile.budget = PlanJSON.number(reader, value, "budget", path: path, required: false)
        if let excluded = ids(reader, value, "excludeProviders", path: path, kind: "provider", known: catalog?.providerIndex) {
            profile.excludeProviders = excluded
        }
        if let only = ids(reader, value, "onlyProviders", path: path, kind: "provider", known: catalog?.providerIndex) {
            profile.onlyProviders = only
        }
        profile.maxHours = PlanJSON.number(reader, value, "maxHours", path: path, required: false)
        profile.deadline = PlanJSON.date(reader, value, "deadline", path: path, required: false)
        profile.accreditedOnly = reader.bool(value, "accreditedOnly", path: path) ?? false
        if let role = reader.string(value, "targetRole", path: path, required: false) {
            check(reader, role, at: value["targetRole"]!.offset, path: reader.join(path, "targetRole"), kind: "role", known: catalog?.roleIndex)
            profile.targetRole = role
        }
        if let required = ids(reader, value, "require", path: path, kind: "credential", known: catalog?.credentialIndex) {
            profile.require = required
        }
        if let avoided = ids(reader, value, "avoid", path: path, kind: "credential", known: catalog?.credentialIndex) {
            profile.avoid = avoided
        }
        if let unverified = ids(reader, value, "unverified", path: path, kind: "credential", known: catalog?.credentialIndex) {
            profile.unverified = unverified
        }
        report(profile.validate(), in: value, path: path, reader: reader)
        return profile
    }

    /// Reports each value out of range where it stands in the file.
    private static func report(_ problems: [ProfileProblem], in value: JSONValue, path: String, reader: JSONReader) {
        for problem in problems {
            var offset = value[problem.key]?.offset ?? value.offset
            if let skill = problem.skill, case .object(let members)? = value[problem.key]?.kind,
               let member = members.first(where: { $0.key == skill }) {
                offset = member.value.offset
            }
            reader.report(.error, at: offset, path: reader.join(path, problem.path), problem.message)
        }
    }

    /// A list of ids, each checked against the catalog.
    private static func ids(_ reader: JSONReader, _ value: JSONValue, _ key: String, path: String,
                            kind: String, known: [String: Int]?) -> [String]? {
        guard let list = reader.field(value, key, path: path, required: false) else { return nil }
        let listPath = reader.join(path, key)
        guard let elements = reader.array(list, path: listPath, what: "a list of \(kind) ids") else { return nil }
        var result: [String] = []
        for (i, element) in elements.enumerated() {
            guard case .string(let id) = element.kind else {
                reader.report(.error, at: element.offset, path: "\(listPath)[\(i)]", "expected a \(kind) id but found \(element.typeName)")
                continue
            }
            check(reader, id, at: element.offset, path: "\(listPath)[\(i)]", kind: kind, known: known)
            if !result.contains(id) { result.append(id) }
        }
        return result
    }

    /// Reports an id the catalog does not have, with the closest known id.
    private static func check(_ reader: JSONReader, _ id: String, at offset: Int, path: String, kind: String, known: [String: Int]?) {
        guard let known, known[id] == nil else { return }
        reader.report(.error, at: offset, path: path, unknownMessage(kind: kind, id: id, known: known.keys))
    }

    /// `unknown skill "sqll" (did you mean "sql"?)`, or a hint where to look when nothing is close.
    public static func unknownMessage(kind: String, id: String, known: some Sequence<String>) -> String {
        var message = "unknown \(kind) \"\(id)\""
        if let near = Identifier.suggestion(for: id, among: known) {
            message += " (did you mean \"\(near)\"?)"
        } else {
            switch kind {
            case "role": message += "; `skillpath roles` lists them"
            case "credential": message += "; `skillpath catalog search TEXT` finds ids"
            case "skill": message += "; `skillpath catalog search TEXT` finds skill ids"
            case "provider": message += "; `skillpath catalog list` shows providers"
            default: break
            }
        }
        return message
    }
}
