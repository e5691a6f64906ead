/// A condition compiled to dense catalog indices, plus the stacking rule "at least k of these".
indirect enum Requirement: Hashable, Sendable {
    case credential(Int)
    case skill(Int, level: Int)
    case anyOf([Requirement])
    case allOf([Requirement])
    /// At least `count` of the credentials are held (a stack's parts).
    case atLeast(Int, of: [Int])
    /// Never holds (names something the catalog does not have).
    case never

    /// Compiles a catalog condition; unknown ids become `.never`.
    init(_ condition: Condition, in catalog: Catalog) {
        switch condition {
        case .credential(let id):
            self = catalog.credentialIndex[id].map { .credential($0) } ?? .never
        case .skill(let id, let level):
            self = catalog.skillIndex[id].map { .skill($0, level: level) } ?? (level <= 0 ? .allOf([]) : .never)
        case .anyOf(let parts):
            self = .anyOf(parts.map { Requirement($0, in: catalog) })
        case .allOf(let parts):
            self = .allOf(parts.map { Requirement($0, in: catalog) })
        }
    }

    /// Whether it holds given the held credentials and current skill levels.
    func holds(held: [Bool], levels: [Int]) -> Bool {
        switch self {
        case .credential(let c): return held[c]
        case .skill(let s, let level): return levels[s] >= level
        case .anyOf(let parts): return parts.contains { $0.holds(held: held, levels: levels) }
        case .allOf(let parts): return parts.allSatisfy { $0.holds(held: held, levels: levels) }
        case .atLeast(let k, let of):
            var n = 0
            for c in of where held[c] { n += 1; if n >= k { return true } }
            return n >= k
        case .never: return false
        }
    }

    /// Splits top-level conjunctions into separate requirements.
    var conjuncts: [Requirement] {
        if case .allOf(let parts) = self { return parts.flatMap(\.conjuncts) }
        return [self]
    }

    /// The atoms that do not hold: credentials not held and skill levels not reached.
    ///
    /// Any plan that makes the requirement hold must add a credential that satisfies one of them.
    func unmetAtoms(held: [Bool], levels: [Int], into atoms: inout [Requirement]) {
        switch self {
        case .credential(let c): if !held[c] { atoms.append(self) }
        case .skill(let s, let level): if levels[s] < level { atoms.append(self) }
        case .anyOf(let parts), .allOf(let parts):
            for part in parts where !part.holds(held: held, levels: levels) {
                part.unmetAtoms(held: held, levels: levels, into: &atoms)
            }
        case .atLeast(let k, let of):
            if !holds(held: held, levels: levels) {
                for c in of where !held[c] { atoms.append(.credential(c)) }
            }
            _ = k
        case .never: break
        }
    }
}
