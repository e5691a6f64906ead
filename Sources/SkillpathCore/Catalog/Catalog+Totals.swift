/// The total price and hours of every credential, parts of stacks included.
extension Catalog {
    /// The total of a credential by id; nil when the catalog has no such credential.
    public func total(of id: String) -> CredentialTotal? {
        credentialIndex[id].map { totals[$0] }
    }

    /// The total of a credential of this catalog (its own figures for one that is not in it).
    public func total(of credential: Credential) -> CredentialTotal {
        total(of: credential.id) ?? CredentialTotal(price: credential.price, hours: credential.hours, onlyCourses: credential.type == .course)
    }

    /// Computes ``totals``, one per credential in catalog order.
    ///
    /// A stack counts its own price and hours plus the totals of its `count` cheapest parts,
    /// cheapest by price, then hours, then catalog order. Price comes first because it is what the
    /// catalog's price filter and sort, and a learner choosing electives, look at; hours only break
    /// ties. Parts are totalled recursively when they are stacks themselves.
    ///
    /// Stack cycles do not loop: a part already on the path from the credential being totalled
    /// (the credential itself, or a stack it is a part of) is treated as unavailable. The totals are
    /// computed as in Knuth's generalisation of Dijkstra's algorithm: credentials are settled in order
    /// of their total, and a stack is settled once its `count` cheapest parts are; a part that could
    /// only be earned through the stack itself is never settled before it, which is exactly the
    /// "on the path" rule, in O(n log n) for any catalog. Parts missing from the catalog are
    /// unavailable too. A stack short of available parts counts the ones it has and records the
    /// shortfall in ``CredentialTotal/unavailable``.
    static func computeTotals(_ credentials: [Credential], stacksContaining: [[Int]]) -> [CredentialTotal] {
        let n = credentials.count
        var settled = [CredentialTotal?](repeating: nil, count: n)
        var counted = [[Int]](repeating: [], count: n)
        // Credentials settled from the start (no stack, or a stack of count 0): those that are no
        // stack's part are final at once; the others wait, sorted, to be merged with the stacks.
        var ready: [(total: CredentialTotal, index: Int)] = []
        for (c, credential) in credentials.enumerated() {
            let total: CredentialTotal
            if let stack = credential.stack {
                guard stack.count <= 0 else { continue }
                total = CredentialTotal(price: credential.price, hours: credential.hours, courses: 0)
            } else {
                total = CredentialTotal(price: credential.price, hours: credential.hours, onlyCourses: credential.type == .course)
            }
            if stacksContaining[c].isEmpty { settled[c] = total } else { ready.append((total, c)) }
        }
        ready.sort(by: TotalHeap.less)
        var nextReady = 0
        var heap = TotalHeap()
        func sum(_ s: Int) -> CredentialTotal {
            let credential = credentials[s]
            var total = CredentialTotal(price: credential.price, hours: credential.hours, courses: 0)
            for p in counted[s] {
                guard let part = settled[p] else { continue }
                total.price += part.price; total.hours += part.hours
                total.parts += 1; total.courses += part.courses
                total.onlyCourses = total.onlyCourses && part.onlyCourses
            }
            total.unavailable = max(0, (credential.stack?.count ?? 0) - counted[s].count)
            return total
        }
        while true {
            let total: CredentialTotal, c: Int
            if nextReady < ready.count, heap.first.map({ !TotalHeap.less($0, ready[nextReady]) }) ?? true {
                (total, c) = ready[nextReady]; nextReady += 1
            } else if let popped = heap.pop() {
                (total, c) = popped
            } else {
                break
            }
            guard settled[c] == nil else { continue }
            settled[c] = total
            for s in stacksContaining[c] where settled[s] == nil {
                let need = credentials[s].stack?.count ?? 0
                guard counted[s].count < need else { continue }
                counted[s].append(c)
                if counted[s].count == need { heap.push(sum(s), s) }
            }
        }
        return settled.indices.map { settled[$0] ?? sum($0) }
    }
}

/// A binary min-heap of (total, credential index), ordered by price, hours, then index (``less(_:_:)``).
private struct TotalHeap {
    private var items: [(total: CredentialTotal, index: Int)] = []

    /// The first entry, the one ``pop()`` returns.
    var first: (total: CredentialTotal, index: Int)? { items.first }

    static func less(_ a: (total: CredentialTotal, index: Int), _ b: (total: CredentialTotal, index: Int)) -> Bool {
        (a.total.price, a.total.hours, a.index) < (b.total.price, b.total.hours, b.index)
    }

    mutating func push(_ total: CredentialTotal, _ index: Int) {
        items.append((total, index))
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard Self.less(items[i], items[parent]) else { break }
            items.swapAt(i, parent); i = parent
        }
    }

    mutating func pop() -> (CredentialTotal, Int)? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < items.count && Self.less(items[l], items[m]) { m = l }
            if r < items.count && Self.less(items[r], items[m]) { m = r }
            guard m != i else { break }
            items.swapAt(i, m); i = m
        }
        return (top.total, top.index)
    }
}
