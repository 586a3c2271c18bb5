/// Counts of the Monte Carlo draws per municipality, in memory that does not grow with the
/// number of draws: how often each band came out, a histogram of ranks (one bin per rank) and
/// of totals (one bin per 0.01 point), from which shares and quantiles are read. Counts are
/// whole numbers, so accumulators of draws done on several cores merge to the same result in
/// any order.
struct UncertaintyAccumulator: Sendable {
    /// Total histogram bins per point.
    static let binsPerPoint = 100
    static let totalBins = 100 * binsPerPoint + 1

    let respondents: Int
    let bands: Int
    private(set) var draws = 0
    /// `bandCounts[respondent * bands + band]`.
    private(set) var bandCounts: [UInt32]
    /// Draws in which a respondent had no total (no dimension with enough answers).
    private(set) var unscored: [UInt32]
    /// `rankCounts[respondent * respondents + rank - 1]`.
    private var rankCounts: [UInt32]
    /// `totalCounts[respondent * totalBins + bin]`.
    private var totalCounts: [UInt32]

    init(respondents: Int, bands: Int) {
        self.respondents = respondents
        self.bands = bands
        bandCounts = Array(repeating: 0, count: respondents * bands)
        unscored = Array(repeating: 0, count: respondents)
        rankCounts = Array(repeating: 0, count: respondents * respondents)
        totalCounts = Array(repeating: 0, count: respondents * Self.totalBins)
    }

    /// Counts one draw: each respondent's total (nil without one), band and rank.
    mutating func add(totals: [Double?], bands drawn: [Int?], ranks: [Int?]) {
        draws += 1
        for respondent in 0..<respondents {
            guard let total = totals[respondent], let band = drawn[respondent], let rank = ranks[respondent] else {
                unscored[respondent] += 1
                continue
            }
            bandCounts[respondent * bands + band] += 1
            rankCounts[respondent * respondents + rank - 1] += 1
            let bin = min(max(Int((total * Double(Self.binsPerPoint)).rounded()), 0), Self.totalBins - 1)
            totalCounts[respondent * Self.totalBins + bin] += 1
        }
    }

    /// Adds another accumulator's counts (of other draws).
    mutating func merge(_ other: UncertaintyAccumulator) {
        draws += other.draws
        for index in bandCounts.indices { bandCounts[index] += other.bandCounts[index] }
        for index in unscored.indices { unscored[index] += other.unscored[index] }
        for index in rankCounts.indices { rankCounts[index] += other.rankCounts[index] }
        for index in totalCounts.indices { totalCounts[index] += other.totalCounts[index] }
    }

    /// The share of the draws with a total in which the respondent is in each band (summing to 1); zeros without any.
    func bandShares(of respondent: Int) -> [Double] {
        let counts = bandCounts[respondent * bands..<(respondent + 1) * bands]
        let scored = counts.reduce(0) { $0 + Int($1) }
        return counts.map { scored > 0 ? Double($0) / Double(scored) : 0 }
    }

    /// The `probability` quantile of a respondent's ranks (the smallest rank with at least that share of draws at or below it).
    func rankQuantile(of respondent: Int, _ probability: Double) -> Int? {
        Self.quantile(rankCounts[respondent * respondents..<(respondent + 1) * respondents], probability).map { $0 + 1 }
    }

    /// The `probability` quantile of a respondent's totals, to 0.01 point.
    func totalQuantile(of respondent: Int, _ probability: Double) -> Double? {
        Self.quantile(totalCounts[respondent * Self.totalBins..<(respondent + 1) * Self.totalBins], probability)
            .map { Double($0) / Double(Self.binsPerPoint) }
    }

    /// The inverse of the empirical distribution function over histogram bins: the first bin
    /// whose cumulative count reaches `probability` of the whole (nil for an empty histogram).
    static func quantile(_ counts: ArraySlice<UInt32>, _ probability: Double) -> Int? {
        let whole = counts.reduce(0) { $0 + Int($1) }
        guard whole > 0 else { return nil }
        let needed = max(1, Int((probability * Double(whole) - 1e-9).rounded(.up)))
        var seen = 0
        for (offset, count) in counts.enumerated() {
            seen += Int(count)
            if seen >= needed { return offset }
        }
        return counts.count - 1
    }
}
