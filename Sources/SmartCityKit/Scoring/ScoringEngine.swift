/// A factor's score inside a dimension.
public struct FactorResult: Sendable, Equatable {
    public var factorID: String
    /// Weighted mean of the factor's scored items, exactly; nil when none was scored.
    public var exactScore: Fraction?
    public var answered: Int
    public var questions: Int

    /// The score as a `Double`.
    public var score: Double? { exactScore?.doubleValue }
}

/// A dimension's score, band and how much of it was answered.
public struct DimensionResult: Sendable, Equatable {
    public var dimensionID: String
    /// Weighted mean of the scored items (0-100), exactly; nil when the data are insufficient.
    public var exactScore: Fraction?
    /// Share (0-1) of the dimension's applicable question weight that was answered, exactly.
    public var exactCoverage: Fraction
    /// The band of the score, by the dimension's bands or else the total's.
    public var bandID: String?
    /// Number of questions scored.
    public var answered: Int
    /// Number of questions in the dimension.
    public var questions: Int
    public var factors: [FactorResult]
    /// The answer to the dimension's level question (its maturity level), when it has one and it was answered.
    public var level: Double?

    /// Whether the dimension was scored (enough of it was answered).
    public var isScored: Bool { exactScore != nil }
    /// The score as a `Double`.
    public var score: Double? { exactScore?.doubleValue }
    /// The coverage as a `Double`.
    public var coverage: Double { exactCoverage.doubleValue }
}

/// Everything computed for one respondent.
public struct RespondentScore: Sendable, Equatable {
    /// Weighted mean of the scored dimensions' scores, weights renormalised over them, exactly;
    /// nil when none was scored.
    public var exactTotal: Fraction?
    public var bandID: String?
    public var dimensions: [DimensionResult]
    /// The status of each question's answer, aligned with the questionnaire's questions.
    public var itemStatuses: [ItemStatus]
    /// The answered share of the whole questionnaire: dimension coverages weighted by dimension weight.
    public var exactCoverage: Fraction

    /// Whether some dimension was left out of the total, so that the weights were renormalised.
    public var isRenormalised: Bool { exactTotal != nil && dimensions.contains { !$0.isScored } }
    /// The total as a `Double`.
    public var total: Double? { exactTotal?.doubleValue }
    /// The coverage as a `Double`.
    public var coverage: Double { exactCoverage.doubleValue }
}

/// Computes scores from answers. Pure and deterministic: no I/O, no rounding, no floating point.
///
/// Rules: each answer becomes an item score 0-100 by its question's type; a question's weight
/// inside its dimension is its share of its factor's question weight times the factor's share of
/// the dimension's factor weight (or its share of the dimension's question weight when the
/// dimension has no factors). A dimension's score is the weighted mean of its scored items.
/// "Don't know", blank and invalid answers lower the coverage; "not applicable" removes the
/// question from the applicable weight. A dimension whose coverage is below the questionnaire's
/// minimum gets no score ("insufficient data", never 0). The total is the weighted mean of the
/// scored dimensions with the dimension weights renormalised over them.
///
/// Every value is an exact fraction: weights and item scores are integers (`ExactWeights`), so a
/// coverage exactly at the minimum or a score exactly on a band edge is decided as written.
public struct ScoringEngine: Sendable {
    public let questionnaire: Questionnaire
    let weights: ExactWeights
    private let questionsPerDimension: [[Int]]
    /// Question indices by dimension, then by factor.
    private let questionsPerFactor: [[[Int]]]
    /// The index of each dimension's level question.
    private let levelQuestion: [Int?]
    private let dimensionBands: [BandSet]

    /// The engine for a questionnaire that loaded without errors (its weights are exact).
    public init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        weights = ExactWeights(questionnaire)
        let dimensionIndex = Dictionary(questionnaire.dimensions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var perDimension = [[Int]](repeating: [], count: questionnaire.dimensions.count)
        for (index, question) in questionnaire.questions.enumerated() where question.isScored {
            if let dimension = question.dimensionID.flatMap({ dimensionIndex[$0] }) { perDimension[dimension].append(index) }
        }
        questionsPerDimension = perDimension
        questionsPerFactor = questionnaire.dimensions.indices.map { dimension in
            questionnaire.dimensions[dimension].factors.map { factor in
                perDimension[dimension].filter { questionnaire.questions[$0].factorID == factor.id }
            }
        }
        levelQuestion = questionnaire.dimensions.map { dimension in
            dimension.levelQuestionID.flatMap { id in questionnaire.questions.firstIndex { $0.id == id } }
        }
        dimensionBands = questionnaire.dimensions.map { questionnaire.bands(for: $0) }
    }

    /// A question's weight within its dimension (the weights of a dimension's questions sum to 1).
    public func weightInDimension(ofQuestion index: Int) -> Fraction {
        guard let dimension = questionsPerDimension.firstIndex(where: { $0.contains(index) }) else { return .zero }
        return Fraction(Int128(weights.questionWeights[index]), Int128(weights.dimensionUnits[dimension]))
    }

    /// The item score of an answer to a question, in `1 / weights.scoreUnit` points, and its
    /// status. An answer to a descriptive (unscored) question has no score; its status is
    /// `.scored` when it was given.
    func itemUnits(_ answer: Answer, question index: Int) -> (units: Int64?, status: ItemStatus) {
        let scores = weights.itemScores[index]
        let question = questionnaire.questions[index]
        switch (answer, question.kind) {
        case (.blank, _): return (nil, .blank)
        case (.notShown, _): return (nil, .notShown)
        case (.invalid, _): return (nil, .invalid)
        case (.nonAnswer(.dontKnow), _): return (nil, .dontKnow)
        case (.nonAnswer(.notApplicable), _): return (nil, .notApplicable)
        case _ where !question.isScored: return (nil, .scored)
        case (.number(let value), .likert(let scale, _)), (.number(let value), .level(let scale)):
            guard let point = scale.points.firstIndex(where: { $0.value == value }) else { return (nil, .invalid) }
            return (scores[point], .scored)
        case (.number(let value), .number(let scoring)):
            guard let step = scoring.thresholds.lastIndex(where: { value >= $0.atLeast }) else { return (nil, .invalid) }
            return (scores[step], .scored)
        case (.choice(let option), .choice):
            return option < scores.count ? (scores[option], .scored) : (nil, .invalid)
        case (.yesNo(let yes), .yesNo):
            return (scores[yes ? 1 : 0], .scored)
        case (.choices(let chosen), .multi):
            guard let rule = weights.multiRules[index], rule.cap > 0 else { return (nil, .invalid) }
            var points: Int64 = 0
            for option in chosen where option < rule.optionPoints.count { points += rule.optionPoints[option] }
            return (min(points, rule.cap) * rule.scorePerPoint, .scored)
        default:
            return (nil, .invalid)
        }
    }

    /// The item score (0-100) of an answer to a question, exactly; nil unless it is scored.
    public func itemScore(_ answer: Answer, question index: Int) -> Fraction? {
        itemUnits(answer, question: index).units.map { Fraction(Int128($0), Int128(weights.scoreUnit)) }
    }

    /// Scores one respondent's answers (aligned with the questionnaire's questions).
    public func score(_ answers: [Answer]) -> RespondentScore {
        var statuses = [ItemStatus](repeating: .blank, count: answers.count)
        var units = [Int64](repeating: 0, count: answers.count)
        for index in answers.indices {
            let item = itemUnits(answers[index], question: index)
            statuses[index] = item.status
            units[index] = item.units ?? 0
        }
        let scoreUnit = weights.scoreUnit
        var dimensions: [DimensionResult] = []
        dimensions.reserveCapacity(questionnaire.dimensions.count)
        var total = FractionSum(), coverage = FractionSum()
        var scoredWeight: Int64 = 0, allWeight: Int64 = 0
        for (position, dimension) in questionnaire.dimensions.enumerated() {
            var answeredWeight: Int64 = 0, applicableWeight: Int64 = 0, scoreSum: Int64 = 0, answered = 0
            for index in questionsPerDimension[position] where statuses[index] != .notApplicable && statuses[index] != .notShown {
                let weight = weights.questionWeights[index]
                applicableWeight += weight
                if statuses[index] == .scored {
                    answeredWeight += weight
                    scoreSum += weight * units[index]
                    answered += 1
                }
            }
            let dimensionCoverage = applicableWeight > 0 ? Fraction(Int128(answeredWeight), Int128(applicableWeight)) : .zero
            let sufficient = answeredWeight > 0 && dimensionCoverage >= weights.minimumCoverage
            let score = sufficient ? Fraction(Int128(scoreSum), Int128(answeredWeight) * Int128(scoreUnit)) : nil
            let weight = weights.dimensionWeights[position]
            if sufficient {
                total.add(weight, times: scoreSum, over: answeredWeight)
                scoredWeight += weight
            }
            if applicableWeight > 0 { coverage.add(weight, times: answeredWeight, over: applicableWeight) }
            allWeight += weight
            dimensions.append(DimensionResult(
                dimensionID: dimension.id, exactScore: score, exactCoverage: dimensionCoverage,
                bandID: score.flatMap { dimensionBands[position].band(for: $0)?.id },
                answered: answered, questions: questionsPerDimension[position].count,
                factors: factorResults(dimension: position, statuses: statuses, units: units),
                level: levelQuestion[position].flatMap { if case .number(let value) = answers[$0] { value } else { nil } }))
        }
        let exactTotal = scoredWeight > 0 ? total.value(dividedBy: Int128(scoredWeight) * Int128(scoreUnit)) : nil
        return RespondentScore(
            exactTotal: exactTotal, bandID: exactTotal.flatMap { questionnaire.bands.band(for: $0)?.id }, dimensions: dimensions,
            itemStatuses: statuses, exactCoverage: allWeight > 0 ? coverage.value(dividedBy: Int128(allWeight)) ?? .zero : .zero)
    }

    private func factorResults(dimension: Int, statuses: [ItemStatus], units: [Int64]) -> [FactorResult] {
        questionnaire.dimensions[dimension].factors.enumerated().map { factorPosition, factor in
            let inFactor = questionsPerFactor[dimension][factorPosition]
            var sum: Int64 = 0, weight: Int64 = 0, answered = 0
            for index in inFactor where statuses[index] == .scored {
                sum += weights.factorWeights[index] * units[index]
                weight += weights.factorWeights[index]
                answered += 1
            }
            let score = weight > 0 ? Fraction(Int128(sum), Int128(weight) * Int128(weights.scoreUnit)) : nil
            return FactorResult(factorID: factor.id, exactScore: score, answered: answered, questions: inFactor.count)
        }
    }
}

/// A sum of terms `weight × numerator / denominator`, kept as one fraction in lowest terms:
/// 64-bit while it fits, 128-bit beyond.
struct FractionSum {
    private var numerator: Int128 = 0
    private var denominator: Int128 = 1

    mutating func add(_ weight: Int64, times termNumerator: Int64, over termDenominator: Int64) {
        var top = Int128(weight) * Int128(termNumerator), bottom = Int128(termDenominator)
        let common = Int128(Fraction.gcd(top.magnitude, bottom.magnitude))
        if common > 1 { top /= common; bottom /= common }
        let shared = Int128(Fraction.gcd(denominator.magnitude, bottom.magnitude))
        let (scaledLeft, o1) = numerator.multipliedReportingOverflow(by: bottom / shared)
        let (scaledRight, o2) = top.multipliedReportingOverflow(by: denominator / shared)
        let (newDenominator, o3) = denominator.multipliedReportingOverflow(by: bottom / shared)
        let (sum, o4) = scaledLeft.addingReportingOverflow(scaledRight)
        // ExactWeights refuses questionnaires whose sums could overflow; stay defined regardless.
        guard !(o1 || o2 || o3 || o4) else { return }
        numerator = sum
        denominator = newDenominator
    }

    /// The sum divided by a whole number; nil when it does not fit.
    func value(dividedBy divisor: Int128) -> Fraction? {
        let (bottom, overflow) = denominator.multipliedReportingOverflow(by: divisor)
        return overflow ? nil : Fraction(numerator, bottom)
    }
}
