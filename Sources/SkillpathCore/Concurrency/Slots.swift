import Foundation

/// A fixed number of result slots that concurrent workers fill, each slot by one worker, read
/// once they have all finished.
final class Slots<Value: Sendable>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    /// Every slot, in index order.
    var values: [Value?] { lock.withLock { storage } }
}
