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
    let problems: [(provenance: Provenance, message: String)]

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
        var problems: [(Provenance, String)] = []
        func exact(_ value: Double, _ provenance: Provenance, _ what: String) -> Fraction {
            if let fraction = Fraction(decimal: value), fraction.numerator.magnitude < 1 << 60, fraction.denominator < 1 << 60 {
                return fraction.reduced
            }
            problems.append((provenance, "\(what) \(NumberFormat.plain(value)) is too large or has too many digits to score exactly; use at most 12 significant digits"))
            return .zero
        }

        // Item scores as fractions of a point, and what the multi rules need of the unit.
        var itemFractions: [[Fraction]] = []
        var multiShapes: [(points: [Int64], cap: Int64)?] = []
        var unitDivisors: [Int128] = [1]
        for question in questionnaire.questions {
            var scores: [Fraction] = []
            var shape: (points: [Int64], cap: Int64)?
            switch question.kind {
            case .likert(let scale, _), .level(let scale):
                let values = scale.points.map { exact($0.value, scale.provenance, "the scale value") }
                let low = values.min() ?? .zero, high = values.max() ?? .zero
                let reverse: Bool = { if case .likert(_, let reverse) = question.kind { return reverse } else { return false } }()
                for value in values {
                    var score = Fraction.zero
                    if high > low, let above = value.adding(Fraction(0 - low.numerator, low.denominator)),
                        let span = high.adding(Fraction(0 - low.numerator, low.denominator)),
                        let share = above.divided(by: span), let scaled = share.multiplied(by: .hundred)
                    {
                        score = scaled
                    }
                    if reverse, let reversed = Fraction.hundred.adding(Fraction(0 - score.numerator, score.denominator)) { score = reversed }
                    scores.append(score)
                }
            case .choice(let options):
                scores = options.map { exact($0.score, $0.provenance, "the option score") }
            case .number(let scoring):
                scores = scoring.thresholds.map { exact($0.score, scoring.provenance, "the threshold score") }
            case .yesNo(let reverse):
                scores = reverse ? [.hundred, .zero] : [.zero, .hundred]
            case .multi(let options, let rule):
                switch rule {
                case .sumCapped(let maximum):
                    let points = options.map { exact($0.score, $0.provenance, "the option score") }
                    let cap = exact(maximum, question.provenance, "the maximum")
                    let common = ExactWeights.lcm((points + [cap]).map(\.denominator)) ?? 1
                    shape = (points.map { Int64(clamping: $0.numerator * (common / $0.denominator)) },
                             Int64(clamping: cap.numerator * (common / cap.denominator)))
                case .share:
                    shape = (options.map { $0.score > 0 ? 1 : 0 }, Int64(options.filter { $0.score > 0 }.count))
                }
                if let cap = shape?.cap, cap > 0 {
                    // scoreUnit × 100 / cap must be whole.
                    unitDivisors.append(Int128(cap) / Int128(Fraction.gcd(UInt128(cap), 100)))
                }
            }
            unitDivisors += scores.map(\.denominator)
            itemFractions.append(scores)
            multiShapes.append(shape)
        }
        let unit = ExactWeights.lcm(unitDivisors).flatMap { $0 < 1 << 40 ? Int64($0) : nil } ?? {
            problems.append((.none, "the scale values and option scores need a common unit finer than 1/2^40 of a point to score exactly; use fewer decimals"))
            return 1
        }()
        scoreUnit = unit
        itemScores = itemFractions.map { scores in scores.map { Int64(clamping: $0.numerator * (Int128(unit) / $0.denominator)) } }
        multiRules = multiShapes.map { shape in
            shape.map { MultiUnits(optionPoints: $0.points, cap: $0.cap, scorePerPoint: $0.cap > 0 ? Int64(clamping: 100 * Int128(unit) / Int128($0.cap)) : 0) }
        }

        // Weights within dimensions and factors.
        let dimensionIndex = Dictionary(questionnaire.dimensions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var inDimension = [Fraction](repeating: .zero, count: questionnaire.questions.count)
        var inFactor = [Fraction](repeating: .zero, count: questionnaire.questions.count)
        var members = [[Int]](repeating: [], count: questionnaire.dimensions.count)
        for (index, question) in questionnaire.questions.enumerated() where question.isScored {
            guard let dimension = question.dimensionID.flatMap({ dimensionIndex[$0] }) else { continue }
            members[dimension].append(index)
        }
        var factorMembers: [[Int]] = []
        for (position, dimension) in questionnaire.dimensions.enumerated() {
            let questionWeight = { (index: Int) in exact(questionnaire.questions[index].weight, questionnaire.questions[index].provenance, "the weight") }
            let groups: [(factor: Fraction, questions: [Int])]
            if dimension.factors.isEmpty {
                groups = [(Fraction(1), members[position])]
            } else {
                groups = dimension.factors.map { factor in
                    (exact(factor.weight, factor.provenance, "the factor weight"),
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
        var weights = [Int64](repeating: 0, count: questionnaire.questions.count)
        var units: [Int64] = []
        for (position, dimension) in questionnaire.dimensions.enumerated() {
            let common = ExactWeights.lcm(members[position].map { inDimension[$0].denominator }) ?? 0
            guard common > 0, common < 1 << 40, 100 * Int128(unit) * common < 1 << 62 else {
                if !members[position].isEmpty {
                    problems.append((dimension.provenance, "the factor and question weights of \(dimension.id) combine into fractions too fine to score exactly; use simpler weights"))
                }
                units.append(1)
                continue
            }
            for index in members[position] { weights[index] = Int64(inDimension[index].numerator * (common / inDimension[index].denominator)) }
            units.append(Int64(common))
        }
        var perFactor = [Int64](repeating: 0, count: questionnaire.questions.count)
        for group in factorMembers {
            let common = ExactWeights.lcm(group.map { inFactor[$0].denominator }) ?? 1
            for index in group { perFactor[index] = Int64(clamping: inFactor[index].numerator * (common / inFactor[index].denominator)) }
        }
        questionWeights = weights
        dimensionUnits = units
        factorWeights = perFactor

        let dimensionFractions = questionnaire.dimensions.map { exact($0.weight, $0.provenance, "the weight") }
        let common = ExactWeights.lcm(dimensionFractions.map(\.denominator)) ?? 1
        dimensionWeights = dimensionFractions.map { Int64(clamping: $0.numerator * (common / $0.denominator)) }
        // The total is a sum of one fraction per dimension: its denominator is bounded by the
        // product of the dimensions' wholes.
        var bound: Int128? = Int128(dimensionWeights.reduce(0, +)) * 100 * Int128(unit) * Int128(units.max() ?? 1)
        for whole in units { bound = bound.flatMap { value in let (product, overflow) = value.multipliedReportingOverflow(by: Int128(whole)); return overflow ? nil : product } }
        if bound.map({ $0 >= 1 << 118 }) ?? true {
            problems.append((.none, "the weights of the dimensions, factors and questions combine into fractions too fine to score exactly (beyond 128-bit arithmetic); use simpler weights"))
        }
        minimumCoverage = exact(questionnaire.minimumCoverage, .none, "the minimum coverage")
        self.problems = problems
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
