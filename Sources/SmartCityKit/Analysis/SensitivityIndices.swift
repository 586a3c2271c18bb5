/// Variance-based sensitivity indices of a model's outputs to groups of its inputs, by the
/// Saltelli sampling design: two independent matrices A and B of N points of the unit cube, and
/// for each input group i the matrix A with group i's columns taken from B. First-order indices
/// by the estimator of Saltelli et al. (2010, table 2 (b)), total indices by Jansen's (1999), both
/// over the variance of the outputs of A and B together; 95 % confidence intervals by the
/// percentile bootstrap over the N rows (`PercentileInterval`, enclosing).
struct SensitivityIndices: Sendable {
    /// One input group's indices for one output; nil where the output does not vary.
    struct Index: Sendable, Equatable {
        var firstOrder: Double
        var total: Double
        var firstOrderInterval: ClosedRange<Double>
        var totalInterval: ClosedRange<Double>
    }

    /// `indices[output][group]`.
    let indices: [[Index?]]

    /// Evaluates `model` (a point of [0, 1)^columns -> one value per output) on the design of
    /// `samples` rows, rows drawn from streams of `seed`, spread over the cores, each row counted
    /// in `progress`; `groups` are the input groups' columns.
    init(columns: Int, groups: [Range<Int>], outputs: Int, samples: Int, seed: UInt64, resamples: Int, progress: WorkProgress? = nil,
         model: (ArraySlice<Double>) -> [Double]) {
        let k = groups.count
        // Per row: f(A), f(B), then f(A_B^i) for each group, each `outputs` values.
        let chunks = Array(0..<min(samples, 64))
        progress?.start(.sensitivityRows, total: samples)
        let evaluated = Parallel.map(chunks) { chunk -> [[Double]] in
            let rows = samples * chunk / chunks.count..<samples * (chunk + 1) / chunks.count
            return rows.map { row in
                var random = SplitMix64(seed: seed ^ 0x5A17_E111_0000_0001, stream: UInt64(row))
                let a = (0..<columns).map { _ in random.unit() }, b = (0..<columns).map { _ in random.unit() }
                var values = model(a[...]) + model(b[...])
                for group in groups {
                    var mixed = a
                    for column in group { mixed[column] = b[column] }
                    values += model(mixed[...])
                }
                progress?.step()
                return values
            }
        }.flatMap { $0 }
        indices = (0..<outputs).map { output in
            let fA = evaluated.map { $0[output] }, fB = evaluated.map { $0[outputs + output] }
            let fAB = (0..<k).map { group in evaluated.map { $0[(2 + group) * outputs + output] } }
            return (0..<k).map { group in
                Self.index(fA: fA, fB: fB, fAB: fAB[group], resamples: resamples, seed: seed &+ UInt64(output * 1000 + group))
            }
        }
    }

    /// The point estimates and bootstrap intervals of one group for one output.
    static func index(fA: [Double], fB: [Double], fAB: [Double], resamples: Int, seed: UInt64) -> Index? {
        guard let estimate = estimate(fA: fA, fB: fB, fAB: fAB, rows: Array(fA.indices)) else { return nil }
        var firsts: [Double] = [], totals: [Double] = []
        for resample in 0..<resamples {
            var random = SplitMix64(seed: seed, stream: UInt64(resample))
            let rows = fA.indices.map { _ in random.index(below: fA.count) }
            guard let value = Self.estimate(fA: fA, fB: fB, fAB: fAB, rows: rows) else { continue }
            firsts.append(value.first)
            totals.append(value.total)
        }
        return Index(firstOrder: estimate.first, total: estimate.total,
                     firstOrderInterval: percentileInterval(firsts, fallback: estimate.first),
                     totalInterval: percentileInterval(totals, fallback: estimate.total))
    }

    /// Saltelli 2010 first-order and Jansen total estimates over the rows (with repeats); nil
    /// when the outputs do not vary.
    static func estimate(fA: [Double], fB: [Double], fAB: [Double], rows: [Int]) -> (first: Double, total: Double)? {
        let n = Double(rows.count)
        var sum = 0.0, squares = 0.0, first = 0.0, total = 0.0
        for row in rows {
            sum += fA[row] + fB[row]
            squares += fA[row] * fA[row] + fB[row] * fB[row]
            first += fB[row] * (fAB[row] - fA[row])
            let difference = fA[row] - fAB[row]
            total += difference * difference
        }
        let mean = sum / (2 * n)
        let variance = squares / (2 * n) - mean * mean
        guard variance > 1e-12 * max(1, mean * mean) else { return nil }
        return (first / n / variance, total / (2 * n) / variance)
    }

    /// The percentile interval (`PercentileInterval`, enclosing) of the bootstrap values; the
    /// estimate alone when no resample gave one.
    static func percentileInterval(_ values: [Double], fallback: Double) -> ClosedRange<Double> {
        values.isEmpty ? fallback...fallback : PercentileInterval.of(sorted: values.sorted(), ends: .enclosing)
    }
}
