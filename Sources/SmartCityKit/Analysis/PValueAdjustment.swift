/// Adjusted p-values for a family of tests, as R's `p.adjust` and `pingouin.multicomp` compute
/// them: Holm's step-down (family-wise error) and Benjamini-Hochberg's step-up (false
/// discovery rate). Tests without a p-value (nil) are not in the family and keep nil.
enum PValueAdjustment {
    /// Holm (1979): the i-th smallest of m p-values times (m − i + 1), made non-decreasing, at most 1.
    static func holm(_ pValues: [Double?]) -> [Double?] {
        let (order, m) = family(pValues)
        var adjusted = [Double?](repeating: nil, count: pValues.count), running = 0.0
        for (rank, index) in order.enumerated() {
            running = max(running, min(1, Double(m - rank) * pValues[index]!))
            adjusted[index] = running
        }
        return adjusted
    }

    /// Benjamini & Hochberg (1995): the i-th smallest of m p-values times m / i, made
    /// non-increasing from the largest down, at most 1.
    static func benjaminiHochberg(_ pValues: [Double?]) -> [Double?] {
        let (order, m) = family(pValues)
        var adjusted = [Double?](repeating: nil, count: pValues.count), running = 1.0
        for (rank, index) in order.enumerated().reversed() {
            running = min(running, Double(m) / Double(rank + 1) * pValues[index]!)
            adjusted[index] = running
        }
        return adjusted
    }

    /// The positions of the p-values there are, smallest first (ties in input order), and how many.
    private static func family(_ pValues: [Double?]) -> (order: [Int], count: Int) {
        let present = pValues.indices.filter { pValues[$0] != nil }
        let order = present.sorted { (pValues[$0]!, $0) < (pValues[$1]!, $1) }
        return (order, order.count)
    }
}
