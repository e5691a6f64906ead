/// Lists of `Int32` stored back to back in one array, for loops that walk many short lists:
/// list `i` is `items[range(i)]`, with no array of arrays to retain and release on the way.
struct FlatLists: Sendable {
    /// Where each list starts in ``items``, and one past the last list's end.
    private(set) var offsets: [Int]
    /// Every list's items, one list after another.
    private(set) var items: [Int32]

    /// The lists `pool[ranges[0]]`, `pool[ranges[1]]`, … in that order.
    init(_ pool: [Int32], ranges: [Range<Int>]) {
        offsets = [0]
        offsets.reserveCapacity(ranges.count + 1)
        items = []
        items.reserveCapacity(ranges.reduce(0) { $0 + $1.count })
        for range in ranges {
            items.append(contentsOf: pool[range])
            offsets.append(items.count)
        }
    }

    /// Per item `i` of `count`, the lists (by index) that hold it, in index order; list `l` is
    /// `pool[ranges[l]]`.
    init(inverting pool: [Int32], ranges: [Range<Int>], count: Int) {
        var sizes = [Int](repeating: 0, count: count + 1)
        for range in ranges { for k in range { sizes[Int(pool[k]) + 1] += 1 } }
        for i in 0..<count { sizes[i + 1] += sizes[i] }
        offsets = sizes
        items = [Int32](repeating: 0, count: sizes[count])
        var next = sizes
        for (l, range) in ranges.enumerated() {
            for k in range {
                let item = Int(pool[k])
                items[next[item]] = Int32(l)
                next[item] += 1
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
