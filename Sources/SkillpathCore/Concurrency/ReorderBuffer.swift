import Foundation

/// Puts results that finish out of order back in order: each is handed to `write` once every
/// earlier one has been, and at most `window` results wait at a time.
///
/// Producers call ``waitForRoom(before:)`` before starting the work for an index, so the work in
/// flight and the results waiting together stay within the window, however long the input.
final class ReorderBuffer<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let window: Int
    private let write: @Sendable (Value) -> Void
    private var waiting: [Int: Value] = [:]
    /// The index of the next result to write.
    private var nextIndex = 0

    init(window: Int, write: @escaping @Sendable (Value) -> Void) {
        self.window = max(1, window)
        self.write = write
    }

    /// Blocks until the result for `index` would fit in the window.
    func waitForRoom(before index: Int) {
        condition.lock()
        while index >= nextIndex + window { condition.wait() }
        condition.unlock()
    }

    /// Stores the result for `index` and writes every result that is now next in order.
    func put(_ value: Value, at index: Int) {
        condition.lock()
        defer { condition.unlock() }
        waiting[index] = value
        var wrote = false
        while let next = waiting.removeValue(forKey: nextIndex) {
            write(next)
            nextIndex += 1
            wrote = true
        }
        if wrote { condition.broadcast() }
    }

    /// How many results have been written.
    var count: Int {
        condition.lock()
        defer { condition.unlock() }
        return nextIndex
    }
}
