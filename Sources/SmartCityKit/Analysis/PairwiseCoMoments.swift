/// Sums of a dimension's item scores over the respondents who answered each item and each two
/// items (pairwise complete), updated one respondent at a time: the covariance of items i and
/// j over those who answered both, as `cov(x, use = "pairwise")` in R (and so `psych::alpha` by
/// default) and pandas' `DataFrame.cov` compute it.
///
/// Item scores arrive as whole numbers of `1 / scoreUnit` points and the sums are kept exactly
/// in 128-bit integers, while every sum of products stays below 2^126 (as `CoMoments` bounds
/// them); beyond that (a score unit finer than about 1/2^30 point on a million respondents) the
/// pairwise covariances are not given.
struct PairwiseCoMoments: Sendable {
    private let size: Int
    private let scoreUnit: Int64
    /// Per pair i <= j (row-major k × k): the respondents with both, Σ x_i and Σ x_j over them, Σ x_i x_j.
    private var counts: [Int]
    private var firstSums: [Int128]
    private var secondSums: [Int128]
    private var products: [Int128]
    /// The largest magnitude of an item score counted, which bounds the sums.
    private var largest: UInt64 = 0
    private var respondents = 0
    /// Whether the sums left the range in which they are exact.
    private(set) var overflowed = false

    init(size: Int, scoreUnit: Int64) {
        self.size = size
        self.scoreUnit = scoreUnit
        counts = Array(repeating: 0, count: size * size)
        let zeros = [Int128](repeating: 0, count: size * size)
        (firstSums, secondSums, products) = (zeros, zeros, zeros)
    }

    /// Counts one respondent's item scores (nil: not answered), in `1 / scoreUnit` points.
    mutating func add(_ row: [Int64?]) {
        respondents += 1
        guard !overflowed else { return }
        for value in row { if let value { largest = max(largest, value.magnitude) } }
        guard Self.fits(largest: largest, count: respondents) else { return overflowed = true }
        for i in 0..<size {
            guard let x = row[i] else { continue }
            for j in i..<size {
                guard let y = row[j] else { continue }
                let slot = i * size + j
                counts[slot] += 1
                firstSums[slot] &+= Int128(x)
                secondSums[slot] &+= Int128(y)
                products[slot] &+= Int128(x) &* Int128(y)
            }
        }
    }

    /// Counts what `other` (of the same items) counted.
    mutating func merge(_ other: PairwiseCoMoments) {
        respondents += other.respondents
        largest = max(largest, other.largest)
        overflowed = overflowed || other.overflowed || !Self.fits(largest: largest, count: respondents)
        guard !overflowed else { return }
        for slot in counts.indices {
            counts[slot] += other.counts[slot]
            firstSums[slot] &+= other.firstSums[slot]
            secondSums[slot] &+= other.secondSums[slot]
            products[slot] &+= other.products[slot]
        }
    }

    /// Whether count × largest² stays below 2^126, so that no sum can overflow.
    private static func fits(largest: UInt64, count: Int) -> Bool {
        let (bound, overflow) = (UInt128(largest) * UInt128(largest)).multipliedReportingOverflow(by: UInt128(count))
        return !overflow && bound < 1 << 126
    }

    /// The fewest respondents any item or pair of items has.
    var smallestPairCount: Int {
        var smallest = Int.max
        for i in 0..<size { for j in i..<size { smallest = min(smallest, counts[i * size + j]) } }
        return size == 0 ? 0 : smallest
    }

    /// The pairwise sample covariances (n − 1) in item-score points², each computed exactly and
    /// rounded once; nil when the sums overflowed or a pair has fewer than two respondents.
    var covariances: [[Double]]? {
        guard !overflowed else { return nil }
        var matrix = [[Double]](repeating: [Double](repeating: 0, count: size), count: size)
        let unitSquared = Int128(scoreUnit) * Int128(scoreUnit)
        for i in 0..<size {
            for j in i..<size {
                let slot = i * size + j, n = counts[slot]
                guard n >= 2 else { return nil }
                let (left, o1) = Int128(n).multipliedReportingOverflow(by: products[slot])
                let (right, o2) = firstSums[slot].multipliedReportingOverflow(by: secondSums[slot])
                let (difference, o3) = left.subtractingReportingOverflow(right)
                let (denominator, o4) = (Int128(n) * Int128(n - 1)).multipliedReportingOverflow(by: unitSquared)
                let value = o1 || o2 || o3 || o4
                    ? (Double(n) * Double(products[slot]) - Double(firstSums[slot]) * Double(secondSums[slot])) / (Double(n) * Double(n - 1)) / Double(unitSquared)
                    : Fraction(difference, denominator).doubleValue
                (matrix[i][j], matrix[j][i]) = (value, value)
            }
        }
        return matrix
    }
}
