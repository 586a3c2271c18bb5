/// The linear algebra the reliability coefficients need, on small symmetric matrices (a
/// dimension's items): the inverse by Gauss-Jordan elimination with partial pivoting, and the
/// eigenvalues and eigenvectors by cyclic Jacobi rotations (Golub & Van Loan, *Matrix
/// Computations*, §8.5), both to the last bits for the sizes of a questionnaire.
enum SymmetricMatrix {
    /// The inverse; nil when the matrix is singular (a pivot vanishes against the matrix's scale).
    static func inverse(_ matrix: [[Double]]) -> [[Double]]? {
        let n = matrix.count
        var a = matrix, inverse = (0..<n).map { i in (0..<n).map { $0 == i ? 1.0 : 0.0 } }
        let scale = matrix.joined().reduce(0.0) { max($0, abs($1)) }
        for column in 0..<n {
            guard let pivot = (column..<n).max(by: { abs(a[$0][column]) < abs(a[$1][column]) }),
                  abs(a[pivot][column]) > scale * 1e-13 else { return nil }
            a.swapAt(column, pivot)
            inverse.swapAt(column, pivot)
            let divisor = a[column][column]
            for j in 0..<n {
                a[column][j] /= divisor
                inverse[column][j] /= divisor
            }
            for row in 0..<n where row != column {
                let factor = a[row][column]
                guard factor != 0 else { continue }
                for j in 0..<n {
                    a[row][j] -= factor * a[column][j]
                    inverse[row][j] -= factor * inverse[column][j]
                }
            }
        }
        return inverse
    }

    /// The largest eigenvalue and its eigenvector (unit length, its sum not negative).
    static func largestEigenpair(_ matrix: [[Double]]) -> (value: Double, vector: [Double]) {
        let n = matrix.count
        var a = matrix, vectors = (0..<n).map { i in (0..<n).map { $0 == i ? 1.0 : 0.0 } }
        for _ in 0..<100 {
            var offDiagonal = 0.0
            for i in 0..<n { for j in 0..<n where j != i { offDiagonal += a[i][j] * a[i][j] } }
            let diagonal = (0..<n).reduce(0.0) { $0 + a[$1][$1] * a[$1][$1] }
            if offDiagonal <= diagonal * 1e-32 || offDiagonal == 0 { break }
            for p in 0..<n {
                for q in (p + 1)..<max(p + 1, n) where a[p][q] != 0 {
                    // The rotation that zeroes a[p][q]: t = tan θ, the smaller root of t² + 2 τ t − 1 = 0.
                    let tau = (a[q][q] - a[p][p]) / (2 * a[p][q])
                    let t = (tau >= 0 ? 1 : -1) / (abs(tau) + (1 + tau * tau).squareRoot())
                    let c = 1 / (1 + t * t).squareRoot(), s = t * c
                    for k in 0..<n {
                        let (akp, akq) = (a[k][p], a[k][q])
                        a[k][p] = c * akp - s * akq
                        a[k][q] = s * akp + c * akq
                    }
                    for k in 0..<n {
                        let (apk, aqk) = (a[p][k], a[q][k])
                        a[p][k] = c * apk - s * aqk
                        a[q][k] = s * apk + c * aqk
                    }
                    for k in 0..<n {
                        let (vkp, vkq) = (vectors[k][p], vectors[k][q])
                        vectors[k][p] = c * vkp - s * vkq
                        vectors[k][q] = s * vkp + c * vkq
                    }
                }
            }
        }
        let top = (0..<n).max { a[$0][$0] < a[$1][$1] } ?? 0
        var vector = (0..<n).map { vectors[$0][top] }
        if vector.reduce(0, +) < 0 { vector = vector.map { -$0 } }
        return (a[top][top], vector)
    }
}
