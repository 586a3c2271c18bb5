import Foundation

/// Tests of a measure between the groups of `--group-by`: Welch's one-way ANOVA (unequal
/// variances) with omega squared, the Kruskal-Wallis rank test (tie-corrected) with epsilon
/// squared, and pairwise the Games-Howell test (beside Welch's) and Dunn's rank tests with
/// Holm's adjustment (beside Kruskal-Wallis). The groups tested are those
/// with at least two respondents scored on the measure; respondents without a group are not in
/// the tests.
struct GroupComparison: Sendable {
    /// Positions in the report's group labels of the groups tested, and their sizes.
    var groups: [Int]
    var counts: [Int]
    /// Groups left out of the tests for having fewer than two scored respondents.
    var tooSmall: [Int]
    var welch: WelchANOVA?
    var kruskalWallis: KruskalWallis?
    /// Every two tested groups, in label order (a before b).
    var pairs: [DunnPair]
    /// Every two tested groups by Games-Howell; empty when a group's values are all equal.
    var gamesHowell: [GamesHowellPair]

    /// Welch (1951): F = [Σ w_i (m_i − m_w)² / (k − 1)] / [1 + 2 (k − 2) / (k² − 1) Σ (1 − w_i / W)² / (n_i − 1)],
    /// w_i = n_i / s_i², with k − 1 and (k² − 1) / (3 Σ (1 − w_i / W)² / (n_i − 1)) degrees of
    /// freedom (pingouin.welch_anova, R's oneway.test). Omega squared from the classical one-way
    /// sums of squares: (SSB − (k − 1) MSW) / (SST + MSW), not truncated at 0.
    struct WelchANOVA: Sendable, Equatable {
        var statistic: Double
        var df1: Double
        var df2: Double
        var pValue: Double
        var omegaSquared: Double
    }

    /// Kruskal & Wallis (1952): H = [12 / (N (N + 1)) Σ R_i² / n_i − 3 (N + 1)] / [1 − Σ (t³ − t) / (N³ − N)]
    /// with k − 1 degrees of freedom (scipy.stats.kruskal); epsilon squared H / (N − 1)
    /// (= H (N + 1) / (N² − 1), Tomczak & Tomczak 2014).
    struct KruskalWallis: Sendable, Equatable {
        var statistic: Double
        var degreesOfFreedom: Int
        var pValue: Double
        var epsilonSquared: Double
    }

    /// Dunn (1964): z = (R̄_a − R̄_b) / √((N (N + 1) / 12 − Σ (t³ − t) / (12 (N − 1))) (1 / n_a + 1 / n_b)),
    /// two-sided normal p-value, Holm-adjusted over all pairs (scikit_posthocs.posthoc_dunn).
    struct DunnPair: Sendable, Equatable {
        var a: Int
        var b: Int
        var meanRankDifference: Double
        var z: Double
        var pValue: Double
        var pHolm: Double
    }

    /// Games & Howell (1976): Welch's t = (m_a − m_b) / √(s_a²/n_a + s_b²/n_b), its p-value the
    /// studentized range of k groups beyond q = √2 |t| with the Welch-Satterthwaite degrees of freedom
    /// (s_a²/n_a + s_b²/n_b)² / ((s_a²/n_a)²/(n_a − 1) + (s_b²/n_b)²/(n_b − 1)); the p-value is
    /// already family-wise (pingouin.pairwise_gameshowell).
    struct GamesHowellPair: Sendable, Equatable {
        var a: Int
        var b: Int
        var meanDifference: Double
        var t: Double
        var degreesOfFreedom: Double
        var pValue: Double
    }

    /// Compares the groups of a measure's ranked scores, `groups[i]` being respondent i's group
    /// (its position in the report's labels; negative: none); nil when fewer than two groups
    /// have two scored respondents. Every test reads the scores where they are, in input order:
    /// nothing is copied per group or sorted (ranks follow from counting the codes).
    init?(scores: RankedScores, groups memberships: [Int32], groupCount: Int) {
        switch scores {
        case .narrow(let codes): self.init(codes, groups: memberships, groupCount: groupCount)
        case .wide(let codes): self.init(codes, groups: memberships, groupCount: groupCount)
        }
    }

    private init?<Code>(_ scores: RankedCodes<Code>, groups memberships: [Int32], groupCount: Int) {
        var sizes = [Int](repeating: 0, count: groupCount)
        for (code, group) in zip(scores.codes, memberships) where group >= 0 && code != 0 { sizes[Int(group)] += 1 }
        let tested = sizes.indices.filter { sizes[$0] >= 2 }
        guard tested.count >= 2 else { return nil }
        groups = tested
        counts = tested.map { sizes[$0] }
        tooSmall = sizes.indices.filter { sizes[$0] == 1 }
        // Each group's place among the tested ones (-1: not tested).
        var sample = [Int](repeating: -1, count: groupCount)
        for (position, group) in tested.enumerated() { sample[group] = position }
        let moments = Self.moments(scores, samples: sample, counts: counts, groups: memberships)
        welch = Self.welch(moments, counts: counts)
        gamesHowell = welch == nil ? [] : Self.gamesHowell(moments, counts: counts, groups: tested)
        let ranked = Self.rankSums(scores, samples: sample, sampleCount: tested.count, groups: memberships)
        kruskalWallis = Self.kruskalWallis(ranked, counts: counts)
        pairs = Self.dunn(ranked, counts: counts, groups: tested)
    }

    /// Per tested group (at its place in `samples`), the sum, mean and sample variance (n − 1)
    /// of its scores, each summed in input order.
    private static func moments<Code>(_ scores: RankedCodes<Code>, samples: [Int], counts: [Int], groups: [Int32])
        -> [(sum: Double, mean: Double, variance: Double)] {
        let values = scores.scoresByCode
        var sums = [Double](repeating: 0, count: counts.count)
        for (code, group) in zip(scores.codes, groups) where group >= 0 && code != 0 && samples[Int(group)] >= 0 {
            sums[samples[Int(group)]] += values[Int(code)]
        }
        let means = zip(sums, counts).map { $0 / Double($1) }
        var squares = [Double](repeating: 0, count: counts.count)
        for (code, group) in zip(scores.codes, groups) where group >= 0 && code != 0 && samples[Int(group)] >= 0 {
            let sample = samples[Int(group)], value = values[Int(code)]
            squares[sample] += (value - means[sample]) * (value - means[sample])
        }
        return counts.indices.map { (sums[$0], means[$0], squares[$0] / Double(counts[$0] - 1)) }
    }

    /// Welch's ANOVA; nil when a group's values are all equal (its weight is infinite).
    private static func welch(_ moments: [(sum: Double, mean: Double, variance: Double)], counts: [Int]) -> WelchANOVA? {
        let k = Double(counts.count)
        let means = moments.map(\.mean), variances = moments.map(\.variance)
        let squares = zip(variances, counts).map { $0 * Double($1 - 1) }
        guard variances.allSatisfy({ $0 > 0 }) else { return nil }
        let weights = zip(counts, variances).map { Double($0) / $1 }
        let totalWeight = weights.reduce(0, +)
        let weightedMean = zip(weights, means).reduce(0.0) { $0 + $1.0 * $1.1 } / totalWeight
        let between = zip(weights, means).reduce(0.0) { $0 + $1.0 * ($1.1 - weightedMean) * ($1.1 - weightedMean) } / (k - 1)
        let lambda = zip(weights, counts).reduce(0.0) { $0 + (1 - $1.0 / totalWeight) * (1 - $1.0 / totalWeight) / Double($1.1 - 1) }
        let statistic = between / (1 + 2 * (k - 2) / (k * k - 1) * lambda)
        let df2 = (k * k - 1) / (3 * lambda)

        let n = Double(counts.reduce(0, +))
        let grandMean = moments.reduce(0.0) { $0 + $1.sum } / n
        let withinSquares = squares.reduce(0, +)
        let betweenSquares = zip(counts, means).reduce(0.0) { $0 + Double($1.0) * ($1.1 - grandMean) * ($1.1 - grandMean) }
        let meanWithin = withinSquares / (n - k)
        let omega = (betweenSquares - (k - 1) * meanWithin) / (betweenSquares + withinSquares + meanWithin)
        return WelchANOVA(statistic: statistic, df1: k - 1, df2: df2, pValue: Distributions.fSurvival(statistic, df1: k - 1, df2: df2),
                          omegaSquared: omega)
    }

    /// The Games-Howell test of every two groups (each group's variance above 0).
    private static func gamesHowell(_ moments: [(sum: Double, mean: Double, variance: Double)], counts: [Int], groups: [Int]) -> [GamesHowellPair] {
        var pairs: [GamesHowellPair] = []
        for a in counts.indices {
            for b in counts.indices where b > a {
                let va = moments[a].variance / Double(counts[a]), vb = moments[b].variance / Double(counts[b])
                let difference = moments[a].mean - moments[b].mean
                let t = difference / (va + vb).squareRoot()
                let df = (va + vb) * (va + vb) / (va * va / Double(counts[a] - 1) + vb * vb / Double(counts[b] - 1))
                pairs.append(GamesHowellPair(a: groups[a], b: groups[b], meanDifference: difference, t: t, degreesOfFreedom: df,
                                             pValue: StudentizedRange.survival(2.0.squareRoot() * abs(t), groups: counts.count, degreesOfFreedom: df)))
            }
        }
        return pairs
    }

    /// Each tested group's sum of ranks among the tested groups' scores (ties sharing their
    /// mean rank), with Σ (t³ − t) over the groups of ties, lowest score first. Ranks are
    /// multiples of ½, so their sums are exact in any order (below 2^52 half ranks).
    private static func rankSums<Code>(_ scores: RankedCodes<Code>, samples: [Int], sampleCount: Int, groups: [Int32]) -> (sums: [Double], ties: Double) {
        let counts = scores.counts { groups[$0] >= 0 && samples[Int(groups[$0])] >= 0 }
        let ranks = RankedCodes<Code>.averageRanks(counts: counts)
        var sums = [Double](repeating: 0, count: sampleCount)
        for (code, group) in zip(scores.codes, groups) where group >= 0 && code != 0 && samples[Int(group)] >= 0 {
            sums[samples[Int(group)]] += ranks[Int(code)]
        }
        let ties = counts.dropFirst().reduce(0.0) { ties, count in
            let t = Double(count)
            return count > 0 ? ties + (t * t * t - t) : ties
        }
        return (sums, ties)
    }

    /// The Kruskal-Wallis test; nil when every value is the same.
    private static func kruskalWallis(_ ranked: (sums: [Double], ties: Double), counts: [Int]) -> KruskalWallis? {
        let n = Double(counts.reduce(0, +))
        let correction = 1 - ranked.ties / (n * n * n - n)
        guard correction > 0 else { return nil }
        let sum = zip(ranked.sums, counts).reduce(0.0) { total, sample in
            total + sample.0 * sample.0 / Double(sample.1)
        }
        let statistic = (12 / (n * (n + 1)) * sum - 3 * (n + 1)) / correction
        let df = counts.count - 1
        return KruskalWallis(statistic: statistic, degreesOfFreedom: df,
                             pValue: Distributions.chiSquareSurvival(statistic, degreesOfFreedom: Double(df)), epsilonSquared: statistic / (n - 1))
    }

    /// Dunn's test of every two groups, Holm-adjusted; empty when every value is the same.
    private static func dunn(_ ranked: (sums: [Double], ties: Double), counts: [Int], groups: [Int]) -> [DunnPair] {
        let n = Double(counts.reduce(0, +))
        let spread = n * (n + 1) / 12 - ranked.ties / (12 * (n - 1))
        guard spread > 0 else { return [] }
        let meanRanks = zip(ranked.sums, counts).map { $0 / Double($1) }
        var pairs: [DunnPair] = []
        for a in groups.indices {
            for b in groups.indices where b > a {
                let difference = meanRanks[a] - meanRanks[b]
                let z = difference / (spread * (1 / Double(counts[a]) + 1 / Double(counts[b]))).squareRoot()
                pairs.append(DunnPair(a: groups[a], b: groups[b], meanRankDifference: difference, z: z,
                                      pValue: min(1, 2 * Distributions.normalSurvival(abs(z))), pHolm: 0))
            }
        }
        for (index, adjusted) in PValueAdjustment.holm(pairs.map(\.pValue)).enumerated() { pairs[index].pHolm = adjusted! }
        return pairs
    }
}
