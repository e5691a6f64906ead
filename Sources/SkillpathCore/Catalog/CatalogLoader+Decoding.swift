/// Decoders from JSON values to catalog elements, reporting every problem with its path.
extension CatalogLoading {
    func decodeList<T>(_ reader: JSONReader, _ value: JSONValue, what: String,
                                _ decode: (JSONReader, JSONValue, String) -> T?) -> [T] {
        guard let elements = reader.array(value, path: "", what: what) else { return [] }
        var result: [T] = []
        result.reserveCapacity(elements.count)
        for (i, element) in elements.enumerated() {
            // Every diagnostic about this element names it: `aws-saa: [3].hours: …`.
            if case .string(let id)? = element["id"]?.kind { reader.subject = id } else { reader.subject = nil }
            if let decoded = decode(reader, element, "[\(i)]") { result.append(decoded) }
        }
        reader.subject = nil
        return result
    }

    func decodeInfo(_ reader: JSONReader, _ value: JSONValue) -> Catalog.Info? {
        guard reader.object(value, path: "", what: "the catalog's description") != nil else { return nil }
        let name = reader.string(value, "name", path: "")
        let version = reader.string(value, "version", path: "", required: false)
        let currency = reader.string(value, "currency", path: "", required: false)
        return Catalog.Info(name: name ?? "", version: version ?? "", currency: currency ?? "USD")
    }

    /// Checks an element's `id`, remembering where it was defined.
    func decodeID(_ reader: JSONReader, _ value: JSONValue, _ path: String, kind: String) -> String? {
        guard let id = reader.string(value, "id", path: path) else { return nil }
        let offset = value["id"]?.offset ?? value.offset
        if !Identifier.isValid(id) {
            reader.report(.error, at: offset, path: reader.join(path, "id"),
                          "\(kind) id \"\(id)\" must match ^[a-z0-9][a-z0-9._-]*$ (lower-case letters, digits, '.', '_', '-')")
        }
        remember(kind, id, Place(reader: reader, offset: value.offset, path: path, subject: id))
        return id
    }

    func decodeSkill(_ reader: JSONReader, _ value: JSONValue, _ path: String) -> Skill? {
        guard reader.object(value, path: path, what: "a skill") != nil else { return nil }
        let id = decodeID(reader, value, path, kind: "skill")
        let name = reader.string(value, "name", path: path)
        let category = reader.string(value, "category", path: path)
        guard let id, let name, let category else { return nil }
        return Skill(id: id, name: name, category: category,
                     description: reader.string(value, "description", path: path, required: false),
                     esco: reader.string(value, "esco", path: path, required: false),
                     onet: reader.string(value, "onet", path: path, required: false))
    }

    func decodeProvider(_ reader: JSONReader, _ value: JSONValue, _ path: String) -> Provider? {
        guard reader.object(value, path: path, what: "a provider") != nil else { return nil }
        let id = decodeID(reader, value, path, kind: "provider")
        let name = reader.string(value, "name", path: path)
        var kind: Provider.Kind?
        if let raw = reader.string(value, "kind", path: path) {
            kind = Provider.Kind(rawValue: raw)
            if kind == nil {
                reader.report(.error, at: value["kind"]!.offset, path: reader.join(path, "kind"),
                              "unknown provider kind \"\(raw)\"; use one of \(Provider.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        // Bad terms are errors of their own; the provider still loads, so its credentials' references hold.
        let subscription = decodeSubscription(reader, value, path)
        guard let id, let name, let kind else { return nil }
        return Provider(id: id, name: name, kind: kind, url: reader.string(value, "url", path: path, required: false),
                        subscription: subscription)
    }

    func decodeRole(_ reader: JSONReader, _ value: JSONValue, _ path: String) -> Role? {
        guard reader.object(value, path: path, what: "a role") != nil else { return nil }
        let id = decodeID(reader, value, path, kind: "role")
        let title = reader.string(value, "title", path: path)
        let requires = decodeConditions(reader, value, "requires", path, required: true)
        let recommends = decodeConditions(reader, value, "recommends", path, required: false)
        guard let id, let title, let requires else { return nil }
        var role = Role(id: id, title: title, onet: reader.string(value, "onet", path: path, required: false),
                        summary: reader.string(value, "summary", path: path, required: false),
                        requires: requires, recommends: recommends ?? [])
        role.level = reader.string(value, "level", path: path, required: false)
        return role
    }

    func decodeCredential(_ reader: JSONReader, _ value: JSONValue, _ path: String) -> Credential? {
        guard reader.object(value, path: path, what: "a credential") != nil else { return nil }
        let id = decodeID(reader, value, path, kind: "credential")
        let title = reader.string(value, "title", path: path)
        let provider = decodeReference(reader, value, "provider", path, kind: .provider, required: true)
        let issuer = decodeReference(reader, value, "issuer", path, kind: .provider, required: false)
        var type: Credential.Kind?
        if let raw = reader.string(value, "type", path: path) {
            type = Credential.Kind(rawValue: raw)
            if type == nil {
                reader.report(.error, at: value["type"]!.offset, path: reader.join(path, "type"),
                              "unknown credential type \"\(raw)\"; use one of \(Credential.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        let hours = reader.number(value, "hours", path: path, in: Limits.hours)
        let price = reader.number(value, "price", path: path, in: Limits.price)
        let skills = decodeSkillLevels(reader, value, path)
        let requires = decodeConditions(reader, value, "requires", path, required: false)
        let stack = decodeStack(reader, value, path)
        let weeks = reader.number(value, "weeks", path: path, required: false, in: Limits.weeks)
        let expires = reader.integer(value, "expiresMonths", path: path, required: false, in: Limits.expiresMonths)
        let retires = PlanJSON.date(reader, value, "retires", path: path, required: false)
        let successor = decodeReference(reader, value, "successor", path, kind: .credential, required: false)
        guard let id, let title, let provider, let type, let hours, let price, let skills else { return nil }
        var credential = Credential(id: id, title: title, provider: provider, issuer: issuer, type: type,
                          hours: hours, price: price, skills: skills, requires: requires ?? [], stack: stack,
                          accredited: reader.bool(value, "accredited", path: path) ?? false,
                          verifiable: reader.bool(value, "verifiable", path: path) ?? false,
                          format: reader.string(value, "format", path: path, required: false),
                          weeks: weeks, expiresMonths: expires,
                          url: reader.string(value, "url", path: path, required: false),
                          summary: reader.string(value, "summary", path: path, required: false),
                          retires: retires, successor: successor)
        decodeBadgeKeys(reader, value, path, into: &credential)
        return credential
    }

    /// The optional keys that match imported badges: `ctid` and `badgeIds` (CATALOG.md).
    func decodeBadgeKeys(_ reader: JSONReader, _ value: JSONValue, _ path: String, into credential: inout Credential) {
        credential.ctid = reader.string(value, "ctid", path: path, required: false)
        guard let list = reader.field(value, "badgeIds", path: path, required: false) else { return }
        let listPath = reader.join(path, "badgeIds")
        guard let elements = reader.array(list, path: listPath, what: "a list of badge achievement ids or URLs") else { return }
        for (i, element) in elements.enumerated() {
            guard case .string(let badgeId) = element.kind, !badgeId.isEmpty else {
                reader.report(.error, at: element.offset, path: "\(listPath)[\(i)]",
                              "expected a badge achievement id or URL (a non-empty string) but found \(element.typeName)")
                continue
            }
            credential.badgeIds.append(badgeId)
        }
    }

    func decodeReference(_ reader: JSONReader, _ value: JSONValue, _ key: String, _ path: String,
                                  kind: Reference.Kind, required: Bool) -> String? {
        guard let id = reader.string(value, key, path: path, required: required) else { return nil }
        references.append(Reference(kind: kind, id: id, place: Place(reader: reader, offset: value[key]!.offset, path: reader.join(path, key), subject: reader.subject)))
        return id
    }

    func decodeSkillLevels(_ reader: JSONReader, _ value: JSONValue, _ path: String) -> [SkillLevel]? {
        guard let list = reader.field(value, "skills", path: path, required: true) else { return nil }
        let listPath = reader.join(path, "skills")
        guard let elements = reader.array(list, path: listPath, what: "a list of {skill, level}") else { return nil }
        var result: [SkillLevel] = []
        for (i, element) in elements.enumerated() {
            let elementPath = "\(listPath)[\(i)]"
            guard reader.object(element, path: elementPath, what: "{\"skill\": id, \"level\": 1-5}") != nil else { continue }
            let skill = decodeReference(reader, element, "skill", elementPath, kind: .skill, required: true)
            let level = reader.integer(element, "level", path: elementPath, required: false, in: SkillLevel.range) ?? 1
            if let skill { result.append(SkillLevel(skill: skill, level: level)) }
        }
        return result
    }

    func decodeStack(_ reader: JSONReader, _ value: JSONValue, _ path: String) -> Credential.Stack? {
        guard let stack = reader.field(value, "stack", path: path, required: false) else { return nil }
        let stackPath = reader.join(path, "stack")
        guard reader.object(stack, path: stackPath, what: "{\"of\": [credential ids], \"count\": n}") != nil,
              let of = reader.field(stack, "of", path: stackPath, required: true),
              let parts = reader.array(of, path: reader.join(stackPath, "of"), what: "a list of credential ids") else { return nil }
        var ids: [String] = []
        for (i, part) in parts.enumerated() {
            let partPath = "\(stackPath).of[\(i)]"
            guard case .string(let id) = part.kind else {
                reader.report(.error, at: part.offset, path: partPath, "expected a credential id but found \(part.typeName)")
                continue
            }
            references.append(Reference(kind: .credential, id: id, place: Place(reader: reader, offset: part.offset, path: partPath, subject: reader.subject)))
            ids.append(id)
        }
        let count = reader.integer(stack, "count", path: stackPath, required: false, in: 0...Int(Int32.max))
        return Credential.Stack(of: ids, count: count)
    }

    func decodeConditions(_ reader: JSONReader, _ value: JSONValue, _ key: String, _ path: String, required: Bool) -> [Condition]? {
        guard let list = reader.field(value, key, path: path, required: required) else { return nil }
        let listPath = reader.join(path, key)
        guard let elements = reader.array(list, path: listPath, what: "a list of conditions") else { return nil }
        return elements.enumerated().compactMap { decodeCondition(reader, $1, "\(listPath)[\($0)]") }
    }

    /// One condition: `"cred-id"`, `{"skill", "level"}`, `{"anyOf": […]}` or `{"allOf": […]}`.
    func decodeCondition(_ reader: JSONReader, _ value: JSONValue, _ path: String) -> Condition? {
        switch value.kind {
        case .string(let id):
            references.append(Reference(kind: .credential, id: id, place: Place(reader: reader, offset: value.offset, path: path, subject: reader.subject)))
            return .credential(id)
        case .object:
            if value["skill"] != nil {
                guard let skill = decodeReference(reader, value, "skill", path, kind: .skill, required: true) else { return nil }
                let level = reader.integer(value, "level", path: path, required: false, in: SkillLevel.range) ?? 1
                return .skill(skill, level: level)
            }
            for key in ["anyOf", "allOf"] {
                guard let list = value[key] else { continue }
                let listPath = reader.join(path, key)
                guard let elements = reader.array(list, path: listPath, what: "a list of conditions") else { return nil }
                if elements.isEmpty {
                    reader.report(.warning, at: list.offset, path: listPath,
                                  key == "anyOf" ? "an empty anyOf can never hold" : "an empty allOf always holds")
                }
                let parts = elements.enumerated().compactMap { decodeCondition(reader, $1, "\(listPath)[\($0)]") }
                return key == "anyOf" ? .anyOf(parts) : .allOf(parts)
            }
            fallthrough
        default:
            reader.report(.error, at: value.offset, path: path,
                          "expected a condition: a credential id, {\"skill\": id, \"level\": n}, {\"anyOf\": [...]} or {\"allOf\": [...]}, but found \(value.typeName)")
            return nil
        }
    }
}
