import Foundation

/// A point in time after which a search stops and reports what it has.
struct Deadline: Sendable {
    private let end: UInt64?

    /// No deadline.
    static let never = Deadline(end: nil)

    private init(end: UInt64?) { self.end = end }

    /// `seconds` from now.
    init(seconds: Double) {
        // Clamped to a year (and NaN to 0), so the conversion and the sum cannot overflow.
        let nanoseconds = UInt64(min(max(seconds.isNaN ? 0 : seconds, 0), 365 * 86_400) * 1e9)
        end = DispatchTime.now().uptimeNanoseconds + nanoseconds
    }

    /// Seconds left before the deadline (0 once it has passed; a year when there is none).
    var remainingSeconds: Double {
        guard let end else { return 365 * 86_400 }
        let now = DispatchTime.now().uptimeNanoseconds
        return now >= end ? 0 : Double(end - now) / 1e9
    }

    var hasPassed: Bool {
        guard let end else { return false }
        return DispatchTime.now().uptimeNanoseconds >= end
    }
}
