import Foundation

/// A point in time after which a search stops and reports what it has.
struct Deadline: Sendable {
    private let end: UInt64?

    /// No deadline.
    static let never = Deadline(end: nil)

    private init(end: UInt64?) { self.end = end }

    /// `seconds` from now.
    init(seconds: Double) {
        end = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, seconds) * 1e9)
    }

    var hasPassed: Bool {
        guard let end else { return false }
        return DispatchTime.now().uptimeNanoseconds >= end
    }
}
