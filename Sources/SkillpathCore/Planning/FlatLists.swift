/// Lists of `Int32` stored back to back in one array, for loops that walk many short lists:
/// list `i` is `items[range(i)]`, with no array of arrays to retain and release on the way.
struct FlatLists: Sendable {
    /// Where each list starts in ``items``, and one past the last list's end.
    private(set) var offsets: [Int]
    /// Every list's items, one list after another.
    private(set) var items: [Int32]

    init(_ lists: [[Int32]]) {
        offsets = [0]
        offsets.reserveCapacity(lists.count + 1)
        items = []
        items.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        for list in lists {
            items.append(contentsOf: list)
            offsets.append(items.count)
        }
    }

    /// Per item `i` of `count`, the lists (by index) that hold it, in index order.
    init(inverting lists: [[Int32]], count: Int) {
        var sizes = [Int](repeating: 0, count: count + 1)
        for list in lists { for item in list { sizes[Int(item) + 1] += 1 } }
        for i in 0..<count { sizes[i + 1] += sizes[i] }
        offsets = sizes
        items = [Int32](repeating: 0, count: sizes[count])
        var next = sizes
        for (l, list) in lists.enumerated() {
            for item in list {
                items[next[Int(item)]] = Int32(l)
                next[Int(item)] += 1
            }
        }
    }

    /// The number of lists.
    var count: Int { offsets.count - 1 }

    /// The positions in ``items`` of list `i`.
    @inline(__always)
    func range(_ i: Int) -> Range<Int> { offsets[i]..<offsets[i + 1] }

    /// Whether list `i` has no items.
    func isEmpty(_ i: Int) -> Bool { offsets[i] == offsets[i + 1] }
}
