/// The count, mean, sum of squared deviations, minimum and maximum of values seen one at a
/// time (Welford's update), mergeable with another's (Chan et al.'s pairwise formula), so that
/// parts of the input counted apart give the same moments up to rounding.
struct RunningMoments: Sendable, Equatable {
    private(set) var count = 0
    private(set) var mean = 0.0
    /// Σ (x − mean)²: n − 1 times the sample variance.
    private(set) var squaredDeviations = 0.0
    private(set) var minimum = Double.infinity
    private(set) var maximum = -Double.infinity

    init() {}

    /// Counts one value.
    mutating func add(_ value: Double) {
        count += 1
        let delta = value - mean
        mean += delta / Double(count)
        squaredDeviations += delta * (value - mean)
        minimum = Swift.min(minimum, value)
        maximum = Swift.max(maximum, value)
    }

    /// Counts what `other` counted.
    mutating func merge(_ other: RunningMoments) {
        guard other.count > 0 else { return }
        guard count > 0 else {
            self = other
            return
        }
        let total = count + other.count, delta = other.mean - mean
        mean += delta * Double(other.count) / Double(total)
        squaredDeviations += other.squaredDeviations + delta * delta * Double(count) * Double(other.count) / Double(total)
        count = total
        minimum = Swift.min(minimum, other.minimum)
        maximum = Swift.max(maximum, other.maximum)
    }

    /// The sample standard deviation (n − 1); nil for fewer than two values.
    var standardDeviation: Double? { count > 1 ? (squaredDeviations / Double(count - 1)).squareRoot() : nil }
}
