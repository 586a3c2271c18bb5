/// One common factor fitted to a correlation matrix by minres (unweighted least squares: the
/// loadings λ minimise Σ_{i≠j} (r_ij − λ_i λ_j)², as `psych::fa(fm = "minres")`), by principal
/// axes iterated to convergence: starting from the squared multiple correlations as
/// communalities, the loadings are the first eigenvector of R with the communalities on its
/// diagonal times the root of its eigenvalue, and the communalities their squares, until no
/// loading moves by more than 1e-13. Its fixed point is where the least-squares gradient is zero.
struct OneFactorModel: Sendable, Equatable {
    var loadings: [Double]

    /// nil when the iteration does not settle or a communality reaches 1 (a Heywood case).
    init?(correlations r: [[Double]], inverse: [[Double]]) {
        let k = r.count
        var communalities = (0..<k).map { 1 - 1 / inverse[$0][$0] }
        var loadings = [Double](repeating: 0, count: k)
        for _ in 0..<10_000 {
            var reduced = r
            for i in 0..<k { reduced[i][i] = communalities[i] }
            let (value, vector) = SymmetricMatrix.largestEigenpair(reduced)
            guard value > 0 else { return nil }
            let next = vector.map { $0 * value.squareRoot() }
            let moved = zip(next, loadings).reduce(0.0) { max($0, abs($1.0 - $1.1)) }
            loadings = next
            communalities = next.map { $0 * $0 }
            if moved < 1e-13 {
                guard communalities.allSatisfy({ $0 < 1 }) else { return nil }
                self.loadings = loadings
                return
            }
        }
        return nil
    }

    /// The same fit by coordinate descent on the least-squares criterion, from `start` (loadings
    /// near the solution, such as the data's when fitting a bootstrap resample): each loading in
    /// turn takes the value that minimises the criterion given the others,
    /// λ_i = Σ_{j≠i} r_ij λ_j / Σ_{j≠i} λ_j² (the condition of the principal axes' fixed point),
    /// until no loading moves by more than 1e-12. Each sweep costs k² operations, where a step of
    /// the principal axes solves an eigenproblem. nil when it does not settle in 10,000 sweeps or
    /// a loading reaches ±1 (a Heywood case).
    init?(correlations r: [[Double]], startingFrom start: [Double]) {
        let k = r.count
        var loadings = start
        for _ in 0..<10_000 {
            var moved = 0.0
            for i in 0..<k {
                var numerator = 0.0, denominator = 0.0
                for j in 0..<k where j != i {
                    numerator += r[i][j] * loadings[j]
                    denominator += loadings[j] * loadings[j]
                }
                guard denominator > 0 else { return nil }
                let next = numerator / denominator
                moved = max(moved, abs(next - loadings[i]))
                loadings[i] = next
            }
            if moved < 1e-12 {
                guard loadings.allSatisfy({ $0 * $0 < 1 }) else { return nil }
                self.loadings = loadings.reduce(0, +) < 0 ? loadings.map { -$0 } : loadings
                return
            }
        }
        return nil
    }
}
