/// CTDL's ConditionProfiles: what earns a record (its stack), what must come before it (its
/// `requires`), and what it only recommends (summary text).
extension CTDLConverter {
    /// The target keys of a ConditionProfile.
    static let targetKeys = ["ceterms:targetCredential", "ceterms:targetLearningOpportunity", "ceterms:targetAssessment"]

    /// The parts that earn a record: `ceterms:hasPart` and the targets of its `ceterms:requires`
    /// profiles. A `requires` profile without targets is kept as summary text.
    func stackParts(_ index: Int, _ place: Place, summary: inout [String]) -> [String] {
        let value = nodes[index].value
        var parts: [String] = []
        func add(_ id: String, _ here: Place) {
            if id == credentialIDs[index] { warn(here, "a record cannot be a part of itself; dropped"); return }
            if !parts.contains(id) { parts.append(id) }
        }
        for (i, element) in CTDLConverter.elements(value["ceterms:hasPart"]).enumerated() {
            let here = place.at(element, "ceterms:hasPart[\(i)]")
            if let id = credentialID(element, here) { add(id, here) }
        }
        for (i, element) in CTDLConverter.elements(value["ceterms:requires"]).enumerated() {
            let here = place.at(element, "ceterms:requires[\(i)]")
            guard let profile = self.profile(element, here) else { continue }
            let targets = targetIDs(profile, here)
            for id in targets { add(id, here) }
            if targets.isEmpty { keepAsText(profile, here, heading: "Requires", summary: &summary) }
            if !CTDLConverter.elements(profile["ceterms:alternativeCondition"]).isEmpty {
                textConditions += 1
                warn(here, "ceterms:alternativeCondition of what earns a record cannot be planned as a stack; kept in the summary")
                for alternative in CTDLConverter.elements(profile["ceterms:alternativeCondition"]) {
                    if let alt = self.profile(alternative, here) { summary.append("Or: " + describe(alt)) }
                }
            }
        }
        return parts
    }

    /// What must come before a learning opportunity starts: one condition for each
    /// `ceterms:entryCondition` profile (all its targets; with its alternatives, any one of them).
    func entryConditions(_ value: JSONValue, _ place: Place, summary: inout [String]) -> [Condition] {
        var conditions: [Condition] = []
        for (i, element) in CTDLConverter.elements(value["ceterms:entryCondition"]).enumerated() {
            let here = place.at(element, "ceterms:entryCondition[\(i)]")
            guard let profile = self.profile(element, here) else { continue }
            var branches = [profile]
            for alternative in CTDLConverter.elements(profile["ceterms:alternativeCondition"]) {
                if let alt = self.profile(alternative, here.at(alternative, "ceterms:alternativeCondition")) { branches.append(alt) }
            }
            let planned = branches.map { Self.allOf(targetIDs($0, here).map(Condition.credential)) }
            if planned.contains(where: { $0 == nil }) {
                // One branch is free text: the learner may meet it, so no branch can be required.
                keepAsText(profile, here, heading: "Entry condition", summary: &summary)
                for alt in branches.dropFirst() { summary.append("Or: " + describe(alt)) }
                continue
            }
            let met = planned.compactMap { $0 }
            conditions.append(met.count == 1 ? met[0] : .anyOf(met))
        }
        return conditions
    }

    /// `ceterms:recommends` plans nothing; what it names is kept in the summary.
    func recommendations(_ value: JSONValue, _ place: Place, summary: inout [String]) {
        for (i, element) in CTDLConverter.elements(value["ceterms:recommends"]).enumerated() {
            let here = place.at(element, "ceterms:recommends[\(i)]")
            guard let profile = self.profile(element, here) else { continue }
            var names = [describe(profile)]
            for key in CTDLConverter.targetKeys {
                for target in CTDLConverter.elements(profile[key]) {
                    if case .node(let n) = resolve(target), let name = text(nodes[n].value["ceterms:name"]) { names.append(name) }
                }
            }
            let said = names.filter { !$0.isEmpty }
            if !said.isEmpty { summary.append("Recommended: " + said.joined(separator: "; ")) }
        }
    }

    /// A ConditionProfile, embedded or referenced.
    func profile(_ value: JSONValue, _ here: Place) -> JSONValue? {
        switch resolve(value) {
        case .node(let n): return nodes[n].value
        case .embedded(let object): return object
        case .dangling(let reference): dropReference(here, reference); return nil
        }
    }

    /// The catalog ids of a profile's targets that are records of the input; others are reported.
    func targetIDs(_ profile: JSONValue, _ here: Place) -> [String] {
        var ids: [String] = []
        for key in CTDLConverter.targetKeys {
            for (i, target) in CTDLConverter.elements(profile[key]).enumerated() {
                if let id = credentialID(target, here.at(target, key + "[\(i)]")), !ids.contains(id) { ids.append(id) }
            }
        }
        return ids
    }

    /// The catalog id of the credential a reference names, or nil (reported) when it names none.
    func credentialID(_ reference: JSONValue, _ here: Place) -> String? {
        switch resolve(reference) {
        case .node(let n):
            if let id = credentialIDs[n] { return id }
            warn(here, "refers to a \(nodes[n].classes.first ?? "record"), which is not a credential; dropped")
        case .embedded:
            warn(here, "an embedded record without an @id of the input cannot be planned; dropped (give it as its own record)")
        case .dangling(let reference):
            dropReference(here, reference)
        }
        return nil
    }

    /// A condition without targets: reported, and its text kept in the summary.
    func keepAsText(_ profile: JSONValue, _ here: Place, heading: String, summary: inout [String]) {
        textConditions += 1
        let said = describe(profile)
        warn(here, "a condition without targets cannot be planned; kept in the summary" + (said.isEmpty ? "" : ": \"\(said)\""))
        if !said.isEmpty { summary.append(heading + ": " + said) }
    }

    /// A profile's own words: name, description and `ceterms:condition` lines.
    func describe(_ profile: JSONValue) -> String {
        [text(profile["ceterms:name"]), text(profile["ceterms:description"]), text(profile["ceterms:condition"])]
            .compactMap { $0 }.joined(separator: "; ")
    }

    /// All of the conditions: nil for none, the one itself for one.
    static func allOf(_ conditions: [Condition]) -> Condition? {
        conditions.isEmpty ? nil : conditions.count == 1 ? conditions[0] : .allOf(conditions)
    }
}
