/// Every credential's requirements as one flat array of integers, checked without reference counting.
///
/// ``Requirement`` is an indirect enum: checking it retains and releases its boxes and payload
/// arrays at every step, and the closure of a set of credentials checks requirements thousands of
/// times per search. This table holds the same requirements, in the same order, encoded in one
/// contiguous `[Int]`; ``holds(_:held:levels:)`` answers exactly as
/// `requirements[c].allSatisfy { $0.holds(held:levels:) }` does.
///
/// A node is `[kind, length, payload…]`, `length` counting the whole node:
/// - credential: `[0, 3, c]`; skill: `[1, 4, s, level]`; never: `[2, 2]`;
/// - any of / all of: `[3 or 4, length, child nodes…]`;
/// - at least k of: `[5, length, k, c…]`.
struct RequirementTable: Sendable {
    private enum Kind {
        static let credential = 0, skill = 1, never = 2, anyOf = 3, allOf = 4, atLeast = 5
    }

    /// The nodes of every credential's requirements, one after another.
    private var code: [Int] = []
    /// Per credential c: its requirements' nodes are `code[start[c]..<start[c + 1]]`.
    private var start: [Int] = [0]

    /// The table of `requirements` (per credential, its conjuncts).
    init(_ requirements: [[Requirement]]) {
        for list in requirements {
            for requirement in list { encode(requirement) }
            start.append(code.count)
        }
    }

    /// Adds `count` credentials with no requirements (the closest plan's stand-ins).
    mutating func appendEmpty(_ count: Int) {
        start += Array(repeating: code.count, count: count)
    }

    private mutating func encode(_ requirement: Requirement) {
        let at = code.count
        switch requirement {
        case .credential(let c): code += [Kind.credential, 3, c]
        case .skill(let s, let level): code += [Kind.skill, 4, s, level]
        case .never: code += [Kind.never, 2]
        case .anyOf(let parts):
            code += [Kind.anyOf, 0]
            for part in parts { encode(part) }
            code[at + 1] = code.count - at
        case .allOf(let parts):
            code += [Kind.allOf, 0]
            for part in parts { encode(part) }
            code[at + 1] = code.count - at
        case .atLeast(let k, let of):
            code += [Kind.atLeast, 3 + of.count, k] + of
        }
    }

    /// Whether every requirement of credential `c` holds given the held credentials and skill levels.
    func holds(_ c: Int, held: [Bool], levels: [Int]) -> Bool {
        code.withUnsafeBufferPointer { code in
            var at = start[c]
            let end = start[c + 1]
            while at < end {
                if !Self.holds(code, at, held, levels) { return false }
                at += code[at + 1]
            }
            return true
        }
    }

    private static func holds(_ code: UnsafeBufferPointer<Int>, _ at: Int, _ held: [Bool], _ levels: [Int]) -> Bool {
        switch code[at] {
        case Kind.credential: return held[code[at + 2]]
        case Kind.skill: return levels[code[at + 2]] >= code[at + 3]
        case Kind.anyOf, Kind.allOf:
            let any = code[at] == Kind.anyOf
            var child = at + 2
            let end = at + code[at + 1]
            while child < end {
                if holds(code, child, held, levels) == any { return any }
                child += code[child + 1]
            }
            return !any
        case Kind.atLeast:
            let k = code[at + 2]
            var n = 0
            for i in (at + 3)..<(at + code[at + 1]) where held[code[i]] {
                n += 1
                if n >= k { return true }
            }
            return n >= k
        default: return false
        }
    }
}
