import Foundation

/// Peak memory from `getrusage`.
enum ResourceUsage {
    /// The peak resident set size in KiB (Linux reports `ru_maxrss` in KiB), of this process or of
    /// the largest of its waited-for children.
    static func peakKilobytes(children: Bool) -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t((children ? RUSAGE_CHILDREN : RUSAGE_SELF).rawValue), &usage)
        return Int(usage.ru_maxrss)
    }
}
