/// `item-scores.csv` (`score --format items`): one tidy row per respondent and scored question,
/// in input order — `id`, `question`, `dimension`, `factor`, `weight` (the question's share of
/// its dimension's weight: a dimension score is the `weight`-weighted mean of its answered item
/// scores), `answer` (the cell as read, also when it is invalid: `ResponsePlan.answerText`),
/// `answer_code` (the answer as decoded, in the responses format: codes, values, yes/no, the
/// non-answer code; empty when blank or unreadable), `item_score` (0-100 with every digit a
/// `Double` holds; empty when not scored) and `status` (`answered`, `dont-know`,
/// `not-applicable`, `blank`, `not-shown`, `invalid`), so that R, pandas or SPSS can redo any
/// statistic.
struct ItemScoresCSVRenderer: ReportRenderer {
    static let file = "item-scores.csv"
    private let engine: ScoringEngine
    private let scoredQuestions: [Int]
    /// Per scored question, its `id,dimension,factor,weight` cells.
    private let questionCells: [String]

    /// Renders item scores by the questionnaire's rules.
    init(questionnaire: Questionnaire) {
        let engine = ScoringEngine(questionnaire: questionnaire)
        self.engine = engine
        scoredQuestions = questionnaire.scoredQuestionIndices
        questionCells = scoredQuestions.map { index in
            let question = questionnaire.questions[index]
            return [question.id, question.dimensionID ?? "", question.factorID ?? ""].map(CSVWriter.text).joined(separator: ",")
                + ",\(NumberFormat.roundTrip(engine.weightInDimension(ofQuestion: index).doubleValue))"
        }
    }

    func begin(_ summary: CohortSummary, strings: ReportStrings, output: ReportOutput) throws {
        try output.append("id,question,dimension,factor,weight,answer,answer_code,item_score,status\n", to: Self.file)
    }

    /// The respondent's rows; it must carry its scored answers and their texts (`ScoringRun.Settings.keepsAnswerTexts`).
    package func respondent(_ ranked: RankedRespondent, summary: CohortSummary, strings: ReportStrings, into parts: inout RenderedParts) {
        let respondent = ranked.respondent
        let questionnaire = summary.questionnaire
        var id = ByteBuffer()
        CSVWriter.appendText(respondent.id, to: &id)
        var rows = ByteBuffer(capacity: 64 * scoredQuestions.count)
        for (position, index) in scoredQuestions.enumerated() where position < respondent.scoredAnswers.count {
            let question = questionnaire.questions[index], answer = respondent.scoredAnswers[position]
            let text = position < respondent.scoredAnswerTexts.count ? respondent.scoredAnswerTexts[position] : ""
            let status = respondent.score.itemStatuses[index]
            rows.append(id)
            rows.append(UInt8(ascii: ","))
            rows.append(questionCells[position])
            rows.append(UInt8(ascii: ","))
            CSVWriter.appendText(text, to: &rows)
            rows.append(UInt8(ascii: ","))
            CSVWriter.appendText(question.canonicalText(of: answer, nonAnswers: questionnaire.nonAnswers), to: &rows)
            rows.append(UInt8(ascii: ","))
            if status == .scored, let score = engine.itemScore(answer, question: index) { rows.append(NumberFormat.roundTrip(score.doubleValue)) }
            rows.append(",\(status == .scored ? "answered" : status.rawValue)\n")
        }
        parts.append(rows, to: Self.file)
    }

    func end(_ summary: CohortSummary, strings: ReportStrings, output: ReportOutput) throws {}
}
