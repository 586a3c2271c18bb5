/// One scored respondent (usually a municipality).
package struct ScoredRespondent: Sendable, Equatable {
    package var id: String
    /// Values aligned with `CohortSummary.metadataNames` (empty where the file had no such column).
    var metadata: [String]
    package var score: RespondentScore
    /// Answers to the descriptive (unscored) questions, aligned with `Questionnaire.descriptiveQuestionIndices`.
    var descriptiveAnswers: [Answer]
    /// The responses file and spreadsheet row it came from.
    var file: String
    package var row: Int
    /// Why the respondent is kept out of the ranking and the cohort statistics; nil when it is in.
    var incomplete: IncompleteReason?
    /// The answers to the scored questions, aligned with `Questionnaire.scoredQuestionIndices`,
    /// when the run keeps them (item-level exports and statistics); empty otherwise.
    var scoredAnswers: [Answer]
    /// The cells those answers were read from, as read, aligned like `scoredAnswers`, when the
    /// run keeps them (`item-scores.csv`); empty otherwise.
    var scoredAnswerTexts: [String]

    init(id: String, metadata: [String], score: RespondentScore, descriptiveAnswers: [Answer] = [], file: String, row: Int,
                incomplete: IncompleteReason? = nil, scoredAnswers: [Answer] = [], scoredAnswerTexts: [String] = []) {
        self.incomplete = incomplete
        self.scoredAnswers = scoredAnswers
        self.scoredAnswerTexts = scoredAnswerTexts
        self.id = id
        self.metadata = metadata
        self.score = score
        self.descriptiveAnswers = descriptiveAnswers
        self.file = file
        self.row = row
    }
}

extension ScoredRespondent {
    /// Every answer, aligned with the questionnaire's questions; nil when the run did not keep
    /// the scored answers (`ScoringRun.Settings.keepsAnswers`).
    package func answers(in questionnaire: Questionnaire) -> [Answer]? {
        let scored = questionnaire.scoredQuestionIndices, descriptive = questionnaire.descriptiveQuestionIndices
        guard scoredAnswers.count == scored.count, !scored.isEmpty, descriptiveAnswers.count == descriptive.count else { return nil }
        var answers = [Answer](repeating: .blank, count: questionnaire.questions.count)
        for (position, index) in scored.enumerated() { answers[index] = scoredAnswers[position] }
        for (position, index) in descriptive.enumerated() { answers[index] = descriptiveAnswers[position] }
        return answers
    }

    /// The value of the cohort's name column (`CohortSummary.nameColumn`), or "" without one.
    package func name(column: Int?) -> String {
        column.flatMap { $0 < metadata.count ? metadata[$0] : nil } ?? ""
    }
}
