/// A factor's score inside a dimension.
public struct FactorResult: Sendable, Equatable {
    public var factorID: String
    /// Weighted mean of the factor's scored items; nil when none was scored.
    public var score: Double?
    public var answered: Int
    public var questions: Int
}

/// A dimension's score, band and how much of it was answered.
public struct DimensionResult: Sendable, Equatable {
    public var dimensionID: String
    /// Weighted mean of the scored items (0-100); nil when the data are insufficient.
    public var score: Double?
    /// Share (0-1) of the dimension's applicable question weight that was answered.
    public var coverage: Double
    /// The band of `score`, by the dimension's bands or else the total's.
    public var bandID: String?
    /// Number of questions scored.
    public var answered: Int
    /// Number of questions in the dimension.
    public var questions: Int
    public var factors: [FactorResult]
    /// The answer to the dimension's level question (its maturity level), when it has one and it was answered.
    public var level: Double?

    /// Whether the dimension was scored (enough of it was answered).
    public var isScored: Bool { score != nil }
}

/// Everything computed for one respondent.
public struct RespondentScore: Sendable, Equatable {
    /// Weighted mean of the scored dimensions' scores, weights renormalised over them; nil when none was scored.
    public var total: Double?
    public var bandID: String?
    public var dimensions: [DimensionResult]
    /// The status of each question's answer, aligned with the questionnaire's questions.
    public var itemStatuses: [ItemStatus]

    /// Whether some dimension was left out of the total, so that the weights were renormalised.
    public var isRenormalised: Bool { total != nil && dimensions.contains { !$0.isScored } }
    /// The answered share of the whole questionnaire: dimension coverages weighted by dimension weight.
    public var coverage: Double
}

/// Computes scores from answers. Pure and deterministic: no I/O, no rounding.
///
/// Rules: each answer becomes an item score 0-100 by its question's type; a question's weight
/// inside its dimension is its share of its factor's question weight times the factor's share of
/// the dimension's factor weight (or its share of the dimension's question weight when the
/// dimension has no factors). A dimension's score is the weighted mean of its scored items.
/// "Don't know", blank and invalid answers lower the coverage; "not applicable" removes the
/// question from the applicable weight. A dimension whose coverage is below the questionnaire's
/// minimum gets no score ("insufficient data", never 0). The total is the weighted mean of the
/// scored dimensions with the dimension weights renormalised over them.
public struct ScoringEngine: Sendable {
    public let questionnaire: Questionnaire
    /// Per question: the index of its factor in its dimension, and its weight within the
    /// dimension (the weights of a dimension's scored questions sum to 1).
    private let factorOfQuestion: [Int?]
    private let weightInDimension: [Double]
    private let questionsPerDimension: [[Int]]
    /// Question indices by dimension, then by factor.
    private let questionsPerFactor: [[[Int]]]
    /// The index of each dimension's level question.
    private let levelQuestion: [Int?]

    public init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        let dimensionIndex = Dictionary(questionnaire.dimensions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var factorOfQuestion: [Int?] = []
        var perDimension = [[Int]](repeating: [], count: questionnaire.dimensions.count)
        for (index, question) in questionnaire.questions.enumerated() {
            let dimension = question.dimensionID.flatMap { dimensionIndex[$0] } ?? 0
            factorOfQuestion.append(question.factorID.flatMap { id in questionnaire.dimensions[dimension].factors.firstIndex { $0.id == id } })
            // Only scored questions of a dimension take part in its score.
            if question.dimensionID != nil && question.isScored { perDimension[dimension].append(index) }
        }
        var weights = [Double](repeating: 0, count: questionnaire.questions.count)
        for (dimensionPosition, dimension) in questionnaire.dimensions.enumerated() {
            let members = perDimension[dimensionPosition]
            if dimension.factors.isEmpty {
                let total = members.reduce(0) { $0 + questionnaire.questions[$1].weight }
                for index in members { weights[index] = questionnaire.questions[index].weight / total }
            } else {
                // Sorted, not a Set: summing in a fixed order keeps the result identical on every run.
                let usedFactors = Set(members.compactMap { factorOfQuestion[$0] }).sorted()
                let factorTotal = usedFactors.reduce(0) { $0 + dimension.factors[$1].weight }
                for factor in usedFactors {
                    let inFactor = members.filter { factorOfQuestion[$0] == factor }
                    let questionTotal = inFactor.reduce(0) { $0 + questionnaire.questions[$1].weight }
                    for index in inFactor {
                        weights[index] = dimension.factors[factor].weight / factorTotal
                            * questionnaire.questions[index].weight / questionTotal
                    }
                }
            }
        }
        self.factorOfQuestion = factorOfQuestion
        self.weightInDimension = weights
        self.questionsPerDimension = perDimension
        self.levelQuestion = questionnaire.dimensions.map { dimension in
            dimension.levelQuestionID.flatMap { id in questionnaire.questions.firstIndex { $0.id == id } }
        }
        self.questionsPerFactor = questionnaire.dimensions.indices.map { dimension in
            questionnaire.dimensions[dimension].factors.indices.map { factor in
                perDimension[dimension].filter { factorOfQuestion[$0] == factor }
            }
        }
    }

    /// A question's weight within its dimension (the weights of a dimension's questions sum to 1).
    public func weightInDimension(ofQuestion index: Int) -> Double { weightInDimension[index] }

    /// Scores one respondent's answers (aligned with the questionnaire's questions).
    public func score(_ answers: [Answer]) -> RespondentScore {
        var statuses = [ItemStatus](repeating: .blank, count: answers.count)
        var itemScores = [Double?](repeating: nil, count: answers.count)
        for (index, answer) in answers.enumerated() {
            let item = ItemScoring.score(answer, for: questionnaire.questions[index].kind)
            statuses[index] = item.status
            itemScores[index] = item.score
        }

        var dimensions: [DimensionResult] = []
        var weightedSum = 0.0, weightSum = 0.0
        for (position, dimension) in questionnaire.dimensions.enumerated() {
            let members = questionsPerDimension[position]
            var answeredWeight = 0.0, applicableWeight = 0.0, scoreSum = 0.0, answered = 0
            for index in members where statuses[index] != .notApplicable && statuses[index] != .notShown {
                applicableWeight += weightInDimension[index]
                if let item = itemScores[index] {
                    answeredWeight += weightInDimension[index]
                    scoreSum += weightInDimension[index] * item
                    answered += 1
                }
            }
            let coverage = applicableWeight > 0 ? answeredWeight / applicableWeight : 0
            let sufficient = answeredWeight > 0 && coverage >= questionnaire.minimumCoverage
            let score = sufficient ? scoreSum / answeredWeight : nil
            if let score {
                weightedSum += dimension.weight * score
                weightSum += dimension.weight
            }
            dimensions.append(DimensionResult(
                dimensionID: dimension.id, score: score, coverage: coverage,
                bandID: score.flatMap { questionnaire.bands(for: dimension).band(for: $0)?.id },
                answered: answered, questions: members.count,
                factors: factorResults(dimension: position, itemScores: itemScores),
                level: levelQuestion[position].flatMap { if case .number(let value) = answers[$0] { value } else { nil } }))
        }
        let total = weightSum > 0 ? weightedSum / weightSum : nil
        let allWeight = questionnaire.dimensions.reduce(0) { $0 + $1.weight }
        let coverageSum = zip(questionnaire.dimensions, dimensions).reduce(0) { $0 + $1.0.weight * $1.1.coverage }
        return RespondentScore(
            total: total, bandID: total.flatMap { questionnaire.bands.band(for: $0)?.id }, dimensions: dimensions,
            itemStatuses: statuses, coverage: allWeight > 0 ? coverageSum / allWeight : 0)
    }

    private func factorResults(dimension: Int, itemScores: [Double?]) -> [FactorResult] {
        questionnaire.dimensions[dimension].factors.enumerated().map { factorPosition, factor in
            let inFactor = questionsPerFactor[dimension][factorPosition]
            var sum = 0.0, weight = 0.0, answered = 0
            for index in inFactor {
                guard let item = itemScores[index] else { continue }
                sum += questionnaire.questions[index].weight * item
                weight += questionnaire.questions[index].weight
                answered += 1
            }
            return FactorResult(factorID: factor.id, score: weight > 0 ? sum / weight : nil, answered: answered, questions: inFactor.count)
        }
    }
}
