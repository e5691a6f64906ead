import Foundation

/// Reading CTDL's JSON-LD values: classes, language maps, references and ids.
extension CTDLConverter {
    /// What a reference (`"https://…/ce-…"`, `{"@id": …}`, or an embedded object) points at.
    enum Target {
        case node(Int)
        case embedded(JSONValue)
        case dangling(String)
    }

    func resolve(_ value: JSONValue) -> Target {
        switch value.kind {
        case .string(let reference):
            return lookUp(reference).map(Target.node) ?? .dangling(reference)
        case .object(let members):
            if let reference = Self.strings(value["@id"]).first {
                if let n = lookUp(reference) { return .node(n) }
                // `{"@id": …}` alone only points; with more members it carries the record itself.
                return members.count == 1 ? .dangling(reference) : .embedded(value)
            }
            return .embedded(value)
        default:
            return .dangling(value.typeName)
        }
    }

    /// The record with this `@id`, or whose CTID ends the URI (`…/resources/ce-…`).
    func lookUp(_ reference: String) -> Int? {
        if let n = byID[reference] { return n }
        let last = reference.split(separator: "/").last.map { $0.lowercased() } ?? ""
        return last.hasPrefix("ce-") ? byCTID[last] : nil
    }

    /// A plain string, or the English text of a language map (`en`, `en-US`, then any `en-*`, then the first language).
    func text(_ value: JSONValue?) -> String? {
        guard let value else { return nil }
        switch value.kind {
        case .string(let s):
            let trimmed = s.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        case .array(let elements):
            let parts = elements.compactMap(text)
            return parts.isEmpty ? nil : parts.joined(separator: "; ")
        case .object(let members):
            if let v = value["@value"] { return text(v) }
            let ranked = members.sorted { Self.languageRank($0.key) < Self.languageRank($1.key) }
            return ranked.lazy.compactMap { self.text($0.value) }.first
        default:
            return nil
        }
    }

    /// English first, then the rest in their own order: `en` 0, `en-US` 1, `en-*` 2, others 3.
    static func languageRank(_ key: String) -> Int {
        let k = key.lowercased()
        if k == "en" { return 0 }
        if k == "en-us" { return 1 }
        return k.hasPrefix("en-") ? 2 : 3
    }

    /// The strings of a value that is a string or an array of them.
    static func strings(_ value: JSONValue?) -> [String] {
        guard let value else { return [] }
        switch value.kind {
        case .string(let s): return [s]
        case .array(let elements): return elements.compactMap { if case .string(let s) = $0.kind { return s } else { return nil } }
        default: return []
        }
    }

    /// The elements of a value that may be a single value or an array.
    static func elements(_ value: JSONValue?) -> [JSONValue] {
        guard let value else { return [] }
        if case .array(let elements) = value.kind { return elements }
        if case .null = value.kind { return [] }
        return [value]
    }

    /// `ceterms:Course` → `Course`; a full IRI keeps its last segment.
    static func localName(_ type: String) -> String {
        String(type.split(whereSeparator: { $0 == ":" || $0 == "/" || $0 == "#" }).last ?? Substring(type))
    }

    /// The catalog type of a CTDL class, nil for a class that is not a credential.
    static func kind(ofClass name: String) -> Credential.Kind? {
        switch name {
        case "Course", "LearningOpportunityProfile": return .course
        case "LearningProgram": return .program
        case "Badge", "DigitalBadge", "OpenBadge": return .badge
        case "Certification": return .certification
        default:
            if name.hasSuffix("Degree") { return .program }
            if name.hasPrefix("Certificate") || name.hasSuffix("Certificate") { return .certificate }
            if name.hasSuffix("Credential") { return .certificate }
            return nil
        }
    }

    /// Classes that are read through the records that use them, not skipped: competencies, profiles.
    static func isSupportingClass(_ name: String) -> Bool {
        ["Competency", "ConditionProfile", "CostProfile", "DurationProfile", "CredentialAlignmentObject"].contains(name)
    }

    /// The provider kind of an organisation from its `ceterms:agentType` and class.
    static func providerKind(_ organisation: JSONValue) -> Provider.Kind {
        var words = strings(organisation["@type"])
        for element in elements(organisation["ceterms:agentType"]) {
            words += strings(element) + strings(element["ceterms:targetNode"]) + strings(element["ceterms:targetNodeName"])
        }
        let all = words.joined(separator: " ").lowercased()
        if all.contains("postsecondary") || all.contains("university") || all.contains("college") || all.contains("highereducation") { return .university }
        if all.contains("government") || all.contains("military") { return .government }
        if all.contains("business") || all.contains("employer") { return .employer }
        if all.contains("nonprofit") || all.contains("non-profit") { return .nonprofit }
        return .industry
    }

    /// `Data Analytics: Foundations` → `data-analytics-foundations`; nil when nothing is left.
    static func slug(_ text: String) -> String? {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var result = ""
        for scalar in folded.unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, !result.hasSuffix("-") {
                result += "-"
            }
            if result.utf8.count >= 60 { break }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? nil : result
    }

    /// `base`, else `base-suffix`, else `base-2`, `base-3`…: the first not yet taken (and then taken).
    static func unique(_ base: String, in taken: inout Set<String>, suffix: String?) -> String {
        var candidates = [base]
        if let suffix { candidates.append(base + "-" + suffix) }
        if let free = candidates.first(where: { !taken.contains($0) }) {
            taken.insert(free)
            return free
        }
        var n = 2
        while taken.contains("\(base)-\(n)") { n += 1 }
        taken.insert("\(base)-\(n)")
        return "\(base)-\(n)"
    }
}
