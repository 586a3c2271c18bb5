import Foundation

/// What `smartcity stats` reports of a scored cohort: descriptive statistics with confidence
/// intervals per measure (the dimensions and the total), overall and per group; maturity types
/// beside the reference shares with a chi-square goodness-of-fit test; the reliability of each
/// dimension (Cronbach's alpha); correlations between the dimensions; and per item its answer
/// statuses, mean item score and answer distribution. Only complete respondents are counted
/// (as in the cohort summary); `--include-incomplete` takes the others in.
public struct ResearchStatistics: Sendable {
    /// The respondents counted, and the groups (labels in report order; empty when ungrouped).
    public let respondentCount: Int
    public let groupLabels: [String]
    /// Per measure (the questionnaire's dimensions, then the total): overall, then per group.
    public let measures: [MeasureStatistics]
    /// The maturity types overall (group nil) and per group.
    public let types: [TypeDistribution]
    public let reliability: [DimensionReliability]
    /// `pearson[i][j]` and `spearman[i][j]` between dimensions i and j, pairwise complete.
    public let pearson: [[Correlation]]
    public let spearman: [[Correlation]]
    public let items: [ItemStatistics]

    /// A measure: a dimension (its index) or the total score.
    public enum Measure: Sendable, Equatable {
        case dimension(Int)
        case total
    }

    /// A measure's statistics in one group (nil: the whole cohort).
    public struct MeasureStatistics: Sendable {
        public var measure: Measure
        public var group: Int?
        /// nil when no respondent of the group has a score on the measure.
        public var summary: Summary?
    }

    /// n, mean, standard deviation (n − 1), standard error, the 95 % confidence interval of the
    /// mean (Student's t with n − 1 degrees of freedom), the five-number summary (type 7
    /// quantiles), and the shares at the floor (0) and the ceiling (100).
    public struct Summary: Sendable, Equatable {
        public var descriptive: Descriptive
        public var standardError: Double?
        public var confidenceInterval: (low: Double, high: Double)?
        public var floorShare: Double
        public var ceilingShare: Double

        public static func == (lhs: Summary, rhs: Summary) -> Bool {
            lhs.descriptive == rhs.descriptive && lhs.standardError == rhs.standardError
                && lhs.confidenceInterval?.low == rhs.confidenceInterval?.low && lhs.confidenceInterval?.high == rhs.confidenceInterval?.high
                && lhs.floorShare == rhs.floorShare && lhs.ceilingShare == rhs.ceilingShare
        }
    }

    /// Maturity types in a group (nil: the whole cohort) beside the reference shares.
    public struct TypeDistribution: Sendable {
        public var group: Int?
        /// Aligned with the questionnaire's bands.
        public var counts: [Int]
        /// Respondents without a total (and so without a type), not in the test.
        public var withoutType: Int
        public var test: GoodnessOfFit?
        /// Why there is no test, when there is none.
        public var untested: UntestedReason?
    }

    /// Why the distribution of types was not tested against the reference shares.
    public enum UntestedReason: Sendable, Equatable {
        /// Some band has no reference share.
        case noReferenceShares
        /// Even merged, fewer than two classes reach an expected count of 5.
        case tooFewRespondents
    }

    /// A chi-square goodness-of-fit test of observed type counts against the reference shares
    /// (normalised to sum to 1). Adjacent bands are merged, lowest first, until each class
    /// expects at least 5 respondents; a last class below 5 joins the one before it.
    public struct GoodnessOfFit: Sendable, Equatable {
        public var statistic: Double
        public var degreesOfFreedom: Int
        public var pValue: Double
        /// The classes tested, as ranges of band positions.
        public var classes: [ClosedRange<Int>]
        public var expected: [Double]
        public var observed: [Int]

        /// Whether bands were merged to reach the expected counts.
        public var merged: Bool { classes.contains { $0.count > 1 } }
    }

    /// Cronbach's alpha of a dimension's scored items over the respondents who answered every
    /// one of them (listwise), with Feldt's 95 % confidence interval.
    public struct DimensionReliability: Sendable {
        public var dimension: Int
        /// Question indices of the items.
        public var items: [Int]
        public var respondents: Int
        public var alpha: Double?
        /// From the mean inter-item correlation: k r̄ / (1 + (k − 1) r̄).
        public var standardisedAlpha: Double?
        public var confidenceInterval: (low: Double, high: Double)?
        /// Per item: the correlation with the sum of the other items, and alpha without it.
        public var itemTotalCorrelations: [Double?]
        public var alphaIfDeleted: [Double?]

        /// Alpha below the usual threshold of 0.7, decided on the exact alpha.
        public var isLow: Bool
        /// Items (question indices) whose covariance with the rest is below 0, decided exactly
        /// (a reverse item forgotten?); an item uncorrelated with the rest is not among them.
        public var negativeItems: [Int]
    }

    /// A correlation and the number of respondents with both values.
    public struct Correlation: Sendable, Equatable {
        public var r: Double?
        public var n: Int
    }

    /// One scored question: how it was answered and what it scored.
    public struct ItemStatistics: Sendable {
        public var question: Int
        /// Per status, at its `ItemStatus.position`.
        public var statusCounts: [Int]
        public var meanItemScore: Double?
        /// The answers (scale points, options, yes/no: their code as written in a responses
        /// file and their label) and how often each was given; empty for numbers.
        public var answers: [(code: String, label: String, count: Int)]

        public func count(_ status: ItemStatus) -> Int { statusCounts[status.position] }
    }
}

/// Counts a cohort respondent by respondent, in input order, for `ResearchStatistics`.
struct ResearchStatisticsAccumulator {
    let questionnaire: Questionnaire
    private let engine: ScoringEngine
    private let scoredQuestions: [Int]
    /// Per dimension, the positions in `scoredQuestions` of its items.
    private let dimensionItems: [[Int]]
    private let bandIDs: [String]
    private var groupLabels: [String] = []
    private var groupPositions: [String: Int] = [:]

    /// Per respondent: its group, its band (−1: none), its measure values (NaN: not scored).
    private var groupOfRespondent: [Int32] = []
    private var bandOfRespondent: [Int16] = []
    private var values: [[Double]]
    /// Per measure and respondent: 1 when the score is exactly 0, 2 when exactly 100, else 0.
    private var extremes: [[UInt8]]
    private var statusCounts: [[Int]]
    /// Per scored question: the sum of its item scores, in `1 / scoreUnit` points (exact).
    private var itemScoreSums: [Int128]
    /// Per measure: the exact value of each value counted, by its `Double` (equal fractions
    /// give equal doubles), so that medians and quartiles are computed on exact values; nil once
    /// two distinct values share a `Double` (practically never: then they are computed in binary).
    private var exactValues: [[Double: Fraction]?]
    private var answerCounts: [[Int]]
    private var coMoments: [CoMoments]

    init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        engine = ScoringEngine(questionnaire: questionnaire)
        let scored = questionnaire.scoredQuestionIndices
        scoredQuestions = scored
        dimensionItems = questionnaire.dimensions.map { dimension in
            scored.indices.filter { questionnaire.questions[scored[$0]].dimensionID == dimension.id }
        }
        bandIDs = questionnaire.bands.bands.map(\.id)
        values = Array(repeating: [], count: questionnaire.dimensions.count + 1)
        extremes = Array(repeating: [], count: questionnaire.dimensions.count + 1)
        exactValues = Array(repeating: [:], count: questionnaire.dimensions.count + 1)
        statusCounts = scored.map { _ in Array(repeating: 0, count: ItemStatus.allCases.count) }
        itemScoreSums = scored.map { _ in 0 }
        answerCounts = scored.map { Self.answerCategories(questionnaire.questions[$0]).map { _ in 0 } }
        let scoreUnit = engine.weights.scoreUnit
        coMoments = questionnaire.dimensions.map { dimension in
            CoMoments(size: scored.filter { questionnaire.questions[$0].dimensionID == dimension.id }.count, scoreUnit: scoreUnit)
        }
    }

    /// Counts one respondent: its scores, its answers, and the group it belongs to.
    /// Counts one respondent, which must carry its `scoredAnswers`, in a group.
    mutating func add(_ respondent: ScoredRespondent, group: String?) {
        let groupIndex: Int
        if let group {
            if let known = groupPositions[group] { groupIndex = known } else {
                groupIndex = groupLabels.count
                groupPositions[group] = groupIndex
                groupLabels.append(group)
            }
        } else {
            groupIndex = -1
        }
        groupOfRespondent.append(Int32(groupIndex))
        let score = respondent.score
        bandOfRespondent.append(Int16(score.bandID.flatMap { bandIDs.firstIndex(of: $0) } ?? -1))
        let exact = score.dimensions.map(\.exactScore) + [score.exactTotal]
        for (measure, value) in exact.enumerated() {
            let double = value?.doubleValue ?? .nan
            values[measure].append(double)
            extremes[measure].append(value == .zero ? 1 : value == .hundred ? 2 : 0)
            if let value, exactValues[measure] != nil {
                if let known = exactValues[measure]![double] {
                    if known != value { exactValues[measure] = nil }
                } else {
                    exactValues[measure]![double] = value
                }
            }
        }
        var itemScores = [Int64?](repeating: nil, count: scoredQuestions.count)
        for (position, question) in scoredQuestions.enumerated() {
            let status = score.itemStatuses[question]
            statusCounts[position][status.position] += 1
            guard status == .scored else { continue }
            let answer = respondent.scoredAnswers[position]
            if let units = engine.itemUnits(answer, question: question).units {
                itemScores[position] = units
                itemScoreSums[position] += Int128(units)
            }
            countAnswer(answer, of: questionnaire.questions[question], into: &answerCounts[position])
        }
        for (dimension, items) in dimensionItems.enumerated() where items.count >= 2 {
            let row = items.compactMap { itemScores[$0] }
            if row.count == items.count { coMoments[dimension].add(row) }
        }
    }

    /// What an answer to a question is counted under: scale points, options, yes and no, by
    /// code and label.
    static func answerCategories(_ question: Question) -> [(code: String, label: LocalizedText)] {
        switch question.kind {
        case .likert(let scale, _), .level(let scale): scale.points.map { (NumberFormat.plain($0.value), $0.label) }
        case .choice(let options), .multi(let options, _): options.map { ($0.code, $0.label) }
        case .yesNo: [("yes", YesNoAnswer.yesLabel), ("no", YesNoAnswer.noLabel)]
        case .number: []
        }
    }

    private func countAnswer(_ answer: Answer, of question: Question, into counts: inout [Int]) {
        switch (answer, question.kind) {
        case (.number(let value), .likert(let scale, _)), (.number(let value), .level(let scale)):
            if let point = scale.points.firstIndex(where: { $0.value == value }) { counts[point] += 1 }
        case (.choice(let option), .choice):
            if option < counts.count { counts[option] += 1 }
        case (.choices(let chosen), .multi):
            for option in chosen where option < counts.count { counts[option] += 1 }
        case (.yesNo(let yes), .yesNo):
            counts[yes ? 0 : 1] += 1
        default:
            break
        }
    }

    /// The statistics; groups are listed as `order` sorts their labels.
    func finish(text: (LocalizedText) -> String, order: (String, String) -> Bool = { $0 < $1 }) -> ResearchStatistics {
        let sortedGroups = groupLabels.indices.sorted { order(groupLabels[$0], groupLabels[$1]) }
        let renumbered = Dictionary(uniqueKeysWithValues: sortedGroups.enumerated().map { ($1, $0) })
        let groups = groupOfRespondent.map { $0 < 0 ? -1 : renumbered[Int($0)]! }
        let groupSlots: [Int?] = [nil] + sortedGroups.indices.map { $0 }
        let measureList: [ResearchStatistics.Measure] = questionnaire.dimensions.indices.map { .dimension($0) } + [.total]

        var measures: [ResearchStatistics.MeasureStatistics] = []
        for (position, measure) in measureList.enumerated() {
            for group in groupSlots {
                let members = values[position].indices.filter { (group == nil || groups[$0] == group!) && !values[position][$0].isNaN }
                let floor = members.filter { extremes[position][$0] == 1 }.count
                let ceiling = members.filter { extremes[position][$0] == 2 }.count
                measures.append(.init(measure: measure, group: group,
                                      summary: Self.summary(members.map { values[position][$0] }, floor: floor, ceiling: ceiling, exact: exactValues[position])))
            }
        }

        let bands = questionnaire.bands.bands
        let shares = bands.map(\.referenceShare)
        let types = groupSlots.map { group -> ResearchStatistics.TypeDistribution in
            var counts = bands.map { _ in 0 }, withoutType = 0
            for (respondent, band) in bandOfRespondent.enumerated() where group == nil || groups[respondent] == group! {
                if band >= 0 { counts[Int(band)] += 1 } else { withoutType += 1 }
            }
            let tested = Self.goodnessOfFit(counts, referenceShares: shares)
            return .init(group: group, counts: counts, withoutType: withoutType, test: try? tested.get(), untested: tested.failureReason)
        }

        let reliability = questionnaire.dimensions.indices.compactMap { dimension -> ResearchStatistics.DimensionReliability? in
            let items = dimensionItems[dimension]
            guard items.count >= 2 else { return nil }
            return coMoments[dimension].reliability(dimension: dimension, items: items.map { scoredQuestions[$0] })
        }

        let dimensionCount = questionnaire.dimensions.count
        var pearson = [[ResearchStatistics.Correlation]](), spearman = [[ResearchStatistics.Correlation]]()
        for i in 0..<dimensionCount {
            var pearsonRow: [ResearchStatistics.Correlation] = [], spearmanRow: [ResearchStatistics.Correlation] = []
            for j in 0..<dimensionCount {
                let pairs = values[i].indices.filter { !values[i][$0].isNaN && !values[j][$0].isNaN }
                let x = pairs.map { values[i][$0] }, y = pairs.map { values[j][$0] }
                pearsonRow.append(.init(r: Self.pearson(x, y), n: pairs.count))
                spearmanRow.append(.init(r: Self.pearson(Self.averageRanks(x), Self.averageRanks(y)), n: pairs.count))
            }
            pearson.append(pearsonRow)
            spearman.append(spearmanRow)
        }

        let items = scoredQuestions.indices.map { position -> ResearchStatistics.ItemStatistics in
            let answered = statusCounts[position][ItemStatus.scored.position]
            let categories = Self.answerCategories(questionnaire.questions[scoredQuestions[position]])
            return .init(question: scoredQuestions[position], statusCounts: statusCounts[position],
                         meanItemScore: answered > 0 ? Fraction(itemScoreSums[position], Int128(answered) * Int128(engine.weights.scoreUnit)).doubleValue : nil,
                         answers: zip(categories, answerCounts[position]).map { ($0.code, text($0.label), $1) })
        }
        return ResearchStatistics(respondentCount: groupOfRespondent.count, groupLabels: sortedGroups.map { groupLabels[$0] },
                                  measures: measures, types: types, reliability: reliability, pearson: pearson, spearman: spearman, items: items)
    }

    /// Descriptive statistics with the standard error and the t interval of the mean; on the
    /// exact values when `exact` gives the exact value of each.
    static func summary(_ values: [Double], floor: Int, ceiling: Int, exact: [Double: Fraction]? = nil) -> ResearchStatistics.Summary? {
        var counts: [(value: Double, count: Int)] = []
        for value in values.sorted() {
            if counts.last?.value == value { counts[counts.count - 1].count += 1 } else { counts.append((value, 1)) }
        }
        let exactCounts = exact.flatMap { known in
            counts.allSatisfy { known[$0.value] != nil } ? counts.map { (known[$0.value]!, $0.count) } : nil
        }
        guard let descriptive = exactCounts.map({ Descriptive(exactCounts: $0) }) ?? Descriptive(counts: counts) else { return nil }
        let n = Double(descriptive.count)
        var standardError: Double?, interval: (low: Double, high: Double)?
        if let sd = descriptive.standardDeviation {
            let se = sd / n.squareRoot()
            let t = Distributions.studentTQuantile(0.975, degreesOfFreedom: n - 1)
            standardError = se
            interval = (descriptive.mean - t * se, descriptive.mean + t * se)
        }
        return .init(descriptive: descriptive, standardError: standardError, confidenceInterval: interval,
                     floorShare: Double(floor) / n, ceilingShare: Double(ceiling) / n)
    }

    /// The chi-square test of `counts` against the reference shares, or why there is none. The
    /// shares are read as written (0.1 is one tenth) and the expected counts are exact
    /// fractions, so that the classes are merged on exact counts: 0.1 + 0.2 + 0.15 + 0.45 + 0.1 is
    /// exactly 1, and 50 respondents expect exactly 5 in a band of share 0.1.
    static func goodnessOfFit(_ counts: [Int], referenceShares: [Double?]) -> Swift.Result<ResearchStatistics.GoodnessOfFit, UntestedError> {
        let shares = referenceShares.compactMap { $0 }.map(exactShare)
        let total = counts.reduce(0, +)
        guard shares.count == referenceShares.count, !shares.isEmpty, let sum = Fraction.sum(shares), sum > .zero else {
            return .failure(UntestedError(.noReferenceShares))
        }
        // A class expects `total × (its shares) / sum` respondents: at least 5 when its shares
        // reach 5 × sum / total (compared exactly, in 256 bits). Shares written as decimals keep
        // these fractions far inside 128 bits; beyond, no class would reach 5 (and none is tested).
        let enough = total > 0 ? sum.multiplied(by: Fraction(5)).flatMap { $0.divided(by: Fraction(total)) } : nil
        func reachesFive(_ range: ClosedRange<Int>) -> Bool {
            guard let enough, let classShare = Fraction.sum(range.map { shares[$0] }) else { return false }
            return classShare >= enough
        }
        var classes: [ClosedRange<Int>] = []
        var start = 0
        for index in shares.indices where reachesFive(start...index) {
            classes.append(start...index)
            start = index + 1
        }
        if start < shares.count {
            if let last = classes.popLast() { classes.append(last.lowerBound...(shares.count - 1)) } else { classes.append(start...(shares.count - 1)) }
        }
        guard classes.count >= 2, classes.allSatisfy(reachesFive) else { return .failure(UntestedError(.tooFewRespondents)) }
        let classExpected = classes.map { range -> Double in
            let classShare = Fraction.sum(range.map { shares[$0] })
            return classShare.flatMap { $0.multiplied(by: Fraction(total))?.divided(by: sum) }?.doubleValue
                ?? Double(total) * range.reduce(0.0) { $0 + shares[$1].doubleValue } / sum.doubleValue
        }
        let classObserved = classes.map { range in range.reduce(0) { $0 + counts[$1] } }
        let statistic = zip(classObserved, classExpected).reduce(0.0) { $0 + (Double($1.0) - $1.1) * (Double($1.0) - $1.1) / $1.1 }
        let df = classes.count - 1
        return .success(.init(statistic: statistic, degreesOfFreedom: df, pValue: Distributions.chiSquareSurvival(statistic, degreesOfFreedom: Double(df)),
                              classes: classes, expected: classExpected, observed: classObserved))
    }

    /// A reference share as the decimal it is written as; a share beyond 36 digits (below
    /// 1e-36, practically 0) to 36 decimals. Shares are between 0 and 1 (the questionnaire
    /// decoder refuses others).
    private static func exactShare(_ share: Double) -> Fraction {
        if let exact = Fraction(decimal: share) { return exact.reduced }
        let scale: Int128 = Fraction.powerOfTen(36) ?? 1
        return Fraction(Int128((min(max(share, 0), 1) * Double(scale)).rounded()), scale).reduced
    }

    struct UntestedError: Error {
        var reason: ResearchStatistics.UntestedReason
        init(_ reason: ResearchStatistics.UntestedReason) { self.reason = reason }
    }

    /// Pearson's r; nil for fewer than two pairs or a constant variable.
    static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
        // A constant variable has no correlation: decided on the values, not on a sum of
        // squares that rounding can leave a little above 0.
        guard x.count >= 2, x.contains(where: { $0 != x[0] }), y.contains(where: { $0 != y[0] }) else { return nil }
        let n = Double(x.count)
        let meanX = x.reduce(0, +) / n, meanY = y.reduce(0, +) / n
        var sxx = 0.0, syy = 0.0, sxy = 0.0
        for (a, b) in zip(x, y) {
            sxx += (a - meanX) * (a - meanX)
            syy += (b - meanY) * (b - meanY)
            sxy += (a - meanX) * (b - meanY)
        }
        guard sxx > 0, syy > 0 else { return nil }
        return max(-1, min(1, sxy / (sxx * syy).squareRoot()))
    }

    /// Ranks 1...n, ties sharing the mean of their ranks (as Spearman's rho needs).
    static func averageRanks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
            let rank = Double(start + end) / 2 + 1
            for position in start...end { ranks[order[position]] = rank }
            start = end + 1
        }
        return ranks
    }
}

extension Swift.Result where Failure == ResearchStatisticsAccumulator.UntestedError {
    var failureReason: ResearchStatistics.UntestedReason? {
        if case .failure(let error) = self { error.reason } else { nil }
    }
}
