/// Descriptive statistics of a set of scores.
public struct Descriptive: Sendable, Equatable {
    public var count: Int
    public var mean: Double
    public var median: Double
    public var minimum: Double
    public var maximum: Double
    /// Sample standard deviation (n - 1); nil for fewer than two values.
    public var standardDeviation: Double?

    /// nil for an empty set.
    public init?(_ values: [Double]) {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        count = sorted.count
        // Kahan-compensated sum: the mean of many scores stays exact to the last digit shown.
        var sum = 0.0, compensation = 0.0
        for value in sorted {
            let y = value - compensation
            let t = sum + y
            compensation = (t - sum) - y
            sum = t
        }
        mean = sum / Double(count)
        median = count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2
        minimum = sorted[0]
        maximum = sorted[count - 1]
        if count > 1 {
            let squares = sorted.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            standardDeviation = (squares / Double(count - 1)).squareRoot()
        }
    }
}

/// Competition ranking ("1224"): equal values share the best rank, the next rank skips.
public enum Ranking {
    /// Ranks of `values` (higher is better), aligned with the input. Values are compared at
    /// `digits` decimals, the precision the reports show, so that two scores printed the same
    /// are tied; nil values get no rank.
    public static func competitionRanks(_ values: [Double?], digits: Int = 2) -> [Int?] {
        let keys = values.map { $0.map { NumberFormat.fixed($0, digits: digits) }.flatMap(Double.init) }
        let order = keys.indices.filter { keys[$0] != nil }.sorted { keys[$0]! > keys[$1]! }
        var ranks = [Int?](repeating: nil, count: values.count)
        for (position, index) in order.enumerated() {
            if position > 0, keys[order[position - 1]] == keys[index] {
                ranks[index] = ranks[order[position - 1]]
            } else {
                ranks[index] = position + 1
            }
        }
        return ranks
    }
}
