/// Reliability coefficients of a dimension's items from their covariance matrix (listwise or
/// pairwise complete), as `psych::alpha` computes them from `C` and `R = cov2cor(C)`:
/// - alpha = k / (k − 1) (1 − tr C / Σ C) (`raw_alpha`; `pingouin.cronbach_alpha`);
/// - standardised alpha = k / (k − 1) (1 − k / Σ R) (`std.alpha`);
/// - Guttman's lambda 6 = 1 − Σ (1 − smc_i) / Σ R, smc_i = 1 − 1 / (R⁻¹)_ii (`G6(smc)`);
/// - McDonald's omega total from one factor fitted to R by minres: 1 − Σ (1 − λ_i²) / Σ R
///   (`psych::omega`'s omega total, its `Vt` the sum of R), for three or more items (two do
///   not identify a factor's loadings);
/// - per item, alpha without it (`alpha.drop`) and its correlation with the sum of the others
///   (`r.drop`).
struct ReliabilityCoefficients: Sendable, Equatable {
    var alpha: Double?
    var standardisedAlpha: Double?
    var lambda6: Double?
    var omegaTotal: Double?
    /// The one-factor loadings on R (minres); empty when the model was not fitted.
    var loadings: [Double]
    var alphaIfDeleted: [Double?]
    var itemRestCorrelations: [Double?]

    init(covariances c: [[Double]]) {
        let k = c.count
        alpha = Self.alpha(c)
        alphaIfDeleted = (0..<k).map { i in Self.alpha(Self.removing(i, from: c)) }
        let total = c.joined().reduce(0, +)
        itemRestCorrelations = (0..<k).map { i in
            let row = c[i].reduce(0, +), rest = total - 2 * row + c[i][i]
            guard c[i][i] > 0, rest > 0 else { return nil }
            return max(-1, min(1, (row - c[i][i]) / (c[i][i] * rest).squareRoot()))
        }
        guard let r = Self.correlations(c) else {
            (standardisedAlpha, lambda6, omegaTotal, loadings) = (nil, nil, nil, [])
            return
        }
        let sumR = r.joined().reduce(0, +)
        standardisedAlpha = Double(k) / Double(k - 1) * (1 - Double(k) / sumR)
        let inverse = SymmetricMatrix.inverse(r)
        lambda6 = inverse.map { inverse in 1 - (0..<k).reduce(0.0) { $0 + 1 / inverse[$1][$1] } / sumR }
        let model = k >= 3 ? inverse.flatMap { OneFactorModel(correlations: r, inverse: $0) } : nil
        loadings = model?.loadings ?? []
        omegaTotal = model.map { 1 - $0.loadings.reduce(0.0) { $0 + (1 - $1 * $1) } / sumR }
    }

    /// R = cov2cor(C); nil for fewer than two items or an item without variance.
    static func correlations(_ c: [[Double]]) -> [[Double]]? {
        guard c.count >= 2, c.indices.allSatisfy({ c[$0][$0] > 0 }) else { return nil }
        return c.indices.map { i in c.indices.map { j in i == j ? 1 : c[i][j] / (c[i][i] * c[j][j]).squareRoot() } }
    }

    /// Alpha of a covariance matrix; nil for fewer than two items or a total variance not above 0.
    static func alpha(_ c: [[Double]]) -> Double? {
        let k = c.count, total = c.joined().reduce(0, +)
        guard k >= 2, total > 0 else { return nil }
        return Double(k) / Double(k - 1) * (1 - c.indices.reduce(0.0) { $0 + c[$1][$1] } / total)
    }

    /// The matrix without row and column i.
    private static func removing(_ i: Int, from c: [[Double]]) -> [[Double]] {
        c.indices.filter { $0 != i }.map { row in c[row].indices.filter { $0 != i }.map { c[row][$0] } }
    }
}
