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

extension ResourceUsage {
    /// CPU time this thread has used, in milliseconds (`CLOCK_THREAD_CPUTIME_ID`): unlike the wall
    /// clock it does not count the time other processes on a shared machine hold the cores.
    static func threadCPUMilliseconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) * 1000 + Double(now.tv_nsec) / 1e6
    }
}
