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

    /// `init(exactCounts:)` of distinct values, lowest first, with their counts - compacted
    /// counted values (`CountedValues.Ascending`) or several lists read together
    /// (`MergedAscending`) - read twice and never copied: once for the count, the extremes and
    /// the sums, once for the deviations and the values at the quartiles' positions. Gives what
    /// the statistics of their `Double`s give (`init(counts:)`, Kahan-summed), with the mean,
    /// median and quartiles then computed on the exact values.
    init?<Counts: Sequence<(value: Fraction, count: Int)>>(exactCounts counts: Counts) {
        var total = 0, minimum = 0.0, maximum = 0.0
        // Kahan-compensated sum: the mean of many scores stays exact to the last digit shown.
        var sum = 0.0, compensation = 0.0
        // Σ value × count exactly; nil once a step does not fit in 128 bits.
        var exactSum: Fraction? = .zero
        for (value, count) in counts {
            let double = value.doubleValue
            if total == 0 { minimum = double }
            maximum = double
            total += count
            let y = double * Double(count) - compensation
            let t = sum + y
            compensation = (t - sum) - y
            sum = t
            if let partial = exactSum {
                exactSum = value.multiplied(by: Fraction(count)).flatMap { partial.adding($0) }
            }
        }
        guard total > 0 else { return nil }
        let exactMean = exactSum?.divided(by: Fraction(total))
        let mean = exactMean?.doubleValue ?? sum / Double(total)
        // Type 7: h = (n - 1) p; x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]), at p = 1/4, 1/2, 3/4.
        var wanted = [1, 2, 3].flatMap { quarters in
            let lower = (total - 1) * quarters / 4
            return [lower, min(lower + 1, total - 1)]
        }
        wanted.sort()
        var found: [Int: (exact: Fraction, double: Double)] = [:]
        var squares = 0.0, seen = 0, next = 0
        for (value, count) in counts {
            let double = value.doubleValue
            squares = squares + Double(count) * (double - mean) * (double - mean)
            seen += count
            while next < wanted.count && wanted[next] < seen {
                found[wanted[next]] = (value, double)
                next += 1
            }
        }
        /// The quantile of `quarters` quarters: exactly (nil beyond 128 bits) and in binary.
        func quantile(quarters: Int) -> (exact: Fraction?, double: Double) {
            let h = (total - 1) * quarters, lower = h / 4
            let low = found[lower]!, high = found[min(lower + 1, total - 1)]!
            let double = low.double + Double(h % 4) / 4 * (high.double - low.double)
            guard h % 4 != 0 else { return (low.exact, double) }
            return (high.exact.subtracting(low.exact)?.multiplied(by: Fraction(Int128(h % 4), 4))?.adding(low.exact), double)
        }
        let (first, median, third) = (quantile(quarters: 1), quantile(quarters: 2), quantile(quarters: 3))
        // The median in binary: the middle value, or the mean of the middle two.
        let middle = total % 2 == 1 ? found[total / 2]!.double : (found[total / 2 - 1]!.double + found[total / 2]!.double) / 2
        count = total
        self.mean = mean
        self.minimum = minimum
        self.maximum = maximum
        // Beyond 128 bits (practically never) the values computed in binary stay.
        self.median = median.exact?.doubleValue ?? middle
        firstQuartile = first.exact?.doubleValue ?? first.double
        thirdQuartile = third.exact?.doubleValue ?? third.double
        standardDeviation = total > 1 ? (squares / Double(total - 1)).squareRoot() : nil
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
