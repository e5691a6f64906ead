/// Wall-clock samples of one measurement, in milliseconds, with the usual summaries.
struct Timings {
    private(set) var samples: [Double] = []

    init(_ samples: [Double] = []) { self.samples = samples }

    mutating func add(_ milliseconds: Double) { samples.append(milliseconds) }

    var count: Int { samples.count }
    var median: Double { percentile(0.5) }
    var p95: Double { percentile(0.95) }
    var worst: Double { samples.max() ?? 0 }
    var total: Double { samples.reduce(0, +) }

    /// The nearest-rank percentile (0 when there are no samples); the median of an even count
    /// is the mean of the two middle samples.
    func percentile(_ p: Double) -> Double {
        guard !samples.isEmpty else { return 0 }
        let sorted = samples.sorted()
        if p == 0.5 {
            let mid = sorted.count / 2
            return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
        }
        let rank = Int((p * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}

/// Runs `body` once and returns its result with the wall time it took, in milliseconds.
func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let clock = ContinuousClock()
    let start = clock.now
    let result = try body()
    let elapsed = clock.now - start
    let (seconds, attoseconds) = elapsed.components
    return (result, Double(seconds) * 1000 + Double(attoseconds) / 1e15)
}

/// Milliseconds with a sensible number of decimals: `0.042 ms`, `3.21 ms`, `812 ms`, `2.31 s`.
func ms(_ value: Double) -> String {
    if value >= 1000 { return String(format: "%.2f s", value / 1000) }
    if value >= 100 { return String(format: "%.0f ms", value) }
    if value >= 1 { return String(format: "%.2f ms", value) }
    return String(format: "%.3f ms", value)
}
