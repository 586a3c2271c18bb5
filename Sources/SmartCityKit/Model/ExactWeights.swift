/// Every weight and item score of a questionnaire as integers, so that scores are sums of
/// integers and every decision on them is exact.
///
/// Decimals in the questionnaire are read as written (`0.1` is one tenth). An item score is an
/// integer number of `1/scoreUnit` points; a question's weight within its dimension is an
/// integer number of `1/dimensionUnits[d]` of the dimension; dimension weights are integers
/// over a common denominator. A dimension's score is then `Σ weight × item / (Σ answered
/// weight × scoreUnit)`, a fraction computed without rounding.
struct ExactWeights: Sendable {
    /// Item scores are whole numbers of `1 / scoreUnit` points.
    let scoreUnit: Int64
    /// Per question: its weight in its dimension, in `1 / dimensionUnits[d]` (0 when not scored).
    let questionWeights: [Int64]
    /// Per dimension: the sum of its scored questions' weights (the dimension's whole).
    let dimensionUnits: [Int64]
    /// Per question: its weight within its factor, whole numbers over the factor's questions.
    let factorWeights: [Int64]
    /// The dimension weights as whole numbers over a common denominator.
    let dimensionWeights: [Int64]
    /// Per question: the item score of each possible answer, in `1 / scoreUnit` points: by scale
    /// point, option or threshold index; `[no, yes]` for yes/no; empty for multi questions.
    let itemScores: [[Int64]]
    /// Per multi question: how chosen options add up (nil for other questions).
    let multiRules: [MultiUnits?]
    /// The questionnaire's minimum coverage, exactly.
    let minimumCoverage: Fraction
    /// Why the questionnaire cannot be scored exactly (weights too fine or too large); empty when it can.
    let problems: [(provenance: Provenance, problem: Problem)]

    /// Why a questionnaire cannot be scored exactly (worded per language in `QuestionnaireWording`).
    enum Problem: Sendable, Equatable {
        /// The scale values and option scores need a unit finer than 1/2^40 of a point.
        case commonUnitTooFine
        /// The weights combine into fractions beyond 128-bit arithmetic.
        case weightsTooFine
        /// A decimal too large or with too many digits: (what it is, as written).
        case tooManyDigits(Quantity, String)
        /// A dimension's factor and question weights combine into fractions too fine: (its id).
        case dimensionWeightsTooFine(String)
    }

    /// What a decimal of the questionnaire is.
    enum Quantity: Sendable, Equatable {
        case weight, factorWeight, minimumCoverage, optionScore, thresholdScore, maximum, scaleValue
    }

    /// A multi question's rule in whole numbers.
    struct MultiUnits: Sendable {
        /// Each option's points (sum-capped) or 1 for an option that counts (share), in a common unit.
        let optionPoints: [Int64]
        /// The sum at which the item scores 100.
        let cap: Int64
        /// `100 × scoreUnit / cap`: the item score of one unit of points.
        let scorePerPoint: Int64
    }

    init(_ questionnaire: Questionnaire) {
        var decimals = ExactDecimals()
        // Item scores as fractions of a point, and what the multi rules need of the unit.
        var itemFractions: [[Fraction]] = []
        var multiShapes: [MultiShape?] = []
        var unitDivisors: [Int128] = [1]
        for question in questionnaire.questions {
            let (scores, shape) = Self.itemFractions(of: question, &decimals)
            if let cap = shape?.cap, cap > 0 {
                // scoreUnit × 100 / cap must be whole.
                unitDivisors.append(Int128(cap) / Int128(Fraction.gcd(UInt128(cap), 100)))
            }
            unitDivisors += scores.map(\.denominator)
            itemFractions.append(scores)
            multiShapes.append(shape)
        }
        let unit = ExactWeights.lcm(unitDivisors).flatMap { $0 < 1 << 40 ? Int64($0) : nil } ?? {
            decimals.problems.append((.none, .commonUnitTooFine))
            return 1
        }()
        scoreUnit = unit
        itemScores = itemFractions.map { scores in scores.map { Int64(clamping: $0.numerator * (Int128(unit) / $0.denominator)) } }
        multiRules = multiShapes.map { shape in
            shape.map { MultiUnits(optionPoints: $0.points, cap: $0.cap, scorePerPoint: $0.cap > 0 ? Int64(clamping: 100 * Int128(unit) / Int128($0.cap)) : 0) }
        }

        let shares = WeightShares(questionnaire, &decimals)
        let wholes = Self.wholeWeights(questionnaire, shares, unit: unit, &decimals)
        questionWeights = wholes.questionWeights
        dimensionUnits = wholes.dimensionUnits
        factorWeights = Self.wholeFactorWeights(shares)

        let dimensionFractions = questionnaire.dimensions.map { decimals.exact($0.weight, $0.provenance, .weight) }
        let common = ExactWeights.lcm(dimensionFractions.map(\.denominator)) ?? 1
        dimensionWeights = dimensionFractions.map { Int64(clamping: $0.numerator * (common / $0.denominator)) }
        if !Self.totalFitsIn128Bits(dimensionWeights: dimensionWeights, unit: unit, dimensionUnits: wholes.dimensionUnits) {
            decimals.problems.append((.none, .weightsTooFine))
        }
        minimumCoverage = decimals.exact(questionnaire.minimumCoverage, .none, .minimumCoverage)
        problems = decimals.problems
    }

    /// Decimals of the questionnaire read as exact fractions, with the problems of those that cannot be.
    private struct ExactDecimals {
        var problems: [(Provenance, Problem)] = []

        /// The decimal as written (`0.1` is one tenth); zero, with a problem, when it is too large or too fine.
        mutating func exact(_ value: Double, _ provenance: Provenance, _ what: Quantity) -> Fraction {
            if let fraction = Fraction(decimal: value), fraction.numerator.magnitude < 1 << 60, fraction.denominator < 1 << 60 {
                return fraction.reduced
            }
            problems.append((provenance, .tooManyDigits(what, NumberFormat.plain(value))))
            return .zero
        }
    }

    /// A multi question's option points and cap over a common denominator.
    private typealias MultiShape = (points: [Int64], cap: Int64)

    /// A question's item score per possible answer as fractions of a point; for a multi question,
    /// no item scores but its rule in whole points.
    private static func itemFractions(of question: Question, _ decimals: inout ExactDecimals) -> (scores: [Fraction], shape: MultiShape?) {
        switch question.kind {
        case .likert(let scale, let reverse):
            return (scaleScores(scale, reverse: reverse, &decimals), nil)
        case .level(let scale):
            return (scaleScores(scale, reverse: false, &decimals), nil)
        case .choice(let options):
            return (options.map { decimals.exact($0.score, $0.provenance, .optionScore) }, nil)
        case .number(let scoring):
            return (scoring.thresholds.map { decimals.exact($0.score, scoring.provenance, .thresholdScore) }, nil)
        case .yesNo(let reverse):
            return (reverse ? [.hundred, .zero] : [.zero, .hundred], nil)
        case .multi(let options, let rule):
            switch rule {
            case .sumCapped(let maximum):
                let points = options.map { decimals.exact($0.score, $0.provenance, .optionScore) }
                let cap = decimals.exact(maximum, question.provenance, .maximum)
                let common = ExactWeights.lcm((points + [cap]).map(\.denominator)) ?? 1
                return ([], (points.map { Int64(clamping: $0.numerator * (common / $0.denominator)) },
                             Int64(clamping: cap.numerator * (common / cap.denominator))))
            case .share:
                return ([], (options.map { $0.score > 0 ? 1 : 0 }, Int64(options.filter { $0.score > 0 }.count)))
            }
        }
    }

    /// A scale's item scores: its lowest value 0, its highest 100, linear between; reversed, 100 to 0.
    private static func scaleScores(_ scale: Scale, reverse: Bool, _ decimals: inout ExactDecimals) -> [Fraction] {
        let values = scale.points.map { decimals.exact($0.value, scale.provenance, .scaleValue) }
        let low = values.min() ?? .zero, high = values.max() ?? .zero
        return values.map { value in
            var score = Fraction.zero
            if high > low, let above = value.adding(Fraction(0 - low.numerator, low.denominator)),
                let span = high.adding(Fraction(0 - low.numerator, low.denominator)),
                let share = above.divided(by: span), let scaled = share.multiplied(by: .hundred)
            {
                score = scaled
            }
            if reverse, let reversed = Fraction.hundred.adding(Fraction(0 - score.numerator, score.denominator)) { score = reversed }
            return score
        }
    }

    /// Each scored question's share of its dimension and of its factor, as exact fractions.
    private struct WeightShares {
        /// Per question: its share of its dimension.
        var inDimension: [Fraction]
        /// Per question: its share of its factor (of its dimension when it has no factors).
        var inFactor: [Fraction]
        /// Per dimension: its scored questions.
        var members: [[Int]]
        /// The questions of each factor (or factor-less dimension), in dimension order.
        var factorMembers: [[Int]] = []

        init(_ questionnaire: Questionnaire, _ decimals: inout ExactDecimals) {
            let dimensionIndex = Dictionary(questionnaire.dimensions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            inDimension = [Fraction](repeating: .zero, count: questionnaire.questions.count)
            inFactor = [Fraction](repeating: .zero, count: questionnaire.questions.count)
            members = [[Int]](repeating: [], count: questionnaire.dimensions.count)
            for (index, question) in questionnaire.questions.enumerated() where question.isScored {
                guard let dimension = question.dimensionID.flatMap({ dimensionIndex[$0] }) else { continue }
                members[dimension].append(index)
            }
            for (position, dimension) in questionnaire.dimensions.enumerated() {
                func questionWeight(_ index: Int) -> Fraction {
                    decimals.exact(questionnaire.questions[index].weight, questionnaire.questions[index].provenance, .weight)
                }
                let groups: [(factor: Fraction, questions: [Int])]
                if dimension.factors.isEmpty {
                    groups = [(Fraction(1), members[position])]
                } else {
                    groups = dimension.factors.map { factor in
                        (decimals.exact(factor.weight, factor.provenance, .factorWeight),
                         members[position].filter { questionnaire.questions[$0].factorID == factor.id })
                    }.filter { !$0.questions.isEmpty }
                }
                let factorTotal = groups.reduce(Fraction.zero) { $0.adding($1.factor) ?? $0 }
                for group in groups {
                    let questionTotal = group.questions.reduce(Fraction.zero) { $0.adding(questionWeight($1)) ?? $0 }
                    for index in group.questions {
                        let share = questionWeight(index).divided(by: questionTotal) ?? .zero
                        inFactor[index] = share
                        inDimension[index] = (group.factor.divided(by: factorTotal)?.multiplied(by: share)) ?? .zero
                    }
                    factorMembers.append(group.questions)
                }
            }
        }
    }

    /// The questions' shares of their dimensions as whole numbers over each dimension's whole.
    private static func wholeWeights(_ questionnaire: Questionnaire, _ shares: WeightShares, unit: Int64,
                                     _ decimals: inout ExactDecimals) -> (questionWeights: [Int64], dimensionUnits: [Int64]) {
        var weights = [Int64](repeating: 0, count: questionnaire.questions.count)
        var units: [Int64] = []
        for (position, dimension) in questionnaire.dimensions.enumerated() {
            let members = shares.members[position]
            let common = ExactWeights.lcm(members.map { shares.inDimension[$0].denominator }) ?? 0
            guard common > 0, common < 1 << 40, 100 * Int128(unit) * common < 1 << 62 else {
                if !members.isEmpty {
                    decimals.problems.append((dimension.provenance, .dimensionWeightsTooFine(dimension.id)))
                }
                units.append(1)
                continue
            }
            for index in members { weights[index] = Int64(shares.inDimension[index].numerator * (common / shares.inDimension[index].denominator)) }
            units.append(Int64(common))
        }
        return (weights, units)
    }

    /// The questions' shares of their factors as whole numbers over each factor's common denominator.
    private static func wholeFactorWeights(_ shares: WeightShares) -> [Int64] {
        var perFactor = [Int64](repeating: 0, count: shares.inFactor.count)
        for group in shares.factorMembers {
            let common = ExactWeights.lcm(group.map { shares.inFactor[$0].denominator }) ?? 1
            for index in group { perFactor[index] = Int64(clamping: shares.inFactor[index].numerator * (common / shares.inFactor[index].denominator)) }
        }
        return perFactor
    }

    /// Whether a total score stays within 128-bit arithmetic: it is a sum of one fraction per
    /// dimension, so its denominator is bounded by the product of the dimensions' wholes.
    private static func totalFitsIn128Bits(dimensionWeights: [Int64], unit: Int64, dimensionUnits units: [Int64]) -> Bool {
        var bound: Int128? = Int128(dimensionWeights.reduce(0, +)) * 100 * Int128(unit) * Int128(units.max() ?? 1)
        for whole in units { bound = bound.flatMap { value in let (product, overflow) = value.multipliedReportingOverflow(by: Int128(whole)); return overflow ? nil : product } }
        return bound.map { $0 < 1 << 118 } ?? false
    }

    /// The least common multiple, or nil beyond 128 bits.
    static func lcm(_ values: [Int128]) -> Int128? {
        var result: Int128 = 1
        for value in values where value > 1 {
            let divisor = Int128(Fraction.gcd(result.magnitude, value.magnitude))
            let (product, overflow) = result.multipliedReportingOverflow(by: value / divisor)
            if overflow { return nil }
            result = product
        }
        return result
    }
}
