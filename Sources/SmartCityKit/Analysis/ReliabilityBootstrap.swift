/// Percentile bootstrap confidence intervals of a dimension's reliability coefficients (alpha,
/// standardised alpha, Guttman's lambda 6, omega total), listwise and pairwise complete:
/// respondents are resampled with replacement (as many as were counted, the same respondents for
/// every dimension), the coefficients computed on each resample as on the data (the same
/// estimators: `ReliabilityCoefficients`, the one factor fitted by minres), and the interval is
/// from the 2.5th to the 97.5th percentile of the replicates where a coefficient is defined
/// (`PercentileInterval`, interpolated: type 7 quantiles, R's `quantile` default). Resample b draws from the SplitMix64 stream b of the
/// seed, so that the intervals are the same on any number of cores; memory holds the item rows of
/// `ReliabilitySample` and one estimate per replicate and coefficient.
package enum ReliabilityBootstrap {
    /// How many resamples, and the seed (`--bootstrap`, `--seed`); equal when these are.
    package struct Settings: Sendable, Equatable {
        package var replicates: Int
        package var seed: UInt64
        /// Where the resamples are counted as they finish (a progress line), if anywhere.
        package var progress: WorkProgress?

        package init(replicates: Int = 1000, seed: UInt64 = 1, progress: WorkProgress? = nil) {
            self.replicates = replicates
            self.seed = seed
            self.progress = progress
        }

        /// The same resamples: the count and the seed (not where they are counted).
        package static func == (lhs: Settings, rhs: Settings) -> Bool { lhs.replicates == rhs.replicates && lhs.seed == rhs.seed }
    }

    /// Whether the intervals were computed.
    enum Outcome: Sendable, Equatable {
        /// `--bootstrap 0`.
        case notRequested
        /// The item scores to keep (respondents × items) passed the limit of `ReliabilitySample`.
        case skipped(scoresNeeded: Int, limit: Int)
        case computed(Settings)
    }

    /// The coefficients bootstrapped, in the order of `Intervals`.
    enum Coefficient: Int, CaseIterable, Sendable {
        case alpha, standardisedAlpha, lambda6, omegaTotal
    }

    /// A percentile interval and the replicates it rests on (those where the coefficient is defined).
    struct Interval: Sendable, Equatable {
        var low: Double
        var high: Double
        var replicates: Int
    }

    /// A dimension's intervals by coefficient (`Coefficient.rawValue`), listwise and pairwise.
    struct Intervals: Sendable, Equatable {
        var listwise: [Interval?]
        var pairwise: [Interval?]
    }

    /// The intervals per dimension (nil for one not kept). `starts` gives per dimension the loadings
    /// of the data's one-factor fits (listwise, pairwise; empty: none), from which each
    /// replicate's fit starts.
    static func intervals(_ sample: ReliabilitySample, settings: Settings, starts: [(listwise: [Double], pairwise: [Double])]) -> [Intervals?] {
        let n = sample.respondents, replicates = settings.replicates
        let kept = sample.widths.indices.filter { sample.widths[$0] >= 2 && n >= 2 }
        guard replicates > 0, !kept.isEmpty, !sample.overflowed else { return sample.widths.map { _ in nil } }
        let means = sample.widths.indices.map { Self.itemMeans(sample.rows[$0], width: sample.widths[$0]) }
        let perReplicate = kept.count * 2 * Coefficient.allCases.count
        // Chunks of resamples on every core; each resample's numbers depend on its index only.
        let chunkSize = max(1, (replicates + 31) / 32)
        let chunks = stride(from: 0, to: replicates, by: chunkSize).map { $0..<min($0 + chunkSize, replicates) }
        settings.progress?.start(.resamples, total: replicates)
        let computed = Parallel.map(chunks) { chunk -> [Double] in
            var values: [Double] = []
            values.reserveCapacity(chunk.count * perReplicate)
            for replicate in chunk {
                var generator = SplitMix64(seed: settings.seed, stream: UInt64(replicate))
                var moments = kept.map { ResampleMoments(width: sample.widths[$0]) }
                for _ in 0..<n {
                    let respondent = generator.index(below: n)
                    for (slot, dimension) in kept.enumerated() {
                        moments[slot].add(sample.rows[dimension], respondent: respondent, means: means[dimension])
                    }
                }
                for (slot, dimension) in kept.enumerated() {
                    values += Self.estimates(moments[slot].listwiseCovariances(), start: starts[dimension].listwise)
                    values += Self.estimates(moments[slot].pairwiseCovariances(), start: starts[dimension].pairwise)
                }
                settings.progress?.step()
            }
            return values
        }
        let coefficients = Coefficient.allCases.count
        var result = [Intervals?](repeating: nil, count: sample.widths.count)
        for (slot, dimension) in kept.enumerated() {
            let intervals = (0..<2).map { basis in
                (0..<coefficients).map { coefficient in
                    let offset = (slot * 2 + basis) * coefficients + coefficient
                    return percentileInterval((0..<replicates).map { computed[$0 / chunkSize][($0 % chunkSize) * perReplicate + offset] })
                }
            }
            result[dimension] = Intervals(listwise: intervals[0], pairwise: intervals[1])
        }
        return result
    }

    /// The percentile interval (`PercentileInterval`, interpolated: type 7) of the values that are
    /// not NaN; nil when none is.
    static func percentileInterval(_ values: [Double]) -> Interval? {
        let sorted = values.filter { !$0.isNaN }.sorted()
        guard !sorted.isEmpty else { return nil }
        let interval = PercentileInterval.of(sorted: sorted, ends: .interpolated)
        return Interval(low: interval.lowerBound, high: interval.upperBound, replicates: sorted.count)
    }

    /// Alpha, standardised alpha, lambda 6 and omega total of a covariance matrix (NaN where
    /// undefined), as `ReliabilityCoefficients` defines them; the factor is fitted from `start`.
    static func estimates(_ c: [[Double]]?, start: [Double]) -> [Double] {
        var values = [Double](repeating: .nan, count: Coefficient.allCases.count)
        guard let c else { return values }
        let k = c.count
        values[Coefficient.alpha.rawValue] = ReliabilityCoefficients.alpha(c) ?? .nan
        guard let r = ReliabilityCoefficients.correlations(c) else { return values }
        let sumR = r.joined().reduce(0, +)
        values[Coefficient.standardisedAlpha.rawValue] = Double(k) / Double(k - 1) * (1 - Double(k) / sumR)
        guard let inverse = SymmetricMatrix.inverse(r) else { return values }
        values[Coefficient.lambda6.rawValue] = 1 - (0..<k).reduce(0.0) { $0 + 1 / inverse[$1][$1] } / sumR
        guard k >= 3 else { return values }
        let begin = start.count == k ? start : (0..<k).map { (max(1 - 1 / inverse[$0][$0], 0.01)).squareRoot() }
        if let model = OneFactorModel(correlations: r, startingFrom: begin) {
            values[Coefficient.omegaTotal.rawValue] = 1 - model.loadings.reduce(0.0) { $0 + (1 - $1 * $1) } / sumR
        }
        return values
    }

    /// The mean of each item over the rows where it is scored (0 when none is), to centre the sums.
    private static func itemMeans(_ rows: [Double], width: Int) -> [Double] {
        guard width > 0 else { return [] }
        var sums = [Double](repeating: 0, count: width), counts = [Int](repeating: 0, count: width)
        for (index, value) in rows.enumerated() where !value.isNaN {
            sums[index % width] += value
            counts[index % width] += 1
        }
        return (0..<width).map { counts[$0] == 0 ? 0 : sums[$0] / Double(counts[$0]) }
    }
}

/// The sums of one resample's item scores (centred on the data's item means) for one dimension,
/// listwise (respondents with every item) and per pair of items (those with both).
private struct ResampleMoments {
    let width: Int
    var completeCount = 0
    /// Σ x_i and Σ x_i x_j (i <= j, row-major) over the complete rows.
    var completeSums: [Double]
    var completeProducts: [Double]
    /// Per pair i <= j: the rows with both, Σ x_i, Σ x_j and Σ x_i x_j over them.
    var pairCounts: [Int]
    var pairFirst: [Double]
    var pairSecond: [Double]
    var pairProducts: [Double]
    /// The centred row being added.
    private var row: [Double]

    init(width: Int) {
        self.width = width
        completeSums = Array(repeating: 0, count: width)
        let zeros = [Double](repeating: 0, count: width * width)
        (completeProducts, pairFirst, pairSecond, pairProducts) = (zeros, zeros, zeros, zeros)
        pairCounts = Array(repeating: 0, count: width * width)
        row = Array(repeating: 0, count: width)
    }

    /// Adds the row of `respondent` from the rows of the dimension.
    mutating func add(_ rows: [Double], respondent: Int, means: [Double]) {
        let start = respondent * width
        var complete = true
        for i in 0..<width {
            row[i] = rows[start + i] - means[i]
            if row[i].isNaN { complete = false }
        }
        for i in 0..<width where !row[i].isNaN {
            let x = row[i]
            for j in i..<width where !row[j].isNaN {
                let slot = i * width + j, y = row[j]
                pairCounts[slot] += 1
                pairFirst[slot] += x
                pairSecond[slot] += y
                pairProducts[slot] += x * y
            }
        }
        guard complete else { return }
        completeCount += 1
        for i in 0..<width {
            completeSums[i] += row[i]
            for j in i..<width { completeProducts[i * width + j] += row[i] * row[j] }
        }
    }

    /// The sample covariances (n − 1) over the complete rows; nil for fewer than two.
    func listwiseCovariances() -> [[Double]]? {
        let n = Double(completeCount)
        guard completeCount >= 2 else { return nil }
        return matrix { i, j in (completeProducts[i * width + j] - completeSums[i] * completeSums[j] / n) / (n - 1) }
    }

    /// The pairwise-complete covariances; nil when a pair has fewer than two rows.
    func pairwiseCovariances() -> [[Double]]? {
        guard (0..<width).allSatisfy({ i in (i..<width).allSatisfy { pairCounts[i * width + $0] >= 2 } }) else { return nil }
        return matrix { i, j in
            let slot = i * width + j, n = Double(pairCounts[slot])
            return (pairProducts[slot] - pairFirst[slot] * pairSecond[slot] / n) / (n - 1)
        }
    }

    /// The symmetric matrix with `entry(i, j)` for i <= j.
    private func matrix(_ entry: (Int, Int) -> Double) -> [[Double]] {
        var result = [[Double]](repeating: [Double](repeating: 0, count: width), count: width)
        for i in 0..<width {
            for j in i..<width {
                let value = entry(i, j)
                (result[i][j], result[j][i]) = (value, value)
            }
        }
        return result
    }
}
