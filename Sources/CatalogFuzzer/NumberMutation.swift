/// A structure-aware mutation: replaces one JSON number of an input with a number at or past a
/// bound (``FuzzDictionary/numbers``). libFuzzer's own byte mutations seldom turn `"hours": 3`
/// into `"hours": 1e16` while keeping the rest of the catalog valid; this does it in one step.
enum NumberMutation {
    /// `bytes` with one number (after the two header bytes) replaced, or nil when it has none.
    static func apply(_ bytes: [UInt8], pick: (Int) -> Int) -> [UInt8]? {
        let spans = numberSpans(bytes)
        guard !spans.isEmpty else { return nil }
        let span = spans[pick(spans.count)]
        let numbers = FuzzDictionary.numbers
        let replacement = Array(numbers[pick(numbers.count)].utf8)
        return Array(bytes[..<span.lowerBound]) + replacement + Array(bytes[span.upperBound...])
    }

    /// The byte ranges of the number tokens: a digit or `-` after `:`, `,`, `[` or white space,
    /// up to the first byte that cannot be part of a number.
    static func numberSpans(_ bytes: [UInt8]) -> [Range<Int>] {
        func isNumberByte(_ b: UInt8) -> Bool { (b >= 48 && b <= 57) || b == 45 || b == 43 || b == 46 || b == 101 || b == 69 }
        var spans: [Range<Int>] = []
        var i = 2
        while i < bytes.count {
            let b = bytes[i]
            let before = bytes[i - 1]
            if (b >= 48 && b <= 57 || b == 45), [58, 44, 91, 32, 10, 13, 9].contains(before) {
                var end = i
                while end < bytes.count, isNumberByte(bytes[end]) { end += 1 }
                spans.append(i..<end)
                i = end
            } else {
                i += 1
            }
        }
        return spans
    }
}
