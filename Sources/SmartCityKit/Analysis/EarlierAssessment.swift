/// What a respondent's report needs of its assessment in other responses files (a previous one,
/// `--previous`, or its target answers): the exact scores and band, and the answers when kept.
/// Kept per id for a whole cohort (compactly, by `AssessmentsByID`), so it holds no item details,
/// metadata nor file positions.
package struct EarlierAssessment: Sendable, Equatable {
    /// The exact scores and the band of the total.
    package struct Scores: Sendable, Equatable {
        /// Aligned with the questionnaire's dimensions; nil where a dimension was not scored.
        var dimensions: [Fraction?]
        var total: Fraction?
        var bandID: String?
    }

    package var score: Scores
    /// Every answer, aligned with the questionnaire's questions; nil when they were not kept.
    package var answers: [Answer]?

    init(score: Scores, answers: [Answer]?) {
        self.score = score
        self.answers = answers
    }
}
