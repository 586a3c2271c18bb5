/// Everything `smartcity explain` shows of one respondent: its answers as read, the derivation
/// of its scores and the answer changes that move its type, with the cohort summary of the run
/// that read it (questionnaire, language, files).
struct ExplainedRespondent: Sendable {
    package let summary: CohortSummary
    package let respondent: ScoredRespondent
    /// Every answer, aligned with the questionnaire's questions.
    package let answers: [Answer]
    let explanation: Explanation
    let changes: TypeChanges
    /// The dimensions whose derivation is shown (positions; all by default).
    let shownDimensions: [Int]

    /// The derivation of `respondent`'s scores, with the answer changes that move its type when
    /// `searchingChanges`; nil when the run did not keep its answers.
    init?(summary: CohortSummary, respondent: ScoredRespondent, shownDimensions: [Int]? = nil, searchingChanges: Bool = true) {
        let questionnaire = summary.questionnaire
        guard let answers = respondent.answers(in: questionnaire) else { return nil }
        let engine = ScoringEngine(questionnaire: questionnaire)
        self.summary = summary
        self.respondent = respondent
        self.answers = answers
        explanation = Explanation(answers: answers, score: respondent.score, engine: engine)
        changes = searchingChanges ? TypeChanges(answers: answers, score: respondent.score, engine: engine) : .notSearched
        self.shownDimensions = shownDimensions ?? Array(questionnaire.dimensions.indices)
    }

    /// The cell a scored question's answer was read from, as read; nil when not kept.
    func cell(ofQuestion index: Int) -> String? {
        guard let position = summary.questionnaire.scoredQuestionIndices.firstIndex(of: index),
              position < respondent.scoredAnswerTexts.count else { return nil }
        return respondent.scoredAnswerTexts[position]
    }
}
