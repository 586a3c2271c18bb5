/// Descriptive statistics of a set of scores.
struct Descriptive: Sendable, Equatable {
    var count: Int
    var mean: Double
    var median: Double
    var minimum: Double
    var maximum: Double
    /// Sample standard deviation (n - 1); nil for fewer than two values.
    var standardDeviation: Double?
    /// The first and third quartiles, by linear interpolation between order statistics (R's
    /// default type 7, pandas' `linear`).
    var firstQuartile: Double
    var thirdQuartile: Double

    /// nil for an empty set.
    init?(_ values: [Double]) {
        var counts: [(value: Double, count: Int)] = []
        for value in values.sorted() {
            if counts.last?.value == value { counts[counts.count - 1].count += 1 } else { counts.append((value, 1)) }
        }
        self.init(counts: counts)
    }

    /// Statistics of values given with how often each occurred, lowest value first; nil when none.
    init?<Counts: BidirectionalCollection<(value: Double, count: Int)>>(counts: Counts) {
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
        /// Type 7: h = (n - 1) p; x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]).
        func quantile(quarters: Int) -> Double {
            let h = (total - 1) * quarters, lower = h / 4
            let low = Self.value(at: lower, in: counts), high = Self.value(at: min(lower + 1, total - 1), in: counts)
            return low + Double(h % 4) / 4 * (high - low)
        }
        median = total % 2 == 1 ? Self.value(at: total / 2, in: counts)
            : (Self.value(at: total / 2 - 1, in: counts) + Self.value(at: total / 2, in: counts)) / 2
        firstQuartile = quantile(quarters: 1)
        thirdQuartile = quantile(quarters: 3)
        minimum = first.value
        maximum = last.value
        standardDeviation = Self.standardDeviation(counts, mean: mean, total: total)
    }

    /// Statistics of exact values given with how often each occurred, lowest value first; nil
    /// when none. The mean, median, quartiles, minimum and maximum are computed exactly and
    /// rounded once, to the nearest `Double`: a median of exactly 62.125 is 62.125, so that
    /// printing rounds the exact value (and constant values have a deviation of exactly 0).
    init?(exactCounts counts: [(value: Fraction, count: Int)]) {
        var values = CountedValues()
        for (value, count) in counts { values.append(value, times: count) }
        self.init(exactCounts: values.ascending)
    }

    /// `init(exactCounts:)` of compacted counted values, without a copy of them.
    init?(exactCounts counts: CountedValues.Ascending) {
        guard var statistics = Descriptive(counts: counts.doubles) else { return nil }
        let total = statistics.count
        /// Type 7 on the exact values: the fraction h - floor h is a whole number of quarters.
        func quantile(quarters: Int) -> Fraction? {
            let h = (total - 1) * quarters, lower = h / 4
            let low = Self.value(at: lower, in: counts)
            guard h % 4 != 0 else { return low }
            let high = Self.value(at: min(lower + 1, total - 1), in: counts)
            return high.subtracting(low)?.multiplied(by: Fraction(Int128(h % 4), 4))?.adding(low)
        }
        // Beyond 128 bits (practically never) the values computed in binary stay.
        if let median = quantile(quarters: 2) { statistics.median = median.doubleValue }
        if let first = quantile(quarters: 1) { statistics.firstQuartile = first.doubleValue }
        if let third = quantile(quarters: 3) { statistics.thirdQuartile = third.doubleValue }
        if let mean = Self.exactMean(counts, total: total) {
            statistics.mean = mean.doubleValue
            statistics.standardDeviation = Self.standardDeviation(counts.doubles, mean: statistics.mean, total: total)
        }
        self = statistics
    }

    /// Σ value × count / total exactly; nil when a step does not fit in 128 bits.
    private static func exactMean(_ counts: CountedValues.Ascending, total: Int) -> Fraction? {
        var sum = Fraction.zero
        for (value, count) in counts {
            guard let term = value.multiplied(by: Fraction(count)), let next = sum.adding(term) else { return nil }
            sum = next
        }
        return sum.divided(by: Fraction(total))
    }

    /// The value at a 0-based position in the sorted values, given as distinct values with counts.
    private static func value<Value, Counts: Collection<(value: Value, count: Int)>>(at position: Int, in counts: Counts) -> Value {
        var seen = 0
        var last: Value?
        for (value, count) in counts {
            seen += count
            if position < seen { return value }
            last = value
        }
        return last!
    }

    /// The sample standard deviation (n - 1) around `mean`; nil for fewer than two values.
    private static func standardDeviation<Counts: Collection<(value: Double, count: Int)>>(_ counts: Counts, mean: Double, total: Int) -> Double? {
        guard total > 1 else { return nil }
        let squares = counts.reduce(0.0) { $0 + Double($1.count) * ($1.value - mean) * ($1.value - mean) }
        return (squares / Double(total - 1)).squareRoot()
    }
}
