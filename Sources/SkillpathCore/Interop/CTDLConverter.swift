import Foundation

/// The state of one CTDL import: every record read, indexed by `@id` and CTID, and the catalog
/// elements made from them. ``CTDLImport/convert(_:)`` drives it.
final class CTDLConverter {
    /// A top-level record of one document.
    struct Node {
        var value: JSONValue
        var source: Int
        var path: String
        /// The class names without their prefix: `Course`, `CredentialOrganization`.
        var classes: [String]
        var kind: Credential.Kind?
        var isOrganization: Bool { classes.contains { $0.hasSuffix("Organization") } }
    }

    /// Where something was found, for a warning.
    struct Place {
        var source: Int
        var offset: Int
        var path: String
        var subject: String?
    }

    var sources: [JSONSource] = []
    var nodes: [Node] = []
    var byID: [String: Int] = [:]
    var byCTID: [String: Int] = [:]
    var diagnostics: [Diagnostic] = []
    var skippedClasses: [String: Int] = [:]
    var droppedReferences = 0
    var textConditions = 0

    /// Catalog ids given so far: credentials by node, providers by key (`@id` or name), skills by name.
    var credentialIDs: [Int: String] = [:]
    var takenCredentialIDs: Set<String> = []
    var providers: [Provider] = []
    var providerByKey: [String: String] = [:]
    var takenProviderIDs: Set<String> = []
    var skills: [Skill] = []
    var skillByName: [String: String] = [:]
    var takenSkillIDs: Set<String> = []
    var currency: String?

    // MARK: Reading

    func add(_ document: CTDLImport.Document) {
        let source = sources.count
        sources.append(JSONSource(name: document.name, bytes: document.bytes))
        let root: JSONValue
        do { root = try JSONParser.parse(document.bytes) } catch {
            let (line, column) = sources[source].location(of: error.offset)
            diagnostics.append(Diagnostic(.error, file: document.name, line: line, column: column,
                                          message: error.message + "; fix the JSON and import again"))
            return
        }
        if case .array(let elements)? = root["@graph"]?.kind {
            for (i, element) in elements.enumerated() { addNode(element, source: source, path: "@graph[\(i)]") }
        } else if case .array(let elements) = root.kind {
            for (i, element) in elements.enumerated() { addNode(element, source: source, path: "[\(i)]") }
        } else {
            addNode(root, source: source, path: "")
        }
    }

    func addNode(_ value: JSONValue, source: Int, path: String) {
        guard case .object = value.kind else {
            warn(Place(source: source, offset: value.offset, path: path), "expected a CTDL record (an object) but found \(value.typeName); skipped")
            return
        }
        let classes = Self.strings(value["@type"]).map(Self.localName)
        var node = Node(value: value, source: source, path: path, classes: classes)
        node.kind = classes.lazy.compactMap(Self.kind(ofClass:)).first
        let index = nodes.count
        let ctid = Self.strings(value["ceterms:ctid"]).first?.lowercased()
        if let id = Self.strings(value["@id"]).first {
            if byID[id] != nil {
                warn(Place(source: source, offset: value.offset, path: path, subject: ctid), "a second record with @id \(id); the first one is kept")
                return
            }
            byID[id] = index
        }
        if let ctid {
            if byCTID[ctid] != nil {
                if let id = Self.strings(value["@id"]).first { byID[id] = nil }
                warn(Place(source: source, offset: value.offset, path: path, subject: ctid), "a second record with CTID \(ctid); the first one is kept")
                return
            }
            byCTID[ctid] = index
        }
        nodes.append(node)
    }

    // MARK: Converting

    func result() -> CTDLImport.Result {
        for (index, node) in nodes.enumerated() where node.kind != nil { credentialIDs[index] = newCredentialID(node) }
        var built: [(credential: Credential, place: Place, facts: CostFacts)] = []
        for (index, node) in nodes.enumerated() {
            if node.kind != nil {
                built.append(credential(index))
            } else if !node.isOrganization && !node.classes.contains(where: Self.isSupportingClass) {
                let name = node.classes.first ?? "(no @type)"
                skippedClasses[name, default: 0] += 1
            }
        }
        let credentials = settleTotals(built)
        let info = Catalog.Info(name: "CTDL import", version: "1", currency: currency ?? "USD")
        let catalog = Catalog(info: info, skills: skills, providers: providers, roles: [], credentials: credentials)
        return CTDLImport.Result(catalog: catalog, diagnostics: diagnostics, records: nodes.count,
                                 skippedClasses: skippedClasses, droppedReferences: droppedReferences,
                                 textConditions: textConditions)
    }

    /// Builds the credential of one record, with its own stated cost and duration.
    func credential(_ index: Int) -> (credential: Credential, place: Place, facts: CostFacts) {
        let node = nodes[index]
        let id = credentialIDs[index]!
        let value = node.value
        let ctid = Self.strings(value["ceterms:ctid"]).first
        let place = Place(source: node.source, offset: value.offset, path: node.path, subject: id)
        var title = text(value["ceterms:name"])
        if title == nil {
            warn(place, "no ceterms:name; the title is its id")
            title = id
        }
        var summary: [String] = []
        if let description = text(value["ceterms:description"]) { summary.append(description) }
        let (provider, issuer) = organisations(value, place)
        let stack = stackParts(index, place, summary: &summary)
        let requires = entryConditions(value, place, summary: &summary)
        recommendations(value, place, summary: &summary)
        let facts = costFacts(value, place)
        let credential = Credential(id: id, title: title!, provider: provider, issuer: issuer, type: node.kind!,
                                    hours: facts.hours ?? 0, price: facts.price ?? 0, skills: taughtSkills(value, place),
                                    requires: requires, stack: stack.isEmpty ? nil : Credential.Stack(of: stack),
                                    weeks: facts.weeks, url: Self.strings(value["ceterms:subjectWebpage"]).first,
                                    summary: summary.isEmpty ? nil : summary.joined(separator: "\n\n"), ctid: ctid)
        if stack.isEmpty, facts.weeks == nil, facts.hours == nil {
            warn(place, "no ceterms:estimatedDuration; hours set to 0")
        }
        return (credential, place, facts)
    }

    /// `ceterms:offeredBy` is where it is taken (the provider); `ceterms:ownedBy`, when another
    /// organisation, awards it (the issuer). Either alone is the provider.
    func organisations(_ value: JSONValue, _ place: Place) -> (provider: String, issuer: String?) {
        let offered = firstProvider(value, "ceterms:offeredBy", place)
        let owned = firstProvider(value, "ceterms:ownedBy", place)
        switch (offered, owned) {
        case (let o?, let w?): return (o, w == o ? nil : w)
        case (let o?, nil): return (o, nil)
        case (nil, let w?): return (w, nil)
        case (nil, nil):
            warn(place, "no ceterms:offeredBy or ceterms:ownedBy organisation in the input; provider set to \(CTDLImport.unknownProvider.id)")
            return (provider(key: "", name: nil, kind: nil, url: nil), nil)
        }
    }

    func firstProvider(_ value: JSONValue, _ key: String, _ place: Place) -> String? {
        for (i, element) in Self.elements(value[key]).enumerated() {
            let here = place.at(element, key + "[\(i)]")
            switch resolve(element) {
            case .node(let n) where nodes[n].isOrganization:
                let org = nodes[n].value
                let orgKey = Self.strings(org["@id"]).first ?? "node:\(n)"
                return provider(key: orgKey, name: text(org["ceterms:name"]), kind: Self.providerKind(org),
                                url: Self.strings(org["ceterms:subjectWebpage"]).first)
            case .node(let n):
                warn(here, "refers to a \(nodes[n].classes.first ?? "record"), not an organisation; dropped")
            case .embedded(let org):
                guard let name = text(org["ceterms:name"]) else {
                    warn(here, "an organisation without ceterms:name; dropped")
                    continue
                }
                return provider(key: Self.strings(org["@id"]).first ?? "name:" + name, name: name, kind: Self.providerKind(org),
                                url: Self.strings(org["ceterms:subjectWebpage"]).first)
            case .dangling(let reference):
                dropReference(here, reference)
            }
        }
        return nil
    }

    /// The provider id for an organisation, made on first sight (`key` empty: the unknown provider).
    func provider(key: String, name: String?, kind: Provider.Kind?, url: String?) -> String {
        if let id = providerByKey[key] { return id }
        var made = CTDLImport.unknownProvider
        if !key.isEmpty {
            let base = Self.slug(name ?? "") ?? "provider"
            made = Provider(id: Self.unique(base, in: &takenProviderIDs, suffix: nil), name: name ?? base, kind: kind ?? .industry, url: url)
        } else {
            takenProviderIDs.insert(made.id)
        }
        providerByKey[key] = made.id
        providers.append(made)
        return made.id
    }

    /// The skills of `ceterms:teaches`: alignment objects (`targetNodeName`) or competency records.
    func taughtSkills(_ value: JSONValue, _ place: Place) -> [SkillLevel] {
        var result: [SkillLevel] = []
        for (i, element) in Self.elements(value["ceterms:teaches"]).enumerated() {
            let here = place.at(element, "ceterms:teaches[\(i)]")
            var competency: JSONValue?
            switch resolve(element) {
            case .node(let n): competency = nodes[n].value
            case .embedded(let object): competency = object
            case .dangling(let reference): dropReference(here, reference)
            }
            guard let competency else { continue }
            let name = text(competency["ceterms:targetNodeName"]) ?? text(competency["ceasn:competencyLabel"])
                ?? text(competency["ceasn:competencyText"]) ?? text(competency["ceterms:name"])
            guard let name else {
                warn(here, "a competency without a name (ceterms:targetNodeName or ceasn:competencyText); dropped")
                continue
            }
            let skill = self.skill(named: name, category: text(competency["ceterms:frameworkName"]),
                              node: Self.strings(competency["ceterms:targetNode"]).first)
            if !result.contains(where: { $0.skill == skill }) { result.append(SkillLevel(skill: skill, level: CTDLImport.taughtLevel)) }
        }
        return result
    }

    func skill(named name: String, category: String?, node: String?) -> String {
        let key = name.lowercased()
        if let id = skillByName[key] { return id }
        let id = Self.unique(Self.slug(name) ?? "skill", in: &takenSkillIDs, suffix: nil)
        let esco = node.flatMap { $0.contains("data.europa.eu/esco") ? $0 : nil }
        skills.append(Skill(id: id, name: name, category: category ?? "Imported", esco: esco))
        skillByName[key] = id
        return id
    }

    /// A catalog id from the record's name, else its CTID; made unique with the CTID's start or a number.
    func newCredentialID(_ node: Node) -> String {
        let ctid = Self.strings(node.value["ceterms:ctid"]).first?.lowercased()
        let base = text(node.value["ceterms:name"]).flatMap(Self.slug) ?? ctid.flatMap(Self.slug) ?? "record"
        let suffix = ctid.map { String($0.hasPrefix("ce-") ? $0.dropFirst(3).prefix(8) : $0.prefix(8)) }
        return Self.unique(base, in: &takenCredentialIDs, suffix: suffix.flatMap(Self.slug))
    }

    // MARK: Reporting

    func warn(_ place: Place, _ message: String) {
        let source = sources[place.source]
        let (line, column) = source.location(of: place.offset)
        diagnostics.append(Diagnostic(.warning, file: source.name, line: line, column: column, path: place.path,
                                      message: message, subject: place.subject))
    }

    func dropReference(_ place: Place, _ reference: String) {
        droppedReferences += 1
        warn(place, "refers to \(reference), which is not in the input; dropped (import that record too to keep it)")
    }
}

extension CTDLConverter.Place {
    /// The place of a member value inside this one.
    func at(_ value: JSONValue, _ key: String) -> Self {
        Self(source: source, offset: value.offset, path: path.isEmpty ? key : path + "." + key, subject: subject)
    }
}
