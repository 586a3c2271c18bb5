/// A respondent as the cohort ranking shows it.
package struct RankingLine: Sendable, Equatable {
    package var id: String
    /// The name column's value, else the id.
    package var name: String
    var total: Fraction?
    var bandID: String?
    var dimensionScores: [Fraction?]
    var coverage: Fraction
    /// Competition rank of the exact total; nil without a total.
    var rank: Int?

    /// Ranking order: by total, highest first, those without a total last; then by id.
    static func precedes(_ left: RankingLine, _ right: RankingLine) -> Bool {
        switch (left.total, right.total) {
        case let (l?, r?) where l != r: return l > r
        case (.some, nil): return true
        case (nil, .some): return false
        default: return left.id < right.id
        }
    }
}
