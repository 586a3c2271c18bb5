/// What a record leaves out because the questionnaire says it: ids of dimensions, factors and
/// bands (records hold indices), and how many scored questions each dimension and factor has.
struct SpillLayout: Sendable {
    let dimensionIDs: [String]
    let factorIDs: [[String]]
    let bandIDs: [String]
    let dimensionBandIDs: [[String]]
    let questionsPerDimension: [Int]
    let questionsPerFactor: [[Int]]
    let questionCount: Int
    let descriptiveCount: Int
    /// Whether records end with the answers to the scored questions, and how many there are.
    let keepsScoredAnswers: Bool
    let scoredCount: Int
    /// Whether they end with the cells of those answers as read, too.
    package let keepsAnswerTexts: Bool

    init(_ questionnaire: Questionnaire, keepsScoredAnswers: Bool = false, keepsAnswerTexts: Bool = false) {
        self.keepsScoredAnswers = keepsScoredAnswers
        self.keepsAnswerTexts = keepsScoredAnswers && keepsAnswerTexts
        scoredCount = questionnaire.scoredQuestionIndices.count
        let scored = questionnaire.questions.filter(\.isScored)
        dimensionIDs = questionnaire.dimensions.map(\.id)
        factorIDs = questionnaire.dimensions.map { $0.factors.map(\.id) }
        bandIDs = questionnaire.bands.bands.map(\.id)
        dimensionBandIDs = questionnaire.dimensions.map { questionnaire.bands(for: $0).bands.map(\.id) }
        questionsPerDimension = questionnaire.dimensions.map { dimension in scored.filter { $0.dimensionID == dimension.id }.count }
        questionsPerFactor = questionnaire.dimensions.map { dimension in
            dimension.factors.map { factor in scored.filter { $0.dimensionID == dimension.id && $0.factorID == factor.id }.count }
        }
        questionCount = questionnaire.questions.count
        descriptiveCount = questionnaire.descriptiveQuestionIndices.count
    }
}
