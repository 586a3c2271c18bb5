/// Cronbach's alpha and the item-total correlations from exact scaled covariances
/// `C_ij = n (n − 1) cov_ij`: alpha = k / (k − 1) × (1 − Σ C_ii / Σ C_ij), and the corrected
/// item-total correlation of item i is (R_i − C_ii) / √(C_ii (T − 2 R_i + C_ii)) with R_i its
/// row sum and T the sum of all, whose sign is the sign of its whole-number numerator.
struct ExactReliability {
    private let matrix: [[Int128]]
    private let rowSums: [Int128]
    private let total: Int128
    private let varianceSum: Int128

    /// nil when a sum overflows 128 bits.
    init?(_ matrix: [[Int128]]) {
        var rows: [Int128] = [], total: Int128 = 0, diagonal: Int128 = 0
        for (i, row) in matrix.enumerated() {
            var rowSum: Int128 = 0
            for value in row {
                let (sum, overflow) = rowSum.addingReportingOverflow(value)
                guard !overflow else { return nil }
                rowSum = sum
            }
            let (newTotal, o1) = total.addingReportingOverflow(rowSum)
            let (newDiagonal, o2) = diagonal.addingReportingOverflow(row[i])
            guard !(o1 || o2) else { return nil }
            (total, diagonal) = (newTotal, newDiagonal)
            rows.append(rowSum)
        }
        self.matrix = matrix
        rowSums = rows
        self.total = total
        varianceSum = diagonal
    }

    /// The sum of all entries and of the diagonal, without item `deleted`; nil on overflow.
    private func sums(without deleted: Int?) -> (total: Int128, variances: Int128)? {
        guard let i = deleted else { return (total, varianceSum) }
        let (twice, o1) = rowSums[i].multipliedReportingOverflow(by: 2)
        let (less, o2) = total.subtractingReportingOverflow(twice)
        let (rest, o3) = less.addingReportingOverflow(matrix[i][i])
        return o1 || o2 || o3 ? nil : (rest, varianceSum - matrix[i][i])
    }

    /// (T − V) / T: alpha is k / (k − 1) times this; nil when T is not positive.
    private func ratio(without deleted: Int?) -> (ratio: Fraction, items: Int)? {
        let items = matrix.count - (deleted == nil ? 0 : 1)
        guard items >= 2, let sums = sums(without: deleted), sums.total > 0 else { return nil }
        return (Fraction(sums.total - sums.variances, sums.total), items)
    }

    /// Alpha (of all items, or without item `deleted`), the exact value rounded once; nil when
    /// undefined.
    func alpha(without deleted: Int?) -> Double? {
        guard let (ratio, k) = ratio(without: deleted) else { return nil }
        let factor = Fraction(Int128(k), Int128(k - 1))
        // The product of two 128-bit fractions may not fit: then two roundings.
        return ratio.reduced.multiplied(by: factor)?.doubleValue ?? factor.doubleValue * ratio.doubleValue
    }

    /// Alpha below 0.7: (T − V) / T < 0.7 (k − 1) / k, by exact cross products.
    func isLow(without deleted: Int?) -> Bool {
        guard let (ratio, k) = ratio(without: deleted) else { return false }
        return ratio < Fraction(Int128(7 * (k - 1)), Int128(10 * k))
    }

    /// The corrected item-total correlation of item i, from exact numerator and variances;
    /// nil when the item or the rest is constant.
    func itemTotalCorrelation(_ i: Int) -> Double? {
        guard matrix[i][i] > 0, let rest = sums(without: i)?.total, rest > 0, let numerator = covarianceWithRest(i) else { return nil }
        guard numerator != 0 else { return 0 }
        let value = Double(numerator) / (Double(matrix[i][i]).squareRoot() * Double(rest).squareRoot())
        return max(-1, min(1, value))
    }

    /// Whether item i correlates negatively with the rest: its covariance with the rest is below 0.
    func correlatesNegatively(_ i: Int) -> Bool {
        itemTotalCorrelation(i) != nil && (covarianceWithRest(i) ?? 0) < 0
    }

    /// R_i − C_ii: n (n − 1) times the covariance of item i with the sum of the others; nil on overflow.
    private func covarianceWithRest(_ i: Int) -> Int128? {
        let (difference, overflow) = rowSums[i].subtractingReportingOverflow(matrix[i][i])
        return overflow ? nil : difference
    }
}
