/// How one respondent's scores are derived (`smartcity explain`): per dimension every question
/// with its answer, item score, weights and exact contribution to the dimension score and to
/// the total; the coverage and how the weights were renormalised over the answered questions;
/// each dimension's share of the total; the band and the exact distance to its edges.
///
/// Every value is an exact fraction and the contributions re-add exactly: a dimension's item
/// contributions sum to its score, the dimensions' contributions (and so all item
/// contributions) to the total.
struct Explanation: Sendable {
    /// One question's part in its dimension's score.
    struct Item: Sendable {
        var question: Int
        var answer: Answer
        var status: ItemStatus
        /// 0-100; nil unless the answer was scored.
        var itemScore: Fraction?
        /// The factor's position in the dimension's factors; nil without one.
        var factor: Int?
        /// The question's share of its factor's question weight; nil without a factor.
        var weightInFactor: Fraction?
        /// The question's share of the dimension as the questionnaire sets it (all questions applicable and answered).
        var weightInDimension: Fraction
        /// The share it carries after renormalising over the answered questions; nil unless scored.
        var renormalisedWeight: Fraction?
        /// `renormalisedWeight × itemScore`: its points of the dimension score; nil unless scored.
        var contribution: Fraction?
        /// Its points of the total: `contribution ×` the dimension's share of the total; nil when either is missing.
        var totalContribution: Fraction?
    }

    /// One factor: its share of the dimension and its score.
    struct Factor: Sendable {
        var shareOfDimension: Fraction
        var score: Fraction?
    }

    /// One dimension's derivation.
    struct Part: Sendable {
        var dimension: Int
        var items: [Item]
        var factors: [Factor]
        /// The weight (as shares of the dimension) of the applicable questions, and of the answered ones.
        var applicableWeight: Fraction
        var answeredWeight: Fraction
        var coverage: Fraction
        var minimumCoverage: Fraction
        var score: Fraction?
        var bandID: String?
        /// The dimension's share of the questionnaire's total weight, and of the weight of the
        /// scored dimensions (nil when this one is not scored).
        var weight: Fraction
        var renormalisedWeight: Fraction?
        /// `renormalisedWeight × score`: its points of the total.
        var contribution: Fraction?
    }

    /// Where the total sits in its band: the edges and the exact distance to each neighbouring band.
    struct Boundaries: Sendable {
        var rule: BoundaryRule
        /// The band's position in the bands ordered from the lowest up.
        var position: Int
        var lower: Fraction
        var upper: Fraction
        /// `total - lower` when a band lies below; with `(lower, upper]` bands a fall of exactly
        /// this much already leaves the band.
        var toBandBelow: Fraction?
        /// `upper - total` when a band lies above; with `(lower, upper]` bands the total must
        /// rise by more than this, with `[lower, upper)` by this much.
        var toBandAbove: Fraction?
        var bandBelowID: String?
        var bandAboveID: String?
    }

    let parts: [Part]
    let total: Fraction?
    let bandID: String?
    let boundaries: Boundaries?

    init(answers: [Answer], score: RespondentScore, engine: ScoringEngine) {
        let questionnaire = engine.questionnaire, weights = engine.weights
        let totalWeight = weights.dimensionWeights.reduce(Int64(0), +)
        let scoredWeight = zip(weights.dimensionWeights, score.dimensions).filter { $0.1.isScored }.reduce(Int64(0)) { $0 + $1.0 }
        parts = questionnaire.dimensions.indices.map { position in
            let dimension = questionnaire.dimensions[position], result = score.dimensions[position]
            let questions = questionnaire.scoredQuestionIndices.filter { questionnaire.questions[$0].dimensionID == dimension.id }
            let factorOf = { (index: Int) in dimension.factors.firstIndex { $0.id == questionnaire.questions[index].factorID } }
            func weightSum(_ indices: [Int]) -> Fraction { Fraction.sum(indices.map(engine.weightInDimension(ofQuestion:))) ?? .zero }
            let applicable = questions.filter { ![.notApplicable, .notShown].contains(score.itemStatuses[$0]) }
            let answered = applicable.filter { score.itemStatuses[$0] == .scored }
            let answeredWeight = weightSum(answered)
            let share = result.isScored && scoredWeight > 0 ? Fraction(Int128(weights.dimensionWeights[position]), Int128(scoredWeight)) : nil
            let items = questions.map { index -> Item in
                let factor = factorOf(index)
                let inFactor = factor.map { factor in
                    let members = questions.filter { factorOf($0) == factor }
                    return Fraction(Int128(weights.factorWeights[index]), Int128(members.reduce(Int64(0)) { $0 + weights.factorWeights[$1] }))
                }
                let itemScore = score.itemStatuses[index] == .scored ? engine.itemScore(answers[index], question: index) : nil
                let renormalised = itemScore == nil ? nil : engine.weightInDimension(ofQuestion: index).divided(by: answeredWeight)
                let contribution = renormalised.flatMap { weight in itemScore.flatMap { weight.multiplied(by: $0) } }
                return Item(question: index, answer: answers[index], status: score.itemStatuses[index], itemScore: itemScore, factor: factor,
                            weightInFactor: inFactor, weightInDimension: engine.weightInDimension(ofQuestion: index),
                            renormalisedWeight: renormalised, contribution: contribution,
                            totalContribution: share.flatMap { share in contribution.flatMap { $0.multiplied(by: share) } })
            }
            let factors = dimension.factors.indices.map { factor in
                Factor(shareOfDimension: weightSum(questions.filter { factorOf($0) == factor }),
                       score: result.factors.first { $0.factorID == dimension.factors[factor].id }?.exactScore)
            }
            return Part(dimension: position, items: items, factors: factors, applicableWeight: weightSum(applicable), answeredWeight: answeredWeight,
                        coverage: result.exactCoverage, minimumCoverage: weights.minimumCoverage, score: result.exactScore, bandID: result.bandID,
                        weight: Fraction(Int128(weights.dimensionWeights[position]), Int128(max(totalWeight, 1))), renormalisedWeight: share,
                        contribution: share.flatMap { share in result.exactScore.flatMap { share.multiplied(by: $0) } })
        }
        total = score.exactTotal
        bandID = score.bandID
        boundaries = score.exactTotal.flatMap { Self.boundaries(of: $0, in: questionnaire.bands) }
    }

    /// The band of `total` in `bands`, its edges and the distance to the bands beside it.
    static func boundaries(of total: Fraction, in bands: BandSet) -> Boundaries? {
        guard let index = bands.bandIndex(for: total), let position = bands.order.firstIndex(of: index) else { return nil }
        let below = position > 0 ? bands.order[position - 1] : nil
        let above = position + 1 < bands.order.count ? bands.order[position + 1] : nil
        return Boundaries(rule: bands.rule, position: position, lower: bands.lowers[position], upper: bands.uppers[position],
                          toBandBelow: below == nil ? nil : total.subtracting(bands.lowers[position]),
                          toBandAbove: above == nil ? nil : bands.uppers[position].subtracting(total),
                          bandBelowID: below.map { bands.bands[$0].id }, bandAboveID: above.map { bands.bands[$0].id })
    }
}
