import Foundation

/// The cohort's answers as item scores, computed once, and the scoring rules as numbers that a
/// draw of `AnalystChoices` can change: re-scoring a draw reads these arrays, never the responses.
///
/// The nominal scores stay the engine's exact ones; a draw's totals are `Double`s, compared with
/// a tolerance of `tolerance` points so that a total on a boundary under the nominal rules stays
/// on it (and keeps its band) when the choices are the nominal ones.
struct UncertaintyModel: Sendable {
    /// What a scored question's answer counts as in a draw.
    enum Item: UInt8, Sendable {
        case answered, dontKnow, missing, excluded
    }

    static let tolerance = 1e-9

    /// Per dimension, its slots (scored questions, dimension after dimension).
    let dimensionSlots: [Range<Int>]
    /// The questionnaire index of each slot.
    let slotQuestions: [Int]
    /// Per slot, the question's weight in its dimension (summing to 1 per dimension).
    let slotWeights: [Double]
    /// Per slot, the position of its answer in `ScoredRespondent.scoredAnswers`.
    private let slotAnswers: [Int]
    /// Per slot, the item score of the question's lowest answer ("don't know" as the lowest answer).
    let slotLowest: [Double]
    /// The dimension weights, summing to 1.
    let dimensionWeights: [Double]
    let minimumCoverage: Double
    /// The inner edges of the total's bands, lowest first, and the band ids from the lowest up.
    let edges: [Double]
    let bandIDs: [String]
    let upperInclusive: Bool

    /// The respondents' ids and names, in input order.
    private(set) var ids: [String] = []
    private(set) var names: [String] = []
    /// Their exact nominal totals and bands (positions in `bandIDs`).
    private(set) var nominalTotals: [Fraction] = []
    private(set) var nominalBands: [Int] = []
    /// `scores[respondent * slots + slot]`, `items` alike.
    private var scores: [Double] = []
    private var items: [Item] = []

    var count: Int { ids.count }
    var slots: Int { slotQuestions.count }

    /// The model of a questionnaire scored by `engine`.
    init(engine: ScoringEngine) {
        let questionnaire = engine.questionnaire, weights = engine.weights
        let dimensionIndex = Dictionary(questionnaire.dimensions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var perDimension = [[Int]](repeating: [], count: questionnaire.dimensions.count)
        for (index, question) in questionnaire.questions.enumerated() where question.isScored {
            if let dimension = question.dimensionID.flatMap({ dimensionIndex[$0] }) { perDimension[dimension].append(index) }
        }
        var spans: [Range<Int>] = [], start = 0
        for questions in perDimension {
            spans.append(start..<start + questions.count)
            start += questions.count
        }
        dimensionSlots = spans
        slotQuestions = perDimension.flatMap { $0 }
        slotWeights = perDimension.enumerated().flatMap { dimension, questions in
            questions.map { Double(weights.questionWeights[$0]) / Double(weights.dimensionUnits[dimension]) }
        }
        let answerPosition = Dictionary(questionnaire.scoredQuestionIndices.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        slotAnswers = slotQuestions.map { answerPosition[$0] ?? -1 }
        let unit = Double(weights.scoreUnit)
        slotLowest = slotQuestions.map { question in
            // A multi question's lowest answer chooses nothing: 0 points.
            Double(weights.itemScores[question].min() ?? 0) / unit
        }
        let dimensionTotal = Double(weights.dimensionWeights.reduce(0, +))
        dimensionWeights = weights.dimensionWeights.map { dimensionTotal > 0 ? Double($0) / dimensionTotal : 0 }
        minimumCoverage = weights.minimumCoverage.doubleValue
        let bands = questionnaire.bands
        edges = bands.uppers.dropLast().map(\.doubleValue)
        bandIDs = bands.order.map { bands.bands[$0].id }
        upperInclusive = bands.rule == .upperInclusive
        self.engine = engine
    }

    private let engine: ScoringEngine

    /// Adds a respondent scored with a total: its item scores from its answers (aligned with
    /// `Questionnaire.scoredQuestionIndices`), computed once.
    mutating func add(_ respondent: ScoredRespondent, name: String) {
        guard let total = respondent.score.exactTotal, let band = respondent.score.bandID.flatMap({ bandIDs.firstIndex(of: $0) }) else { return }
        for (slot, question) in slotQuestions.enumerated() {
            let status = respondent.score.itemStatuses[question]
            let position = slotAnswers[slot]
            let units = position >= 0 && position < respondent.scoredAnswers.count
                ? engine.itemUnits(respondent.scoredAnswers[position], question: question).units : nil
            switch status {
            case .scored where units != nil:
                scores.append(Double(units ?? 0) / Double(engine.weights.scoreUnit))
                items.append(.answered)
            case .dontKnow:
                scores.append(0)
                items.append(.dontKnow)
            case .notApplicable, .notShown:
                scores.append(0)
                items.append(.excluded)
            default:
                scores.append(0)
                items.append(.missing)
            }
        }
        ids.append(respondent.id)
        names.append(name)
        nominalTotals.append(total)
        nominalBands.append(band)
    }

    /// The total of respondent `respondent` under `choices`; nil when no dimension has enough answers.
    func total(of respondent: Int, _ choices: AnalystChoices) -> Double? {
        let base = respondent * slots
        var weightSum = 0.0, sum = 0.0
        for (dimension, span) in dimensionSlots.enumerated() {
            var answered = 0.0, applicable = 0.0, points = 0.0
            for slot in span {
                let item = items[base + slot]
                if item == .excluded { continue }
                let weight = slotWeights[slot] * (choices.itemMultipliers?[slot] ?? 1)
                applicable += weight
                switch item {
                case .answered:
                    answered += weight
                    points += weight * scores[base + slot]
                case .dontKnow where choices.dontKnow == .lowest:
                    answered += weight
                    points += weight * slotLowest[slot]
                default:
                    break
                }
            }
            guard answered > 0, answered >= (choices.minimumCoverage - Self.tolerance) * applicable else { continue }
            let score = points / answered
            let weight = dimensionWeights[dimension] * choices.dimensionMultipliers[dimension]
            weightSum += weight
            switch choices.aggregation {
            case .arithmetic: sum += weight * score
            case .geometric: sum += score > 0 ? weight * log(score) : -.infinity
            }
        }
        guard weightSum > 0 else { return nil }
        switch choices.aggregation {
        case .arithmetic: return sum / weightSum
        case .geometric: return sum.isFinite ? exp(sum / weightSum) : 0
        }
    }

    /// The band (position in `bandIDs`) of a total with every inner boundary moved by `shift`.
    func band(of total: Double, shift: Double) -> Int {
        var band = 0
        for edge in edges {
            let difference = total - (edge + shift)
            let above = abs(difference) <= Self.tolerance ? !upperInclusive : difference > 0
            if above { band += 1 } else { break }
        }
        return band
    }

    /// Competition ranks (1 for the highest, ties share the rank) of the totals present; nil for
    /// a missing one. Totals within `tolerance` are ties.
    static func ranks(_ totals: [Double?]) -> [Int?] {
        let present = totals.compactMap { $0 }.sorted()
        return totals.map { total in total.map { total in 1 + countAbove(in: present) { $0 > total + tolerance } } }
    }

    /// The nominal competition ranks, on the exact totals.
    var nominalRanks: [Int] {
        let sorted = nominalTotals.sorted()
        return nominalTotals.map { total in 1 + Self.countAbove(in: sorted) { $0 > total } }
    }

    /// How many elements of an ascending array are above a value, `isAbove` telling which are
    /// (false up to some position, true after it): found by bisection.
    private static func countAbove<Element>(in sorted: [Element], _ isAbove: (Element) -> Bool) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if isAbove(sorted[middle]) { high = middle } else { low = middle + 1 }
        }
        return sorted.count - low
    }

    /// The distance in points from the nominal total to the nearest inner band boundary; nil without one.
    func nearestBoundaryDistance(of respondent: Int) -> Double? {
        let bands = engine.questionnaire.bands
        return bands.uppers.dropLast().compactMap { edge -> Double? in
            nominalTotals[respondent].adding(Fraction(0 - edge.numerator, edge.denominator)).map { abs($0.doubleValue) }
        }.min()
    }
}
