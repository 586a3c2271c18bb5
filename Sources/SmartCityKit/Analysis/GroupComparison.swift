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

    /// Compares the groups of `values` (NaN: not scored), `groups[i]` being respondent i's group
    /// (its position in the report's labels; negative: none); nil when fewer than two groups
    /// have two scored respondents. The tested groups' values are gathered once, group after
    /// group (each in input order), and every test reads them there: one number per respondent.
    init?(values: [Double], groups memberships: [Int32], groupCount: Int) {
        var sizes = [Int](repeating: 0, count: groupCount)
        for (value, group) in zip(values, memberships) where group >= 0 && !value.isNaN { sizes[Int(group)] += 1 }
        let tested = sizes.indices.filter { sizes[$0] >= 2 }
        guard tested.count >= 2 else { return nil }
        groups = tested
        counts = tested.map { sizes[$0] }
        tooSmall = sizes.indices.filter { sizes[$0] == 1 }
        let pooled = Self.pooled(values, groups: memberships, tested: tested, sizes: sizes)
        let samples = Self.slices(of: pooled, counts: counts)
        let moments = Self.moments(samples)
        welch = Self.welch(samples, moments: moments)
        gamesHowell = welch == nil ? [] : Self.gamesHowell(samples, moments: moments, groups: tested)
        let ranked = Self.rankSums(pooled, counts: counts)
        kruskalWallis = Self.kruskalWallis(ranked, counts: counts)
        pairs = Self.dunn(ranked, counts: counts, groups: tested)
    }

    /// The values of the tested groups, group after group in the order of `tested`, each
    /// group's in input order.
    private static func pooled(_ values: [Double], groups memberships: [Int32], tested: [Int], sizes: [Int]) -> [Double] {
        // Where each tested group's next value goes (-1: not tested).
        var next = [Int](repeating: -1, count: sizes.count), end = 0
        for group in tested {
            next[group] = end
            end += sizes[group]
        }
        var pooled = [Double](repeating: 0, count: end)
        for (value, group) in zip(values, memberships) where group >= 0 && !value.isNaN && next[Int(group)] >= 0 {
            pooled[next[Int(group)]] = value
            next[Int(group)] += 1
        }
        return pooled
    }

    /// Consecutive slices of `values` of the sizes in `counts`.
    private static func slices(of values: [Double], counts: [Int]) -> [ArraySlice<Double>] {
        var start = 0
        return counts.map { count in
            defer { start += count }
            return values[start..<start + count]
        }
    }

    /// Welch's ANOVA; nil when a group's values are all equal (its weight is infinite).
    private static func welch(_ samples: [ArraySlice<Double>], moments: [(mean: Double, variance: Double)]) -> WelchANOVA? {
        let k = Double(samples.count)
        let means = moments.map(\.mean), variances = moments.map(\.variance)
        let squares = zip(variances, samples).map { $0 * Double($1.count - 1) }
        guard variances.allSatisfy({ $0 > 0 }) else { return nil }
        let weights = zip(samples, variances).map { Double($0.count) / $1 }
        let totalWeight = weights.reduce(0, +)
        let weightedMean = zip(weights, means).reduce(0.0) { $0 + $1.0 * $1.1 } / totalWeight
        let between = zip(weights, means).reduce(0.0) { $0 + $1.0 * ($1.1 - weightedMean) * ($1.1 - weightedMean) } / (k - 1)
        let lambda = zip(weights, samples).reduce(0.0) { $0 + (1 - $1.0 / totalWeight) * (1 - $1.0 / totalWeight) / Double($1.1.count - 1) }
        let statistic = between / (1 + 2 * (k - 2) / (k * k - 1) * lambda)
        let df2 = (k * k - 1) / (3 * lambda)

        let n = Double(samples.reduce(0) { $0 + $1.count })
        let grandMean = samples.reduce(0.0) { $0 + $1.reduce(0, +) } / n
        let withinSquares = squares.reduce(0, +)
        let betweenSquares = zip(samples, means).reduce(0.0) { $0 + Double($1.0.count) * ($1.1 - grandMean) * ($1.1 - grandMean) }
        let meanWithin = withinSquares / (n - k)
        let omega = (betweenSquares - (k - 1) * meanWithin) / (betweenSquares + withinSquares + meanWithin)
        return WelchANOVA(statistic: statistic, df1: k - 1, df2: df2, pValue: Distributions.fSurvival(statistic, df1: k - 1, df2: df2),
                          omegaSquared: omega)
    }

    /// The mean and the sample variance (n − 1) of each sample.
    private static func moments(_ samples: [ArraySlice<Double>]) -> [(mean: Double, variance: Double)] {
        samples.map { sample in
            let mean = sample.reduce(0, +) / Double(sample.count)
            return (mean, sample.reduce(0.0) { $0 + ($1 - mean) * ($1 - mean) } / Double(sample.count - 1))
        }
    }

    /// The Games-Howell test of every two groups (each group's variance above 0).
    private static func gamesHowell(_ samples: [ArraySlice<Double>], moments: [(mean: Double, variance: Double)], groups: [Int]) -> [GamesHowellPair] {
        var pairs: [GamesHowellPair] = []
        for a in samples.indices {
            for b in samples.indices where b > a {
                let va = moments[a].variance / Double(samples[a].count), vb = moments[b].variance / Double(samples[b].count)
                let difference = moments[a].mean - moments[b].mean
                let t = difference / (va + vb).squareRoot()
                let df = (va + vb) * (va + vb) / (va * va / Double(samples[a].count - 1) + vb * vb / Double(samples[b].count - 1))
                pairs.append(GamesHowellPair(a: groups[a], b: groups[b], meanDifference: difference, t: t, degreesOfFreedom: df,
                                             pValue: StudentizedRange.survival(2.0.squareRoot() * abs(t), groups: samples.count, degreesOfFreedom: df)))
            }
        }
        return pairs
    }

    /// Each sample's sum of ranks among the pooled values (the samples of sizes `counts`, one
    /// after another; ties sharing their mean rank), with Σ (t³ − t) over the groups of ties.
    /// The values are sorted with their samples beside them (no scattered reads). Ranks are
    /// multiples of ½, so their sums are exact in any order (below 2^52 half ranks).
    private static func rankSums(_ pooled: [Double], counts: [Int]) -> (sums: [Double], ties: Double) {
        var ranked: [(value: Double, sample: Int32)] = []
        ranked.reserveCapacity(pooled.count)
        var start = 0
        for (sample, count) in counts.enumerated() {
            for value in pooled[start..<start + count] { ranked.append((value, Int32(sample))) }
            start += count
        }
        ranked.sort { $0.value < $1.value }
        var sums = [Double](repeating: 0, count: counts.count), ties = 0.0
        start = 0
        for position in ranked.indices where position == ranked.count - 1 || ranked[position + 1].value != ranked[position].value {
            // The mean of the ranks start + 1 ... position + 1.
            let rank = Double(start + position) / 2 + 1
            for tied in start...position { sums[Int(ranked[tied].sample)] += rank }
            let t = Double(position - start + 1)
            ties += t * t * t - t
            start = position + 1
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
