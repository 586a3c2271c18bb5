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
    private var pairs: [PairSums]
    /// The largest magnitude of an item score counted, which bounds the sums.
    private var largest: UInt64 = 0
    private var respondents = 0
    /// Whether the sums left the range in which they are exact.
    private(set) var overflowed = false
    /// The current respondent's answered items (their slots) and scores: reused from respondent to respondent.
    private var answered: [(slot: Int, units: Int64)] = []

    /// The sums of one pair of items, over the respondents who answered both.
    struct PairSums: Sendable {
        var count = 0
        var first: Int128 = 0
        var second: Int128 = 0
        var product: Int128 = 0
    }

    init(size: Int, scoreUnit: Int64) {
        self.size = size
        self.scoreUnit = scoreUnit
        pairs = Array(repeating: PairSums(), count: size * size)
    }

    /// The moments of `respondents` respondents from each pair's exact sums (row-major, i <= j
    /// filled) and the largest magnitude of a score among them, as `add` would have left them
    /// (`ItemPairCounts.moments`).
    init(size: Int, scoreUnit: Int64, respondents: Int, pairs: [PairSums], largest: UInt64) {
        (self.size, self.scoreUnit, self.respondents, self.pairs, self.largest) = (size, scoreUnit, respondents, pairs, largest)
        overflowed = !Self.fits(largest: largest, count: respondents)
    }

    /// Counts one respondent: its score on item `slot` is `scores[items[slot]]` (nil: not
    /// answered), in `1 / scoreUnit` points. Only the pairs answered are visited.
    mutating func add(_ scores: [Int64?], items: [Int]) {
        respondents += 1
        guard !overflowed else { return }
        answered.removeAll(keepingCapacity: true)
        for (slot, item) in items.enumerated() {
            guard let units = scores[item] else { continue }
            largest = max(largest, units.magnitude)
            answered.append((slot, units))
        }
        guard Self.fits(largest: largest, count: respondents) else { return overflowed = true }
        // Products of scores below 2^31 in magnitude are exact in 64 bits.
        let narrow = largest < 1 << 31
        let (answered, size) = (answered, size)
        pairs.withUnsafeMutableBufferPointer { pairs in
            for a in answered.indices {
                let (i, x) = answered[a]
                for b in a..<answered.count {
                    let (j, y) = answered[b]
                    let slot = i * size + j
                    pairs[slot].count += 1
                    pairs[slot].first &+= Int128(x)
                    pairs[slot].second &+= Int128(y)
                    pairs[slot].product &+= narrow ? Int128(x &* y) : Int128(x) &* Int128(y)
                }
            }
        }
    }

    /// Counts what `other` (of the same items) counted.
    mutating func merge(_ other: PairwiseCoMoments) {
        respondents += other.respondents
        largest = max(largest, other.largest)
        overflowed = overflowed || other.overflowed || !Self.fits(largest: largest, count: respondents)
        guard !overflowed else { return }
        for slot in pairs.indices {
            pairs[slot].count += other.pairs[slot].count
            pairs[slot].first &+= other.pairs[slot].first
            pairs[slot].second &+= other.pairs[slot].second
            pairs[slot].product &+= other.pairs[slot].product
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
        for i in 0..<size { for j in i..<size { smallest = min(smallest, pairs[i * size + j].count) } }
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
                let sums = pairs[i * size + j], n = sums.count
                guard n >= 2 else { return nil }
                let (left, o1) = Int128(n).multipliedReportingOverflow(by: sums.product)
                let (right, o2) = sums.first.multipliedReportingOverflow(by: sums.second)
                let (difference, o3) = left.subtractingReportingOverflow(right)
                let (denominator, o4) = (Int128(n) * Int128(n - 1)).multipliedReportingOverflow(by: unitSquared)
                let value = o1 || o2 || o3 || o4
                    ? (Double(n) * Double(sums.product) - Double(sums.first) * Double(sums.second)) / (Double(n) * Double(n - 1)) / Double(unitSquared)
                    : Fraction(difference, denominator).doubleValue
                (matrix[i][j], matrix[j][i]) = (value, value)
            }
        }
        return matrix
    }
}
