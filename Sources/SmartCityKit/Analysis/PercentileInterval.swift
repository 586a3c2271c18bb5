/// The percentile bootstrap's 95 % interval, the one rule of every bootstrap here (the
/// reliability coefficients' of `stats`, the sensitivity indices' of `uncertainty`): from the
/// 2.5th to the 97.5th percentile of the resampled values, each at the position h = (n − 1) p of
/// the n values sorted (0-based; R's `quantile` type 7). Where h falls between two values the
/// interval takes either the type-7 quantile itself, interpolated between them, or, where an
/// interval must never be narrower than the resamples show, the value outside it.
enum PercentileInterval {
    /// How an end that falls between two sorted values is taken.
    enum Ends {
        /// Interpolated between the two (R's `quantile` default): the reliability intervals,
        /// compared with R's and numpy's.
        case interpolated
        /// The value on the interval's outer side - below h for the low end, above it for the high
        /// end - so that the interval holds the type-7 one: the sensitivity indices'.
        case enclosing
    }

    /// The interval of `sorted` (ascending, not empty, no NaN).
    static func of(sorted: [Double], ends: Ends) -> ClosedRange<Double> {
        precondition(!sorted.isEmpty, "a percentile interval of no values")
        func end(_ p: Double, outward: FloatingPointRoundingRule) -> Double {
            let h = Double(sorted.count - 1) * p, lower = Int(h.rounded(.down))
            switch ends {
            case .interpolated:
                let upper = min(lower + 1, sorted.count - 1)
                return sorted[lower] + (h - Double(lower)) * (sorted[upper] - sorted[lower])
            case .enclosing:
                return sorted[Int(h.rounded(outward))]
            }
        }
        return end(0.025, outward: .down)...end(0.975, outward: .up)
    }
}
