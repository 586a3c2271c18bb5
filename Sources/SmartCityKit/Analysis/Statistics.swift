/// Descriptive statistics of a set of scores.
public struct Descriptive: Sendable, Equatable {
    public var count: Int
    public var mean: Double
    public var median: Double
    public var minimum: Double
    public var maximum: Double
    /// Sample standard deviation (n - 1); nil for fewer than two values.
    public var standardDeviation: Double?
    /// The first and third quartiles, by linear interpolation between order statistics (R's
    /// default type 7, pandas' `linear`).
    public var firstQuartile: Double
    public var thirdQuartile: Double

    /// nil for an empty set.
    public init?(_ values: [Double]) {
        var counts: [(value: Double, count: Int)] = []
        for value in values.sorted() {
            if counts.last?.value == value { counts[counts.count - 1].count += 1 } else { counts.append((value, 1)) }
        }
        self.init(counts: counts)
    }

    /// Statistics of values given with how often each occurred, lowest value first; nil when none.
    init?(counts: [(value: Double, count: Int)]) {
        let total = counts.reduce(0) { $0 + $1.count }
        guard total > 0, let first = counts.first, let last = counts.last else { return nil }
        count = total
        // Kahan-compensated sum: the mean of many scores stays exact to the last digit shown.
        var sum = 0.0, compensation = 0.0
        for (value, count) in counts {
            let y = value * Double(count) - compensation
            let t = sum + y
            compensation = (t - sum) - y
            sum = t
        }
        mean = sum / Double(total)
        /// The value at a 0-based position in the sorted values.
        func value(at position: Int) -> Double {
            var seen = 0
            for (value, count) in counts {
                seen += count
                if position < seen { return value }
            }
            return last.value
        }
        median = total % 2 == 1 ? value(at: total / 2) : (value(at: total / 2 - 1) + value(at: total / 2)) / 2
        /// Type 7: h = (n - 1) p; x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]).
        func quantile(_ p: Double) -> Double {
            let h = Double(total - 1) * p, lower = Int(h.rounded(.down))
            let low = value(at: lower), high = value(at: min(lower + 1, total - 1))
            return low + (h - Double(lower)) * (high - low)
        }
        firstQuartile = quantile(0.25)
        thirdQuartile = quantile(0.75)
        minimum = first.value
        maximum = last.value
        if total > 1 {
            let squares = counts.reduce(0.0) { $0 + Double($1.count) * ($1.value - mean) * ($1.value - mean) }
            standardDeviation = (squares / Double(total - 1)).squareRoot()
        }
    }
}

