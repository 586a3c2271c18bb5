/// A factor's score inside a dimension.
struct FactorResult: Sendable, Equatable {
    var factorID: String
    /// Weighted mean of the factor's scored items, exactly; nil when none was scored.
    var exactScore: Fraction?
    var answered: Int
    package var questions: Int

    /// The score as a `Double`.
    package var score: Double? { exactScore?.doubleValue }
}

/// A dimension's score, band and how much of it was answered.
package struct DimensionResult: Sendable, Equatable {
    var dimensionID: String
    /// Weighted mean of the scored items (0-100), exactly; nil when the data are insufficient.
    var exactScore: Fraction?
    /// Share (0-1) of the dimension's applicable question weight that was answered, exactly.
    var exactCoverage: Fraction
    /// The band of the score, by the dimension's bands or else the total's.
    var bandID: String?
    /// Number of questions scored.
    var answered: Int
    /// Number of questions in the dimension.
    package var questions: Int
    var factors: [FactorResult]
    /// The answer to the dimension's level question (its maturity level), when it has one and it was answered.
    var level: Double?

    /// Whether the dimension was scored (enough of it was answered).
    var isScored: Bool { exactScore != nil }
    /// The score as a `Double`.
    package var score: Double? { exactScore?.doubleValue }
    /// The coverage as a `Double`.
    var coverage: Double { exactCoverage.doubleValue }
}

/// Everything computed for one respondent.
package struct RespondentScore: Sendable, Equatable {
    /// Weighted mean of the scored dimensions' scores, weights renormalised over them, exactly;
    /// nil when none was scored.
    var exactTotal: Fraction?
    var bandID: String?
    package var dimensions: [DimensionResult]
    /// The status of each question's answer, aligned with the questionnaire's questions.
    var itemStatuses: [ItemStatus]
    /// The answered share of the whole questionnaire: dimension coverages weighted by dimension weight.
    var exactCoverage: Fraction

    /// Whether some dimension was left out of the total, so that the weights were renormalised.
    var isRenormalised: Bool { exactTotal != nil && dimensions.contains { !$0.isScored } }
    /// The total as a `Double`.
    var total: Double? { exactTotal?.doubleValue }
    /// The coverage as a `Double`.
    var coverage: Double { exactCoverage.doubleValue }
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
struct ScoringEngine: Sendable {
    package let questionnaire: Questionnaire
    let weights: ExactWeights
    private let questionsPerDimension: [[Int]]
    /// Question indices by dimension, then by factor.
    private let questionsPerFactor: [[[Int]]]
    /// The index of each dimension's level question.
    private let levelQuestion: [Int?]
    /// Ids of the dimensions and of their factors (read per respondent without copying the model).
    private let dimensionIDs: [String]
    private let factorIDs: [[String]]
    private let itemRules: ItemRules
    /// The scored questions' indices, dimension after dimension; dimension `d`'s are at
    /// `dimensionQuestions[dimensionSpans[d]]` (flat, so that no nested array is retained per answer).
    private let dimensionQuestions: [Int]
    private let dimensionSpans: [Range<Int>]
    /// The position of each question's factor within its dimension; -1 without one.
    private let factorOfQuestion: [Int]
    /// The questions no dimension scores (descriptive ones).
    private let unscoredQuestions: [Int]
    /// The band sets of the dimensions, then the total's, flat.
    private let bandTable: BandTable

    /// The engine for a questionnaire that loaded without errors (its weights are exact).
    init(questionnaire: Questionnaire) {
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
        dimensionIDs = questionnaire.dimensions.map(\.id)
        factorIDs = questionnaire.dimensions.map { $0.factors.map(\.id) }
        itemRules = ItemRules(questionnaire: questionnaire, weights: weights)
        dimensionQuestions = perDimension.flatMap { $0 }
        var spans: [Range<Int>] = [], start = 0
        for questions in perDimension {
            spans.append(start..<start + questions.count)
            start += questions.count
        }
        dimensionSpans = spans
        var factorOfQuestion = [Int](repeating: -1, count: questionnaire.questions.count)
        for dimension in questionsPerFactor.indices {
            for (factor, questions) in questionsPerFactor[dimension].enumerated() {
                for index in questions { factorOfQuestion[index] = factor }
            }
        }
        self.factorOfQuestion = factorOfQuestion
        let scored = Set(perDimension.joined())
        unscoredQuestions = questionnaire.questions.indices.filter { !scored.contains($0) }
        bandTable = BandTable(questionnaire.dimensions.map { questionnaire.bands(for: $0) } + [questionnaire.bands])
    }

    /// A question's weight within its dimension (the weights of a dimension's questions sum to 1).
    func weightInDimension(ofQuestion index: Int) -> Fraction {
        guard let dimension = questionsPerDimension.firstIndex(where: { $0.contains(index) }) else { return .zero }
        return Fraction(Int128(weights.questionWeights[index]), Int128(weights.dimensionUnits[dimension]))
    }

    /// The item score of an answer to a question, in `1 / weights.scoreUnit` points, and its
    /// status. An answer to a descriptive (unscored) question has no score; its status is
    /// `.scored` when it was given.
    @inline(__always)
    func itemUnits(_ answer: Answer, question index: Int) -> (units: Int64?, status: ItemStatus) {
        let rule = itemRules.rules[index]
        // The usual case first, inlined where each answer is scored: a whole number on a scale
        // of consecutive whole values.
        if case .number(let value) = answer, case .scale(let range, let firstInteger?) = rule {
            let offset = value - firstInteger
            guard offset >= 0, offset < Double(range.count) else { return (nil, .invalid) }
            // A whole offset converts back to itself (checked without a call to `floor`).
            let point = Int(offset)
            guard Double(point) == offset else { return (nil, .invalid) }
            return (itemRules.units[range.lowerBound + point], .scored)
        }
        return ruledItemUnits(answer, rule: rule)
    }

    /// `itemUnits` of every answer but a whole number on a scale of consecutive whole values.
    @inline(never)
    private func ruledItemUnits(_ answer: Answer, rule: ItemRules.Rule) -> (units: Int64?, status: ItemStatus) {
        switch (answer, rule) {
        case (.blank, _): return (nil, .blank)
        case (.notShown, _): return (nil, .notShown)
        case (.invalid, _): return (nil, .invalid)
        case (.nonAnswer(.dontKnow), _): return (nil, .dontKnow)
        case (.nonAnswer(.notApplicable), _): return (nil, .notApplicable)
        case (_, .unscored): return (nil, .scored)
        case (.number(let value), .scale(let range, _)):
            guard let point = range.first(where: { itemRules.keys[$0] == value }) else { return (nil, .invalid) }
            return (itemRules.units[point], .scored)
        case (.number(let value), .thresholds(let range)):
            guard let step = range.last(where: { value >= itemRules.keys[$0] }) else { return (nil, .invalid) }
            return (itemRules.units[step], .scored)
        case (.choice(let option), .choice(let range)):
            return option >= 0 && option < range.count ? (itemRules.units[range.lowerBound + option], .scored) : (nil, .invalid)
        case (.yesNo(let yes), .yesNo(let no, let yesUnits)):
            return (yes ? yesUnits : no, .scored)
        case (.choices(let chosen), .multi(let range, let cap, let perPoint)):
            var points: Int64 = 0
            for option in chosen where option < range.count { points += itemRules.units[range.lowerBound + option] }
            return (min(points, cap) * perPoint, .scored)
        default:
            return (nil, .invalid)
        }
    }

    /// The item score (0-100) of an answer to a question, exactly; nil unless it is scored.
    func itemScore(_ answer: Answer, question index: Int) -> Fraction? {
        itemUnits(answer, question: index).units.map { Fraction(Int128($0), Int128(weights.scoreUnit)) }
    }

    /// Scores one respondent's answers (aligned with the questionnaire's questions).
    package func score(_ answers: [Answer]) -> RespondentScore {
        var statuses = [ItemStatus](repeating: .blank, count: answers.count)
        for index in unscoredQuestions { statuses[index] = itemUnits(answers[index], question: index).status }
        let scoreUnit = weights.scoreUnit
        var dimensions: [DimensionResult] = []
        dimensions.reserveCapacity(dimensionIDs.count)
        var total = FractionSum(), coverage = FractionSum()
        var scoredWeight: Int64 = 0, allWeight: Int64 = 0
        for position in dimensionIDs.indices {
            var answeredWeight: Int64 = 0, applicableWeight: Int64 = 0, scoreSum: Int64 = 0, answered = 0
            let factorCount = factorIDs[position].count
            // Per factor: (weighted units, weight, answered), only for dimensions with factors.
            var factorSums = [(sum: Int64, weight: Int64, answered: Int)](repeating: (0, 0, 0), count: factorCount)
            for slot in dimensionSpans[position] {
                let index = dimensionQuestions[slot]
                let item = itemUnits(answers[index], question: index)
                statuses[index] = item.status
                guard item.status != .notApplicable && item.status != .notShown else { continue }
                let weight = weights.questionWeights[index]
                applicableWeight += weight
                guard let units = item.units else { continue }
                answeredWeight += weight
                scoreSum += weight * units
                answered += 1
                let factor = factorOfQuestion[index]
                if factor >= 0 {
                    factorSums[factor].sum += weights.factorWeights[index] * units
                    factorSums[factor].weight += weights.factorWeights[index]
                    factorSums[factor].answered += 1
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
            var factors: [FactorResult] = []
            if factorCount > 0 {
                factors.reserveCapacity(factorCount)
                for factor in 0..<factorCount {
                    let sums = factorSums[factor]
                    factors.append(FactorResult(
                        factorID: factorIDs[position][factor],
                        exactScore: sums.weight > 0 ? Fraction(Int128(sums.sum), Int128(sums.weight) * Int128(scoreUnit)) : nil,
                        answered: sums.answered, questions: questionsPerFactor[position][factor].count))
                }
            }
            let level = levelQuestion[position].flatMap { if case .number(let value) = answers[$0] { value } else { nil } }
            dimensions.append(DimensionResult(
                dimensionID: dimensionIDs[position], exactScore: score, exactCoverage: dimensionCoverage,
                bandID: score.flatMap { bandTable.band(for: $0, set: position) },
                answered: answered, questions: dimensionSpans[position].count, factors: factors, level: level))
        }
        let exactTotal = scoredWeight > 0 ? total.value(dividedBy: Int128(scoredWeight) * Int128(scoreUnit)) : nil
        return RespondentScore(
            exactTotal: exactTotal, bandID: exactTotal.flatMap { bandTable.band(for: $0, set: dimensionIDs.count) },
            dimensions: dimensions, itemStatuses: statuses,
            exactCoverage: allWeight > 0 ? coverage.value(dividedBy: Int128(allWeight)) ?? .zero : .zero)
    }
}

/// Band sets as flat arrays of exact edges, classified the way `BandSet` does, without copying
/// a band set (and its labels) per score.
struct BandTable: Sendable {
    private var lowers: [Fraction] = [], uppers: [Fraction] = [], ids: [String] = []
    private var spans: [Range<Int>] = []
    private var upperInclusive: [Bool] = []
    /// Every edge as a 64-bit numerator and denominator, when all fit (edges written as
    /// decimals do): a score that fits too is then placed by 64-bit cross products.
    private var smallEdges: [(lower: (Int64, Int64), upper: (Int64, Int64))]?

    init(_ sets: [BandSet]) {
        for set in sets {
            let start = lowers.count
            lowers += set.lowers
            uppers += set.uppers
            ids += set.order.map { set.bands[$0].id }
            spans.append(start..<lowers.count)
            upperInclusive.append(set.rule == .upperInclusive)
        }
        func small(_ edge: Fraction) -> (Int64, Int64)? {
            guard let numerator = Fraction.small(edge.numerator), let denominator = Fraction.small(edge.denominator) else { return nil }
            return (numerator, denominator)
        }
        var edges: [(lower: (Int64, Int64), upper: (Int64, Int64))] = []
        for (lower, upper) in zip(lowers, uppers) {
            guard let lower = small(lower), let upper = small(upper) else { return }
            edges.append((lower, upper))
        }
        smallEdges = edges
    }

    /// The id of the band of set `set` that an exact score falls in.
    func band(for score: Fraction, set: Int) -> String? {
        let range = spans[set], inclusive = upperInclusive[set]
        guard let smallEdges, let numerator = Fraction.small(score.numerator), let denominator = Fraction.small(score.denominator) else {
            return BandSet.position(of: score, lowers: lowers, uppers: uppers, in: range, upperInclusive: inclusive).map { ids[$0] }
        }
        func order(_ edge: (Int64, Int64)) -> Int { Fraction.compare(numerator, over: denominator, with: edge.0, over: edge.1) }
        return BandSet.position(in: range, upperInclusive: inclusive) { position in
            (order(smallEdges[position].lower), order(smallEdges[position].upper))
        }.map { ids[$0] }
    }
}

/// How each question's answer becomes item-score units, compiled once from the questionnaire and
/// its exact weights into plain values (no model structs are copied per answer).
struct ItemRules: Sendable {
    enum Rule: Sendable {
        case unscored
        /// Scale values (likert, level) in `keys[range]`, their units in `units[range]`; the first
        /// value when the values are consecutive whole numbers (found without a search).
        case scale(Range<Int>, firstInteger: Double?)
        /// Number thresholds (at least) in `keys[range]`, ascending, their units in `units[range]`.
        case thresholds(Range<Int>)
        /// Option `i`'s units at `units[range.lowerBound + i]`.
        case choice(Range<Int>)
        case yesNo(no: Int64, yes: Int64)
        /// Option `i`'s points at `units[range.lowerBound + i]`; the sum is capped, then scaled.
        case multi(Range<Int>, cap: Int64, perPoint: Int64)
        /// Not scorable (a multi question whose options score nothing).
        case none
    }

    private(set) var rules: [Rule] = []
    private(set) var keys: [Double] = []
    private(set) var units: [Int64] = []

    init(questionnaire: Questionnaire, weights: ExactWeights) {
        for (index, question) in questionnaire.questions.enumerated() {
            let scores = weights.itemScores[index]
            func stored(_ values: [Int64], keys newKeys: [Double] = []) -> Range<Int> {
                let start = units.count
                units += values
                keys += newKeys
                keys += repeatElement(0, count: units.count - keys.count)
                return start..<units.count
            }
            guard question.isScored else { rules.append(.unscored); continue }
            switch question.kind {
            case .likert(let scale, _), .level(let scale):
                let values = scale.points.map(\.value)
                let consecutive = values.first.map { first in
                    first == first.rounded(.down) && values.enumerated().allSatisfy { $0.element == first + Double($0.offset) }
                } ?? false
                rules.append(.scale(stored(scores, keys: values), firstInteger: consecutive ? values[0] : nil))
            case .number(let scoring):
                rules.append(.thresholds(stored(scores, keys: scoring.thresholds.map(\.atLeast))))
            case .choice:
                rules.append(.choice(stored(scores)))
            case .yesNo:
                rules.append(scores.count == 2 ? .yesNo(no: scores[0], yes: scores[1]) : .none)
            case .multi:
                if let rule = weights.multiRules[index], rule.cap > 0 {
                    rules.append(.multi(stored(rule.optionPoints), cap: rule.cap, perPoint: rule.scorePerPoint))
                } else {
                    rules.append(.none)
                }
            }
        }
    }
}

/// A sum of terms `weight × numerator / denominator`, kept as one fraction in lowest terms:
/// 64-bit while it fits, 128-bit beyond.
struct FractionSum {
    private var numerator: Int128 = 0
    private var denominator: Int128 = 1

    /// Adds `weight × termNumerator / termDenominator` (`termDenominator` > 0): in 64-bit
    /// arithmetic while every value fits (every score and weight), else the same steps in 128.
    mutating func add(_ weight: Int64, times termNumerator: Int64, over termDenominator: Int64) {
        if let smallNumerator = Fraction.small(numerator), let smallDenominator = Fraction.small(denominator),
           let sum = Self.adding(weight, times: termNumerator, over: termDenominator, to: (smallNumerator, smallDenominator)) {
            (numerator, denominator) = (Int128(sum.numerator), Int128(sum.denominator))
        } else if let sum = Self.adding(Int128(weight), times: Int128(termNumerator), over: Int128(termDenominator), to: (numerator, denominator)) {
            (numerator, denominator) = sum
        }
        // Else nothing is added: ExactWeights refuses questionnaires whose sums could overflow;
        // stay defined regardless.
    }

    /// `sum + weight × termNumerator / termDenominator`: the term reduced by its gcd, the
    /// denominators combined by theirs; nil when a step overflows.
    private static func adding<Integer: FixedWidthInteger & SignedInteger>(
        _ weight: Integer, times termNumerator: Integer, over termDenominator: Integer, to sum: (numerator: Integer, denominator: Integer)
    ) -> (numerator: Integer, denominator: Integer)? where Integer.Magnitude: FixedWidthInteger {
        var (top, overflow) = weight.multipliedReportingOverflow(by: termNumerator)
        guard !overflow, top != .min else { return nil }
        var bottom = termDenominator
        let common = Integer(truncatingIfNeeded: Fraction.gcd(top.magnitude, bottom.magnitude))
        if common > 1 { top /= common; bottom /= common }
        let shared = Integer(truncatingIfNeeded: Fraction.gcd(sum.denominator.magnitude, bottom.magnitude))
        let bottomShare = bottom / shared
        let (scaledLeft, o1) = sum.numerator.multipliedReportingOverflow(by: bottomShare)
        let (scaledRight, o2) = top.multipliedReportingOverflow(by: sum.denominator / shared)
        let (newDenominator, o3) = sum.denominator.multipliedReportingOverflow(by: bottomShare)
        let (total, o4) = scaledLeft.addingReportingOverflow(scaledRight)
        return o1 || o2 || o3 || o4 ? nil : (total, newDenominator)
    }

    /// The sum divided by a whole number; nil when it does not fit.
    package func value(dividedBy divisor: Int128) -> Fraction? {
        let (bottom, overflow) = denominator.multipliedReportingOverflow(by: divisor)
        return overflow ? nil : Fraction(numerator, bottom)
    }
}
