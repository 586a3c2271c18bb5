/// Pearson's r and Spearman's rho between every two dimensions over the respondents scored on
/// both (pairwise complete), with their p-values adjusted over the pairs. Each pair is read from
/// the dimensions' ranked codes in input order (the sums in that order, as over the pairs'
/// values one by one); a dimension's ranks among a pair's respondents come from counting their
/// codes, so nothing is sorted or copied per pair. The pairs are spread over every core.
enum DimensionCorrelations {
    typealias Correlation = ResearchStatistics.Correlation

    /// `pearson[i][j]` and `spearman[i][j]` between dimensions i and j.
    static func matrices(_ dimensions: [RankedScores]) -> (pearson: [[Correlation]], spearman: [[Correlation]]) {
        let narrow = dimensions.compactMap { dimension -> RankedCodes<UInt16>? in
            if case .narrow(let codes) = dimension { codes } else { nil }
        }
        return narrow.count == dimensions.count ? matrices(narrow) : matrices(dimensions.map(\.widened))
    }

    private static func matrices<Code>(_ dimensions: [RankedCodes<Code>]) -> (pearson: [[Correlation]], spearman: [[Correlation]]) {
        let pairs = dimensions.indices.flatMap { i in dimensions.indices[i...].map { (i, $0) } }
        let correlations = Parallel.map(pairs) { i, j in correlation(dimensions[i], dimensions[j]) }
        let placeholder = Correlation(r: nil, n: 0)
        var pearson = dimensions.map { _ in [Correlation](repeating: placeholder, count: dimensions.count) }, spearman = pearson
        // r is symmetric to the last bit (the same products, summed in the same order).
        for ((i, j), correlation) in zip(pairs, correlations) {
            (pearson[i][j], pearson[j][i]) = (correlation.pearson, correlation.pearson)
            (spearman[i][j], spearman[j][i]) = (correlation.spearman, correlation.spearman)
        }
        return (withPValues(pearson), withPValues(spearman))
    }

    /// The correlations of two dimensions (the same one twice on the diagonal).
    private static func correlation<Code>(_ x: RankedCodes<Code>, _ y: RankedCodes<Code>) -> (pearson: Correlation, spearman: Correlation) {
        // Per code, how many respondents scored on both dimensions have it: their ranks.
        var xCounts = [Int](repeating: 0, count: x.ascending.count + 1), yCounts = [Int](repeating: 0, count: y.ascending.count + 1)
        x.codes.withUnsafeBufferPointer { xCodes in
            y.codes.withUnsafeBufferPointer { yCodes in
                for (a, b) in zip(xCodes, yCodes) where a != 0 && b != 0 {
                    xCounts[Int(a)] += 1
                    yCounts[Int(b)] += 1
                }
            }
        }
        let n = xCounts.reduce(0, +)
        let r = pearson(x.codes, x.scoresByCode, y.codes, y.scoresByCode)
        let rho = pearson(x.codes, RankedCodes<Code>.averageRanks(counts: xCounts), y.codes, RankedCodes<Code>.averageRanks(counts: yCounts))
        return (Correlation(r: r, n: n), Correlation(r: rho, n: n))
    }

    /// Pearson's r of the pairs `(xValues[x code], yValues[y code])` of the respondents with
    /// both codes, in input order; nil for fewer than two pairs or a constant variable (decided
    /// on the codes, not on a sum of squares that rounding can leave a little above 0).
    static func pearson<Code: FixedWidthInteger & UnsignedInteger>(_ x: [Code], _ xValues: [Double], _ y: [Code], _ yValues: [Double]) -> Double? {
        x.withUnsafeBufferPointer { xCodes in
            y.withUnsafeBufferPointer { yCodes in
                xValues.withUnsafeBufferPointer { xValues in
                    yValues.withUnsafeBufferPointer { yValues in
                        var n = 0, sumX = 0.0, sumY = 0.0
                        var first: (x: Code, y: Code) = (0, 0), varies = (x: false, y: false)
                        for (a, b) in zip(xCodes, yCodes) where a != 0 && b != 0 {
                            if n == 0 { first = (a, b) }
                            varies = (varies.x || a != first.x, varies.y || b != first.y)
                            n += 1
                            sumX += xValues[Int(a)]
                            sumY += yValues[Int(b)]
                        }
                        guard n >= 2, varies.x, varies.y else { return nil }
                        let count = Double(n), meanX = sumX / count, meanY = sumY / count
                        var sxx = 0.0, syy = 0.0, sxy = 0.0
                        for (a, b) in zip(xCodes, yCodes) where a != 0 && b != 0 {
                            let u = xValues[Int(a)], v = yValues[Int(b)]
                            sxx += (u - meanX) * (u - meanX)
                            syy += (v - meanY) * (v - meanY)
                            sxy += (u - meanX) * (v - meanY)
                        }
                        guard sxx > 0, syy > 0 else { return nil }
                        return max(-1, min(1, sxy / (sxx * syy).squareRoot()))
                    }
                }
            }
        }
    }

    /// The correlations with their p-values, adjusted over the pairs of distinct dimensions.
    private static func withPValues(_ matrix: [[Correlation]]) -> [[Correlation]] {
        var matrix = matrix
        let pairs = matrix.indices.flatMap { i in matrix.indices.filter { $0 > i }.map { (i, $0) } }
        let pValues = pairs.map { i, j in matrix[i][j].r.flatMap { Distributions.correlationPValue($0, count: matrix[i][j].n) } }
        let holm = PValueAdjustment.holm(pValues), benjaminiHochberg = PValueAdjustment.benjaminiHochberg(pValues)
        for (index, (i, j)) in pairs.enumerated() {
            for (a, b) in [(i, j), (j, i)] {
                matrix[a][b].pValue = pValues[index]
                matrix[a][b].pHolm = holm[index]
                matrix[a][b].pBenjaminiHochberg = benjaminiHochberg[index]
            }
        }
        return matrix
    }
}
