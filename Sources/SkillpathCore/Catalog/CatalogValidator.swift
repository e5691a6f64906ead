/// Cross-file checks of a loaded catalog: duplicate ids, dangling references, stacks,
/// prerequisite cycles and role conditions that can never be met.
struct CatalogValidator {
    let catalog: Catalog
    let places: [String: [String: [Place]]]
    var diagnostics: [Diagnostic] = []

    init(catalog: Catalog, places: [String: [String: [Place]]]) {
        self.catalog = catalog
        self.places = places
    }

    mutating func checkDuplicates() {
        for (kind, ids) in places.sorted(by: { $0.key < $1.key }) {
            for (id, defined) in ids.sorted(by: { $0.key < $1.key }) where defined.count > 1 {
                let first = defined[0].diagnostic(.error, "")
                for place in defined.dropFirst() {
                    diagnostics.append(place.diagnostic(.error, "duplicate \(kind) id \"\(id)\" (first defined at \(first.file):\(first.line ?? 0):\(first.column ?? 0)); give each \(kind) its own id"))
                }
            }
        }
    }

    mutating func checkReferences(_ references: [Reference]) {
        for reference in references {
            let known: [String: Int]
            switch reference.kind {
            case .skill: known = catalog.skillIndex
            case .provider: known = catalog.providerIndex
            case .credential: known = catalog.credentialIndex
            }
            guard known[reference.id] == nil else { continue }
            var message = "unknown \(reference.kind.rawValue) \"\(reference.id)\""
            if let suggestion = Identifier.suggestion(for: reference.id, among: known.keys) {
                message += " (did you mean \"\(suggestion)\"?)"
            } else if reference.kind == .skill {
                message += " (add it to skills.json)"
            } else if reference.kind == .provider {
                message += " (add it to providers.json)"
            }
            diagnostics.append(reference.place.diagnostic(.error, message))
        }
    }

    mutating func checkStacks() {
        for credential in catalog.credentials {
            guard let stack = credential.stack, let place = places["credential"]?[credential.id]?.first else { continue }
            if stack.count > stack.of.count {
                diagnostics.append(place.diagnostic(.error, "stack count \(stack.count) exceeds its \(stack.of.count) parts; lower count or add parts", path: "stack.count"))
            }
            if Set(stack.of).count < stack.of.count {
                diagnostics.append(place.diagnostic(.error, "a part is named more than once in the stack; name each part once", path: "stack.of"))
            }
            if stack.of.isEmpty {
                diagnostics.append(place.diagnostic(.warning, "a stack of no credentials", path: "stack.of"))
            }
            if stack.of.contains(credential.id) {
                diagnostics.append(place.diagnostic(.error, "a credential cannot stack itself", path: "stack.of"))
            }
        }
    }

    /// Warns about each cycle of credential prerequisites (named credentials and stack parts).
    mutating func warnAboutCycles() {
        let n = catalog.credentials.count
        var edges = [[Int]](repeating: [], count: n)
        for (c, credential) in catalog.credentials.enumerated() {
            let named = credential.requires.flatMap(\.credentialIDs) + (credential.stack?.of ?? [])
            edges[c] = named.compactMap { catalog.credentialIndex[$0] }
        }
        for component in StronglyConnected.components(count: n, edges: edges) {
            guard component.count > 1 || edges[component[0]].contains(component[0]) else { continue }
            let cycle = StronglyConnected.cycle(in: component, edges: edges)
            let names = (cycle + [cycle[0]]).map { catalog.credentials[$0].id }.joined(separator: " → ")
            let first = catalog.credentials[cycle[0]].id
            if let place = places["credential"]?[first]?.first {
                diagnostics.append(place.diagnostic(.warning, "prerequisite cycle: \(names); these can only be planned when one of them is already earned", path: "requires"))
            }
        }
    }

    /// Warns about each credential retired by `today` that names no successor: plans can no
    /// longer use it, and nothing tells the learner what replaces it.
    mutating func warnAboutRetiredWithoutSuccessor(today: CalendarDate) {
        for credential in catalog.credentials where credential.successor == nil && credential.isRetired(by: today) {
            guard let place = places["credential"]?[credential.id]?.first else { continue }
            diagnostics.append(place.diagnostic(.warning, "retired on \(credential.retires!) with no successor; add \"successor\" (the credential that replaces it) or remove the credential", path: "retires"))
        }
    }

    /// Warns about role conditions that fail even with every credential in the catalog held.
    mutating func warnAboutUnmeetableRoles() {
        var best: [String: Int] = [:]
        for credential in catalog.credentials {
            for granted in credential.skills { best[granted.skill] = max(best[granted.skill] ?? 0, granted.level) }
        }
        for role in catalog.roles {
            guard let place = places["role"]?[role.id]?.first else { continue }
            for (i, condition) in role.requires.enumerated() {
                let holds = condition.holds(hasCredential: { catalog.credentialIndex[$0] != nil }, level: { best[$0] ?? 0 })
                if !holds {
                    diagnostics.append(place.diagnostic(.warning, "the role needs \(condition), which no credential in the catalog can give", path: "requires[\(i)]"))
                }
            }
        }
    }
}
