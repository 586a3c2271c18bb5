/// Sums of item scores and of their products over the respondents who answered every item of
/// a dimension, updated one respondent at a time, from which Cronbach's alpha and the item
/// statistics follow.
///
/// Item scores arrive as whole numbers of `1 / scoreUnit` points, and the sums are kept exactly
/// in 128-bit integers, so that what the report decides - alpha below 0.7, an item correlating
/// negatively with the rest - is decided on the exact value: an alpha of exactly 0.7 is not low
/// and an item-total correlation of exactly 0 is not negative. Beyond 128 bits (item scores with
/// a unit finer than about 1/2^30 point on a million respondents) the sums continue in binary
/// and the decisions are taken on those.
struct CoMoments: Sendable {
    private(set) var count = 0
    private let size: Int
    private let scoreUnit: Int64
    /// Σ x_i and Σ x_i x_j (row-major k x k, i <= j filled), in units.
    private var sums: [Int128]
    private var products: [Int128]
    /// The largest magnitude of an item score counted, which bounds the sums.
    private var largest: UInt64 = 0
    /// The same sums in binary, once the exact ones could overflow.
    private var approximate: (sums: [Double], products: [Double])?

    init(size: Int, scoreUnit: Int64 = 1) {
        self.size = size
        self.scoreUnit = scoreUnit
        sums = Array(repeating: 0, count: size)
        products = Array(repeating: 0, count: size * size)
    }

    /// The moments of `count` respondents from their exact sums (Σ x_i; Σ x_i x_j row-major,
    /// i <= j filled) and the largest magnitude of a score among them, as `add` would have
    /// left them (`ItemPairCounts.moments`).
    init(size: Int, scoreUnit: Int64, count: Int, sums: [Int128], products: [Int128], largest: UInt64) {
        (self.size, self.scoreUnit, self.count, self.sums, self.products, self.largest) = (size, scoreUnit, count, sums, products, largest)
    }

    /// Counts one respondent's item scores, in `1 / scoreUnit` points.
    mutating func add(_ row: [Int64]) {
        count += 1
        if approximate == nil {
            for value in row { largest = max(largest, value.magnitude) }
            // Every sum of products stays below count × largest², which must fit in 126 bits.
            let square = UInt128(largest) * UInt128(largest)
            let (bound, overflow) = square.multipliedReportingOverflow(by: UInt128(count))
            if !overflow, bound < 1 << 126 {
                for i in 0..<size {
                    sums[i] &+= Int128(row[i])
                    for j in i..<size { products[i * size + j] &+= Int128(row[i]) &* Int128(row[j]) }
                }
                return
            }
            approximate = (sums.map(Self.double), products.map(Self.double))
        }
        for i in 0..<size {
            approximate!.sums[i] += Double(row[i])
            for j in i..<size { approximate!.products[i * size + j] += Double(row[i]) * Double(row[j]) }
        }
    }

    /// Counts what `other` (of the same items) counted, as if its respondents had been added
    /// here: exactly while the sums of both stay within the bound `add` keeps, else in binary.
    mutating func merge(_ other: CoMoments) {
        let merged = count + other.count
        let largest = max(self.largest, other.largest)
        let square = UInt128(largest) * UInt128(largest)
        let (bound, overflow) = square.multipliedReportingOverflow(by: UInt128(merged))
        if approximate == nil, other.approximate == nil, !overflow, bound < 1 << 126 {
            for index in sums.indices { sums[index] &+= other.sums[index] }
            for index in products.indices { products[index] &+= other.products[index] }
        } else {
            let mine = approximate ?? (sums.map(Self.double), products.map(Self.double))
            let theirs = other.approximate ?? (other.sums.map(Self.double), other.products.map(Self.double))
            approximate = (zip(mine.sums, theirs.sums).map { $0 + $1 }, zip(mine.products, theirs.products).map { $0 + $1 })
        }
        count = merged
        self.largest = largest
    }

    /// An exact sum in binary (the initialiser by name: `Double.init` is ambiguous in `map`).
    private static func double(_ value: Int128) -> Double { Double(value) }

    /// n Σ x_i x_j − Σ x_i Σ x_j = n (n − 1) × the covariance of items i and j (in units²),
    /// exactly; nil when the sums are in binary or a product overflows.
    private var scaledCovariances: [[Int128]]? {
        guard approximate == nil else { return nil }
        var matrix = [[Int128]](repeating: [Int128](repeating: 0, count: size), count: size)
        for i in 0..<size {
            for j in i..<size {
                let (left, o1) = Int128(count).multipliedReportingOverflow(by: products[i * size + j])
                let (right, o2) = sums[i].multipliedReportingOverflow(by: sums[j])
                let (difference, o3) = left.subtractingReportingOverflow(right)
                guard !(o1 || o2 || o3) else { return nil }
                (matrix[i][j], matrix[j][i]) = (difference, difference)
            }
        }
        return matrix
    }

    /// The sample covariance (n − 1) of items i and j, in item-score points² (two or more respondents).
    func covariance(_ i: Int, _ j: Int) -> Double { covariances(scaledCovariances)[i][j] }

    /// The sample covariances (n − 1) in item-score points², for two or more respondents: from
    /// the exact scaled ones, rounded once, when there are.
    private func covariances(_ exact: [[Int128]]?) -> [[Double]] {
        let n = Double(count), unit = Double(scoreUnit)
        if let exact {
            return exact.map { row in row.map { Fraction($0, Int128(count) * Int128(count - 1)).doubleValue / (unit * unit) } }
        }
        let binary = approximate ?? (sums.map(Self.double), products.map(Self.double))
        return (0..<size).map { i in
            (0..<size).map { j in
                let (low, high) = (min(i, j), max(i, j))
                return (n * binary.products[low * size + high] - binary.sums[low] * binary.sums[high]) / (n * (n - 1)) / (unit * unit)
            }
        }
    }

    /// Cronbach's alpha of all the items, as `reliability` computes it (the dimension index
    /// there only labels the result); nil when undefined.
    var alpha: Double? { reliability(dimension: 0, items: Array(0..<size)).alpha }

    /// Alpha, standardised alpha, Feldt's interval, and per item the corrected item-total
    /// correlation and alpha if deleted; the flags decided exactly when the sums are exact.
    func reliability(dimension: Int, items: [Int]) -> ResearchStatistics.DimensionReliability {
        var result = ResearchStatistics.DimensionReliability(
            dimension: dimension, items: items, respondents: count, alpha: nil, standardisedAlpha: nil, confidenceInterval: nil,
            itemTotalCorrelations: items.map { _ in nil }, alphaIfDeleted: items.map { _ in nil }, isLow: false, negativeItems: [])
        guard count >= 2 else { return result }
        let k = size
        let exactCovariances = scaledCovariances
        let c = covariances(exactCovariances)
        let variances = (0..<k).map { c[$0][$0] }
        if variances.allSatisfy({ $0 > 0 }) {
            var sum = 0.0
            for i in 0..<k { for j in 0..<k where i != j { sum += c[i][j] / (variances[i] * variances[j]).squareRoot() } }
            let meanCorrelation = sum / Double(k * (k - 1))
            result.standardisedAlpha = Double(k) * meanCorrelation / (1 + Double(k - 1) * meanCorrelation)
        }
        if let exact = exactCovariances.flatMap(ExactReliability.init) {
            result.alpha = exact.alpha(without: nil)
            result.isLow = exact.isLow(without: nil)
            for i in 0..<k {
                result.alphaIfDeleted[i] = exact.alpha(without: i)
                result.itemTotalCorrelations[i] = exact.itemTotalCorrelation(i)
            }
            result.negativeItems = (0..<k).filter { exact.correlatesNegatively($0) }.map { items[$0] }
        } else {
            approximateReliability(c, into: &result)
        }
        result.listwise = ReliabilityCoefficients(covariances: c)
        if let alpha = result.alpha {
            let df1 = Double(count - 1), df2 = Double((count - 1) * (k - 1))
            result.confidenceInterval = (1 - (1 - alpha) * Distributions.fQuantile(0.975, df1: df1, df2: df2),
                                         1 - (1 - alpha) * Distributions.fQuantile(0.025, df1: df1, df2: df2))
        }
        return result
    }

    /// Alpha, the item statistics and the flags from covariances in binary (sums beyond 128 bits).
    private func approximateReliability(_ c: [[Double]], into result: inout ResearchStatistics.DimensionReliability) {
        let k = size
        let variances = (0..<k).map { c[$0][$0] }
        let total = c.joined().reduce(0, +)
        func alpha(items k: Int, sumOfVariances: Double, totalVariance: Double) -> Double? {
            guard k >= 2, totalVariance > 0 else { return nil }
            return Double(k) / Double(k - 1) * (1 - sumOfVariances / totalVariance)
        }
        result.alpha = alpha(items: k, sumOfVariances: variances.reduce(0, +), totalVariance: total)
        result.isLow = result.alpha.map { $0 < 0.7 } ?? false
        for i in 0..<k {
            let withOthers = c[i].reduce(0, +) - variances[i]
            let rest = total - 2 * c[i].reduce(0, +) + variances[i]
            if variances[i] > 0, rest > 0 { result.itemTotalCorrelations[i] = withOthers / (variances[i] * rest).squareRoot() }
            result.alphaIfDeleted[i] = alpha(items: k - 1, sumOfVariances: variances.reduce(0, +) - variances[i], totalVariance: rest)
        }
        result.negativeItems = (0..<k).filter { (result.itemTotalCorrelations[$0] ?? 0) < 0 }.map { result.items[$0] }
    }
}
