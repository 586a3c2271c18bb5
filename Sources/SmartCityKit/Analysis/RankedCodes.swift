/// A measure's distinct scores, lowest first, and each respondent's code into them, in input
/// order: code c stands for `ascending[c - 1]`, code 0 for a respondent not scored. Equal
/// scores share a code, so a score's rank among any respondents follows from how many of them
/// have each code: ranking is counting, not sorting.
struct RankedCodes<Code: FixedWidthInteger & UnsignedInteger & Sendable>: Sendable {
    let ascending: [Double]
    let codes: [Code]

    /// The score of each code (NaN for code 0).
    var scoresByCode: [Double] { [.nan] + ascending }

    /// How many of the respondents `including` accepts (by position) have each code (code 0:
    /// not counted).
    func counts(including: (Int) -> Bool) -> [Int] {
        var counts = [Int](repeating: 0, count: ascending.count + 1)
        codes.withUnsafeBufferPointer { codes in
            for (position, code) in codes.enumerated() where code != 0 && including(position) { counts[Int(code)] += 1 }
        }
        return counts
    }

    /// The rank 1...n of each code among respondents counted by code (`counts`), ties sharing
    /// the mean of their ranks, as Spearman's rho and the rank tests need (NaN for code 0 and
    /// codes not counted). Ranks are multiples of 1/2, exact in a `Double`.
    static func averageRanks(counts: [Int]) -> [Double] {
        var ranks = [Double](repeating: .nan, count: counts.count), below = 0
        for code in counts.indices.dropFirst() where counts[code] > 0 {
            // The mean of the ranks below + 1 ... below + count.
            let end = below + counts[code]
            ranks[code] = Double(below + end - 1) / 2 + 1
            below = end
        }
        return ranks
    }
}
