/// Whether a change between two waves is larger than the questionnaire's own measurement error:
/// Jacobson and Truax's reliable change index (1991), RCI = (after − before) / S_diff with
/// S_diff = SD × √2 × √(1 − alpha), SD and alpha being the earlier wave's. An RCI beyond ±1.96
/// is a change that measurement error alone would give in fewer than 5 % of cases.
enum ReliableChange: String, Sendable, CaseIterable {
    case improved
    case declined
    case noReliableChange = "no-reliable-change"

    /// The bound of |RCI| beyond which a change is reliable (the two-sided 5 % point of the normal distribution).
    static let threshold = 1.96

    /// The verdict on an index: improved above 1.96, declined below −1.96, else no reliable change.
    init(index: Double) {
        self = index > Self.threshold ? .improved : index < -Self.threshold ? .declined : .noReliableChange
    }

    /// What the index of one measure rests on, from the earlier wave as `smartcity stats`
    /// reports it: the sample standard deviation (n − 1) of the measure's scores, and Cronbach's
    /// alpha of its items (of a dimension: its items; of the total: every scored item).
    struct Basis: Sendable, Equatable {
        var standardDeviation: Double?
        var alpha: Double?

        /// S_diff = SD √2 √(1 − alpha), the standard error of a difference of two scores; nil
        /// when either is missing or it is not positive (a constant measure, alpha of 1 or more).
        var differenceError: Double? {
            guard let standardDeviation, let alpha, alpha < 1 else { return nil }
            let error = standardDeviation * 2.0.squareRoot() * (1 - alpha).squareRoot()
            return error > 0 ? error : nil
        }

        /// The reliable change index of a change; nil when `differenceError` is.
        func index(of change: Fraction) -> Double? {
            differenceError.map { change.doubleValue / $0 }
        }

        /// The bases of the measures of a comparison (the total, then the dimensions in
        /// questionnaire order) from a wave's statistics and the alpha of all its items.
        static func measures(of statistics: ResearchStatistics, allItemsAlpha: Double?, dimensionCount: Int) -> [Basis] {
            func deviation(_ measure: ResearchStatistics.Measure) -> Double? {
                statistics.measures.first { $0.measure == measure && $0.group == nil }?.summary?.descriptive.standardDeviation
            }
            let total = Basis(standardDeviation: deviation(.total), alpha: allItemsAlpha)
            return [total] + (0..<dimensionCount).map { dimension in
                Basis(standardDeviation: deviation(.dimension(dimension)),
                      alpha: statistics.reliability.first { $0.dimension == dimension }?.alpha)
            }
        }
    }
}
