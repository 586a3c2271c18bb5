import Foundation

/// What `smartcity stats` reports of a scored cohort: descriptive statistics with confidence
/// intervals per measure (the dimensions and the total), overall and per group; maturity types
/// beside the reference shares with a chi-square goodness-of-fit test; the reliability of each
/// dimension (Cronbach's alpha); correlations between the dimensions; and per item its answer
/// statuses, mean item score and answer distribution. Only complete respondents are counted
/// (as in the cohort summary); `--include-incomplete` takes the others in.
package struct ResearchStatistics: Sendable {
    /// The respondents counted, and the groups in report order (empty when ungrouped): their
    /// parts (`PeerGrouping.parts(of:metadataNames:)`, for labels in the report's language) and
    /// their labels as written (the files').
    package let respondentCount: Int
    let groupParts: [[String]]
    package let groupLabels: [String]
    /// Per measure (the questionnaire's dimensions, then the total): overall, then per group.
    let measures: [MeasureStatistics]
    /// The maturity types overall (group nil) and per group.
    let types: [TypeDistribution]
    let reliability: [DimensionReliability]
    /// `pearson[i][j]` and `spearman[i][j]` between dimensions i and j, pairwise complete.
    let pearson: [[Correlation]]
    let spearman: [[Correlation]]
    let items: [ItemStatistics]
    /// Per measure (the dimensions, then the total), the tests between the groups; empty when ungrouped.
    let groupTests: [MeasureComparison]

    /// The tests of a measure between the groups; nil when fewer than two groups have two
    /// respondents scored on it.
    struct MeasureComparison: Sendable {
        var measure: Measure
        var comparison: GroupComparison?
    }
    /// With several respondents per municipality: each municipality's mean scores and the
    /// agreement between its respondents; nil when not asked for.
    var municipalities: MunicipalityStatistics?
    /// Whether the reliability coefficients' bootstrap intervals were computed (they are in
    /// `DimensionReliability.bootstrap`).
    var bootstrap: ReliabilityBootstrap.Outcome = .notRequested

    /// A measure: a dimension (its index) or the total score.
    enum Measure: Sendable, Equatable {
        case dimension(Int)
        case total
    }

    /// A measure's statistics in one group (nil: the whole cohort).
    struct MeasureStatistics: Sendable {
        var measure: Measure
        var group: Int?
        /// nil when no respondent of the group has a score on the measure.
        var summary: Summary?
    }

    /// n, mean, standard deviation (n − 1), standard error, the 95 % confidence interval of the
    /// mean (Student's t with n − 1 degrees of freedom), the five-number summary (type 7
    /// quantiles), and the shares at the floor (0) and the ceiling (100).
    struct Summary: Sendable, Equatable {
        var descriptive: Descriptive
        var standardError: Double?
        var confidenceInterval: (low: Double, high: Double)?
        var floorShare: Double
        var ceilingShare: Double

        static func == (lhs: Summary, rhs: Summary) -> Bool {
            lhs.descriptive == rhs.descriptive && lhs.standardError == rhs.standardError
                && lhs.confidenceInterval?.low == rhs.confidenceInterval?.low && lhs.confidenceInterval?.high == rhs.confidenceInterval?.high
                && lhs.floorShare == rhs.floorShare && lhs.ceilingShare == rhs.ceilingShare
        }
    }

    /// Maturity types in a group (nil: the whole cohort) beside the reference shares.
    struct TypeDistribution: Sendable {
        var group: Int?
        /// Aligned with the questionnaire's bands.
        var counts: [Int]
        /// Respondents without a total (and so without a type), not in the test.
        var withoutType: Int
        var test: GoodnessOfFit?
        /// Why there is no test, when there is none.
        var untested: UntestedReason?
    }

    /// Why the distribution of types was not tested against the reference shares.
    enum UntestedReason: Sendable, Equatable {
        /// Some band has no reference share.
        case noReferenceShares
        /// Even merged, fewer than two classes reach an expected count of 5.
        case tooFewRespondents
    }

    /// A chi-square goodness-of-fit test of observed type counts against the reference shares
    /// (normalised to sum to 1). Adjacent bands are merged, lowest first, until each class
    /// expects at least 5 respondents; a last class below 5 joins the one before it.
    struct GoodnessOfFit: Sendable, Equatable {
        var statistic: Double
        var degreesOfFreedom: Int
        var pValue: Double
        /// The classes tested, as ranges of band positions.
        var classes: [ClosedRange<Int>]
        var expected: [Double]
        var observed: [Int]

        /// Whether bands were merged to reach the expected counts.
        var merged: Bool { classes.contains { $0.count > 1 } }
    }

    /// Cronbach's alpha of a dimension's scored items over the respondents who answered every
    /// one of them (listwise), with Feldt's 95 % confidence interval; Guttman's lambda 6 and
    /// McDonald's omega total on the same respondents; and the coefficients again from the
    /// pairwise-complete covariances (`psych::alpha`'s default).
    struct DimensionReliability: Sendable {
        var dimension: Int
        /// Question indices of the items.
        var items: [Int]
        var respondents: Int
        var alpha: Double?
        /// From the mean inter-item correlation: k r̄ / (1 + (k − 1) r̄).
        var standardisedAlpha: Double?
        var confidenceInterval: (low: Double, high: Double)?
        /// Per item: the correlation with the sum of the other items, and alpha without it.
        var itemTotalCorrelations: [Double?]
        var alphaIfDeleted: [Double?]
        /// Lambda 6, omega total and the one-factor loadings, listwise (`ReliabilityCoefficients`).
        var listwise: ReliabilityCoefficients?
        /// Every coefficient from the pairwise-complete covariances, and the fewest respondents
        /// an item or a pair of items has there; nil when a pair has fewer than two.
        var pairwise: ReliabilityCoefficients?
        var pairwiseSmallestCount: Int = 0
        /// Percentile bootstrap intervals of alpha, standardised alpha, lambda 6 and omega
        /// total, listwise and pairwise; nil when not computed.
        var bootstrap: ReliabilityBootstrap.Intervals?

        /// Alpha below the usual threshold of 0.7, decided on the exact alpha.
        var isLow: Bool
        /// Items (question indices) whose covariance with the rest is below 0, decided exactly
        /// (a reverse item forgotten?); an item uncorrelated with the rest is not among them.
        var negativeItems: [Int]
    }

    /// A correlation and the number of respondents with both values, with its two-sided
    /// p-value (Student's t with n − 2 degrees of freedom) and that p-value adjusted over the
    /// correlations between every two dimensions by the same method (Holm; Benjamini-Hochberg).
    struct Correlation: Sendable, Equatable {
        var r: Double?
        var n: Int
        var pValue: Double? = nil
        var pHolm: Double? = nil
        var pBenjaminiHochberg: Double? = nil
    }

    /// One scored question: how it was answered and what it scored.
    struct ItemStatistics: Sendable {
        var question: Int
        /// Per status, at its `ItemStatus.position`.
        var statusCounts: [Int]
        var meanItemScore: Double?
        /// The answers (scale points, options, yes/no: their code as written in a responses
        /// file and their label) and how often each was given; empty for numbers.
        var answers: [(code: String, label: String, count: Int)]

        func count(_ status: ItemStatus) -> Int { statusCounts[status.position] }
    }
}

/// Counts a cohort respondent by respondent, in input order, for `ResearchStatistics`, in
/// memory that grows by one number per respondent and measure (the correlations pair the
/// respondents' scores, the rank tests between groups rank them) and a group position per
/// respondent, and otherwise only with the distinct scores: per group, how often each exact
/// score occurred (the medians and quartiles follow from the counts); per item, counts and
/// exact sums; per dimension, exact co-moments of its items, listwise and pairwise. With a
/// bootstrap asked for, the item scores themselves too (`ReliabilitySample`, bounded).
struct ResearchStatisticsAccumulator {
    package let questionnaire: Questionnaire
    private let engine: ScoringEngine
    private let scoredQuestions: [Int]
    /// How the answers to each scored question are counted, aligned with `scoredQuestions` (an
    /// answer is counted without copying its question).
    private let answerRules: [AnswerRule]
    /// The value of each answer category that is a scale point, aligned with `answerCounts`
    /// (NaN for the other categories).
    private let categoryValues: [Double]
    /// Per dimension, the positions in `scoredQuestions` of its items.
    private let dimensionItems: [[Int]]
    private let bandIDs: [String]
    /// The groups (their parts) in the order they were first seen, with their tallies;
    /// respondents counted without a group are tallied in `ungrouped`.
    private var groups = FirstSeenLabels<[String]>()
    private var groupParts: [[String]] { groups.labels }
    private var groupTallies: [GroupTally] = []
    private var ungrouped: GroupTally
    /// The respondents counted.
    package private(set) var respondentCount = 0
    /// Per dimension, every respondent's score in input order (coded: a dimension's scores take
    /// few values).
    private var dimensionScores: [CodedScores]
    /// Per respondent, in input order: the total score and the position of its group in
    /// `groupParts` (−1: none), for the tests between groups.
    private var totalScores = CodedScores()
    private var respondentGroups: [Int32] = []
    /// Per scored question and status (at `position × statusKinds + ItemStatus.position`): how
    /// many respondents' items had it.
    private var statusCounts: [Int]
    private static let statusKinds = ItemStatus.allCases.count
    /// Per scored question: the sum of its item scores, in `1 / scoreUnit` points (exact).
    private var itemScoreSums: [Int128]
    /// Per scored question, its answer categories' counts, one after another: question
    /// `position`'s from `answerStarts[position]` to `answerStarts[position + 1]`.
    private var answerCounts: [Int]
    private let answerStarts: [Int]
    /// Per answer category (aligned with `answerCounts`), the item score of the answer it
    /// stands for, when the category is the whole answer (a scale point, an option of a single
    /// choice, yes or no): an answer found in its category is scored without the engine.
    private let categoryUnits: [Int64?]
    /// Per dimension, the co-moments of its items, listwise and pairwise.
    private var itemMoments: [DimensionItemMoments]
    /// The current respondent's item scores (nil: not scored) and, per dimension, the row of
    /// its items' scores: reused from respondent to respondent.
    private var itemScores: [Int64?]
    private var itemRows: [[Int64]]
    /// Per dimension, the row of its items' scores (nil: not scored), for the bootstrap's sample.
    private var pairwiseRows: [[Int64?]]
    /// The co-moments of every scored item over the respondents who answered them all, when
    /// counted (the alpha of the total that `compare --wave` needs), and the row reused for them.
    private var allItems: CoMoments?
    private var allItemsRow: [Int64]
    /// The bootstrap's settings, and the item rows it resamples (nil: no bootstrap).
    private let bootstrap: ReliabilityBootstrap.Settings?
    private var sample: ReliabilitySample?
    /// With several respondents per municipality, the column naming it; per municipality (in
    /// the order first seen) the moments of its respondents' scores per measure (the
    /// dimensions, then the total), and the respondents without a municipality.
    private let municipalityColumn: String?
    private var municipalityLabels = FirstSeenLabels<String>()
    private var municipalityMoments: [[RunningMoments]] = []
    private var municipalityRespondents: [Int] = []
    private var withoutMunicipality = 0

    /// What is counted of one group's respondents: per measure (the dimensions, then the
    /// total) how often each exact score occurred, and per band its respondents.
    struct GroupTally {
        var measures: [ValueCounts]
        /// Aligned with the questionnaire's bands.
        var bands: [Int]
        /// Respondents without a total (and so without a type).
        var withoutType = 0

        init(measureCount: Int, bandCount: Int) {
            measures = Array(repeating: ValueCounts(), count: measureCount)
            bands = Array(repeating: 0, count: bandCount)
        }

        /// Counts a respondent's scores and band (its position among the bands, nil: none).
        mutating func add(_ score: RespondentScore, band: Int?) {
            for (measure, dimension) in score.dimensions.enumerated() {
                if let value = dimension.exactScore { measures[measure].add(value) }
            }
            if let total = score.exactTotal { measures[measures.count - 1].add(total) }
            if let band { bands[band] += 1 } else { withoutType += 1 }
        }

        /// Sorts the counts once counting is done (see `ValueCounts.compact`).
        mutating func compact() {
            for measure in measures.indices { measures[measure].compact() }
        }

        /// Counts what another tally counted.
        mutating func merge(_ other: GroupTally) {
            for measure in measures.indices { measures[measure].merge(other.measures[measure]) }
            for band in bands.indices { bands[band] += other.bands[band] }
            withoutType += other.withoutType
        }
    }

    /// An empty accumulator; `countsAllItems` also counts the co-moments of all scored items.
    /// `municipalityColumn` names the column of the municipalities whose respondents are counted apart.
    /// With `bootstrap` (of one or more replicates), the item rows are kept, within the limit of
    /// `ReliabilitySample`, for the bootstrap intervals of the reliability coefficients.
    init(questionnaire: Questionnaire, countsAllItems: Bool = false, municipalityColumn: String? = nil,
         bootstrap: ReliabilityBootstrap.Settings? = nil, bootstrapLimit: Int = ReliabilitySample.defaultLimit) {
        self.bootstrap = bootstrap.flatMap { $0.replicates > 0 ? $0 : nil }
        self.municipalityColumn = municipalityColumn
        self.questionnaire = questionnaire
        engine = ScoringEngine(questionnaire: questionnaire)
        let scored = questionnaire.scoredQuestionIndices
        scoredQuestions = scored
        answerRules = scored.map { AnswerRule(questionnaire.questions[$0].kind) }
        categoryValues = scored.flatMap { question -> [Double] in
            switch questionnaire.questions[question].kind {
            case .likert(let scale, _), .level(let scale): scale.points.map(\.value)
            default: Self.answerCategories(questionnaire.questions[question]).map { _ in .nan }
            }
        }
        let items = questionnaire.dimensions.map { dimension in
            scored.indices.filter { questionnaire.questions[scored[$0]].dimensionID == dimension.id }
        }
        dimensionItems = items
        bandIDs = questionnaire.bands.bands.map(\.id)
        ungrouped = GroupTally(measureCount: questionnaire.dimensions.count + 1, bandCount: bandIDs.count)
        dimensionScores = Array(repeating: CodedScores(), count: questionnaire.dimensions.count)
        statusCounts = Array(repeating: 0, count: scored.count * Self.statusKinds)
        itemScoreSums = scored.map { _ in 0 }
        var starts = [0]
        for question in scored { starts.append(starts.last! + Self.answerCategories(questionnaire.questions[question]).count) }
        answerStarts = starts
        answerCounts = Array(repeating: 0, count: starts.last!)
        let engine = engine
        categoryUnits = scored.flatMap { question -> [Int64?] in
            switch questionnaire.questions[question].kind {
            case .likert(let scale, _), .level(let scale): scale.points.map { engine.itemUnits(.number($0.value), question: question).units }
            case .choice(let options): options.indices.map { engine.itemUnits(.choice($0), question: question).units }
            case .yesNo: [true, false].map { engine.itemUnits(.yesNo($0), question: question).units }
            default: Self.answerCategories(questionnaire.questions[question]).map { _ in nil }
            }
        }
        let scoreUnit = engine.weights.scoreUnit
        itemMoments = items.map { DimensionItemMoments(size: $0.count, scoreUnit: scoreUnit) }
        pairwiseRows = items.map { Array(repeating: nil, count: $0.count) }
        itemScores = Array(repeating: nil, count: scored.count)
        itemRows = items.map { Array(repeating: 0, count: $0.count) }
        allItems = countsAllItems && scored.count >= 2 ? CoMoments(size: scored.count, scoreUnit: scoreUnit) : nil
        allItemsRow = countsAllItems ? Array(repeating: 0, count: scored.count) : []
        sample = self.bootstrap.map { _ in ReliabilitySample(widths: items.map { $0.count >= 2 ? $0.count : 0 }, limit: bootstrapLimit) }
    }

    /// Cronbach's alpha of every scored item over the respondents who answered them all; nil
    /// when undefined or not counted.
    var allItemsAlpha: Double? { allItems?.alpha }

    /// Counts one respondent, which must carry its `scoredAnswers`, in a group (its parts,
    /// `PeerGrouping.parts(of:metadataNames:)`) and, when counting municipalities apart, in its
    /// municipality (nil: its cell was empty).
    mutating func add(_ respondent: ScoredRespondent, group: [String]?, municipality: String? = nil) {
        let score = respondent.score
        if municipalityColumn != nil { count(score, inMunicipality: municipality) }
        let band = score.bandID.flatMap { bandIDs.firstIndex(of: $0) }
        if let group {
            let position = position(ofGroup: group)
            groupTallies[position].add(score, band: band)
            respondentGroups.reserveGrowingByQuarter(1)
            respondentGroups.append(Int32(position))
        } else {
            ungrouped.add(score, band: band)
            respondentGroups.reserveGrowingByQuarter(1)
            respondentGroups.append(-1)
        }
        respondentCount += 1
        totalScores.append(score.exactTotal?.doubleValue)
        for (dimension, result) in score.dimensions.enumerated() {
            dimensionScores[dimension].append(result.exactScore?.doubleValue)
        }
        countItems(of: respondent)
        for (dimension, items) in dimensionItems.enumerated() where items.count >= 2 {
            itemMoments[dimension].add(itemScores, items: items, row: &itemRows[dimension])
        }
        if sample != nil {
            for (dimension, items) in dimensionItems.enumerated() where items.count >= 2 {
                for (slot, item) in items.enumerated() { pairwiseRows[dimension][slot] = itemScores[item] }
            }
            let rows = pairwiseRows
            sample?.add { rows[$0][$1] }
        }
        if allItems != nil, itemScores.allSatisfy({ $0 != nil }) {
            for (slot, units) in itemScores.enumerated() { allItemsRow[slot] = units! }
            allItems?.add(allItemsRow)
        }
    }

    /// Counts a respondent's status, item score and answer category on each scored question,
    /// leaving its item scores in `itemScores` for the co-moments. The counts are moved out of
    /// the accumulator meanwhile and written through their storage, so that no answer checks
    /// whether an array is shared.
    private mutating func countItems(of respondent: ScoredRespondent) {
        let statuses = respondent.score.itemStatuses, answers = respondent.scoredAnswers
        let (engine, questions, rules, starts, values, categoryUnits) = (engine, scoredQuestions, answerRules, answerStarts, categoryValues, categoryUnits)
        var (statusCounts, itemScores, sums, answerCounts) = (self.statusCounts, self.itemScores, itemScoreSums, self.answerCounts)
        (self.statusCounts, self.itemScores, itemScoreSums, self.answerCounts) = ([], [], [], [])
        statusCounts.withUnsafeMutableBufferPointer { statusCounts in
            itemScores.withUnsafeMutableBufferPointer { itemScores in
                sums.withUnsafeMutableBufferPointer { sums in
                    answerCounts.withUnsafeMutableBufferPointer { answerCounts in
                        for position in questions.indices {
                            let question = questions[position], status = statuses[question]
                            statusCounts[position * Self.statusKinds + status.position] += 1
                            itemScores[position] = nil
                            guard status == .scored else { continue }
                            let answer = answers[position], categories = starts[position]..<starts[position + 1]
                            let units: Int64?
                            if let category = Self.category(of: answer, rule: rules[position], categories: categories, values: values),
                               let known = categoryUnits[category] {
                                answerCounts[category] += 1
                                units = known
                            } else {
                                Self.countAnswer(answer, rule: rules[position], categories: categories, values: values, into: answerCounts)
                                units = engine.itemUnits(answer, question: question).units
                            }
                            if let units {
                                itemScores[position] = units
                                sums[position] += Int128(units)
                            }
                        }
                    }
                }
            }
        }
        (self.statusCounts, self.itemScores, itemScoreSums, self.answerCounts) = (statusCounts, itemScores, sums, answerCounts)
    }

    /// Counts a respondent's scores in its municipality's moments.
    private mutating func count(_ score: RespondentScore, inMunicipality label: String?) {
        guard let label else {
            withoutMunicipality += 1
            return
        }
        let (position, isNew) = municipalityLabels.position(of: label)
        if isNew {
            municipalityMoments.append(Array(repeating: RunningMoments(), count: score.dimensions.count + 1))
            municipalityRespondents.append(0)
        }
        municipalityRespondents[position] += 1
        for (dimension, result) in score.dimensions.enumerated() {
            if let value = result.exactScore { municipalityMoments[position][dimension].add(value.doubleValue) }
        }
        if let total = score.exactTotal { municipalityMoments[position][score.dimensions.count].add(total.doubleValue) }
    }

    /// The position of a group's tally, made when the group is new.
    private mutating func position(ofGroup parts: [String]) -> Int {
        let (position, isNew) = groups.position(of: parts)
        if isNew { groupTallies.append(GroupTally(measureCount: ungrouped.measures.count, bandCount: bandIDs.count)) }
        return position
    }

    /// Counts what `other` counted, as if its respondents had been added here after this
    /// one's (consecutive parts of the input counted apart, merged in input order).
    mutating func merge(_ other: ResearchStatisticsAccumulator) {
        ungrouped.merge(other.ungrouped)
        let positions = zip(other.groupParts, other.groupTallies).map { parts, tally in
            let position = position(ofGroup: parts)
            groupTallies[position].merge(tally)
            return Int32(position)
        }
        respondentCount += other.respondentCount
        totalScores.append(other.totalScores)
        respondentGroups.reserveGrowingByQuarter(other.respondentCount)
        respondentGroups += other.respondentGroups.lazy.map { $0 < 0 ? -1 : positions[Int($0)] }
        for dimension in dimensionScores.indices { dimensionScores[dimension].append(other.dimensionScores[dimension]) }
        for index in statusCounts.indices { statusCounts[index] += other.statusCounts[index] }
        for item in scoredQuestions.indices { itemScoreSums[item] += other.itemScoreSums[item] }
        for index in answerCounts.indices { answerCounts[index] += other.answerCounts[index] }
        for dimension in itemMoments.indices { itemMoments[dimension].merge(other.itemMoments[dimension]) }
        if let others = other.allItems { allItems?.merge(others) }
        if let others = other.sample { sample?.merge(others) }
        withoutMunicipality += other.withoutMunicipality
        for (index, label) in other.municipalityLabels.labels.enumerated() {
            let moments = other.municipalityMoments[index], respondents = other.municipalityRespondents[index]
            let (position, isNew) = municipalityLabels.position(of: label)
            if isNew {
                municipalityMoments.append(moments)
                municipalityRespondents.append(respondents)
            } else {
                for measure in moments.indices { municipalityMoments[position][measure].merge(moments[measure]) }
                municipalityRespondents[position] += respondents
            }
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

    /// How the answers to a question are counted among its categories (`answerCategories`),
    /// apart from the question, so that counting an answer copies nothing.
    private enum AnswerRule: Sendable {
        /// Scale points: the point of the answer's value (`categoryValues`).
        case points
        /// Options, one or several: each option chosen.
        case options
        case yesNo
        /// Numbers: not counted.
        case none

        init(_ kind: QuestionKind) {
            switch kind {
            case .likert, .level: self = .points
            case .choice, .multi: self = .options
            case .yesNo: self = .yesNo
            case .number: self = .none
            }
        }
    }

    /// The category of an answer that is one category, counted by `rule`: the question's
    /// categories are `categories`, the values of those that are scale points `values[categories]`.
    /// Nil for an answer of several options, or of none.
    private static func category(of answer: Answer, rule: AnswerRule, categories: Range<Int>, values: [Double]) -> Int? {
        switch (answer, rule) {
        case (.number(let value), .points): categories.first { values[$0] == value }
        case (.choice(let option), .options): option >= 0 && option < categories.count ? categories.lowerBound + option : nil
        case (.yesNo(let yes), .yesNo): categories.lowerBound + (yes ? 0 : 1)
        default: nil
        }
    }

    /// Counts an answer, counted by `rule`, under its categories (`category(of:...)`'s, or each option chosen).
    private static func countAnswer(_ answer: Answer, rule: AnswerRule, categories: Range<Int>, values: [Double],
                                    into counts: UnsafeMutableBufferPointer<Int>) {
        if case .choices(let chosen) = answer, rule == .options {
            for option in chosen where option >= 0 && option < categories.count { counts[categories.lowerBound + option] += 1 }
        } else if let category = category(of: answer, rule: rule, categories: categories, values: values) {
            counts[category] += 1
        }
    }

    /// Sorts the counts once counting is done, so that `finish` reads them without a copy.
    mutating func compact() {
        ungrouped.compact()
        for index in groupTallies.indices { groupTallies[index].compact() }
    }

    /// The statistics; groups are listed as `order` sorts their parts. Consuming: the group
    /// tallies are freed as they are described (see `describedTallies`).
    package consuming func finish(text: (LocalizedText) -> String, order: ([String], [String]) -> Bool = { $0.lexicographicallyPrecedes($1) }) -> ResearchStatistics {
        let sortedGroups = groupParts.indices.sorted { order(groupParts[$0], groupParts[$1]) }
        let slots = describedTallies(sortedGroups: sortedGroups)
        let measureList: [ResearchStatistics.Measure] = questionnaire.dimensions.indices.map { .dimension($0) } + [.total]
        let measures = measureList.indices.flatMap { position in
            slots.map { ResearchStatistics.MeasureStatistics(measure: measureList[position], group: $0.group, summary: $0.summaries[position]) }
        }

        let shares = questionnaire.bands.bands.map(\.referenceShare)
        let types = slots.map { slot -> ResearchStatistics.TypeDistribution in
            let tested = Self.goodnessOfFit(slot.bands, referenceShares: shares)
            return .init(group: slot.group, counts: slot.bands, withoutType: slot.withoutType, test: try? tested.get(), untested: tested.failureReason)
        }

        var reliability = questionnaire.dimensions.indices.compactMap { dimension -> ResearchStatistics.DimensionReliability? in
            let items = dimensionItems[dimension]
            guard items.count >= 2 else { return nil }
            let moments = itemMoments[dimension].moments
            var reliability = moments.listwise.reliability(dimension: dimension, items: items.map { scoredQuestions[$0] })
            reliability.pairwise = moments.pairwise.covariances.map(ReliabilityCoefficients.init)
            reliability.pairwiseSmallestCount = moments.pairwise.smallestPairCount
            return reliability
        }
        let bootstrapOutcome = bootstrapIntervals(into: &reliability)
        var ranked = takeRankedScores()
        let correlations = DimensionCorrelations.matrices(ranked)
        // Respondents' groups by their place in the report's order.
        var reportPosition = [Int32](repeating: -1, count: groupParts.count)
        for (rank, position) in sortedGroups.enumerated() { reportPosition[position] = Int32(rank) }
        var memberships = respondentGroups
        respondentGroups = []
        for index in memberships.indices where memberships[index] >= 0 { memberships[index] = reportPosition[Int(memberships[index])] }
        if !groupParts.isEmpty {
            let total = totalScores
            totalScores = CodedScores()
            ranked.append(total.ranked())
        }
        let groupTests = groupParts.isEmpty ? [] : zip(measureList, ranked).map { measure, scores in
            ResearchStatistics.MeasureComparison(measure: measure, comparison: GroupComparison(scores: scores, groups: memberships, groupCount: groupParts.count))
        }

        let items = scoredQuestions.indices.map { position -> ResearchStatistics.ItemStatistics in
            let statuses = Array(statusCounts[position * Self.statusKinds..<(position + 1) * Self.statusKinds])
            let answered = statuses[ItemStatus.scored.position]
            let categories = Self.answerCategories(questionnaire.questions[scoredQuestions[position]])
            return .init(question: scoredQuestions[position], statusCounts: statuses,
                         meanItemScore: answered > 0 ? Fraction(itemScoreSums[position], Int128(answered) * Int128(engine.weights.scoreUnit)).doubleValue : nil,
                         answers: zip(categories, answerCounts[answerStarts[position]..<answerStarts[position + 1]]).map { ($0.code, text($0.label), $1) })
        }
        var statistics = ResearchStatistics(respondentCount: respondentCount, groupParts: sortedGroups.map { groupParts[$0] },
                                            groupLabels: sortedGroups.map { PeerGrouping.label(ofParts: groupParts[$0]) },
                                            measures: measures, types: types, reliability: reliability,
                                            pearson: correlations.pearson, spearman: correlations.spearman, items: items, groupTests: groupTests,
                                            municipalities: municipalityStatistics(measures: measureList))
        statistics.bootstrap = bootstrapOutcome
        return statistics
    }

    /// A tally described: its group (nil: the whole cohort), per measure its summary, and its types.
    private struct DescribedTally {
        var group: Int?
        var summaries: [ResearchStatistics.Summary?]
        var bands: [Int]
        var withoutType: Int

        /// The tallies of a whole cohort, read together (`group` nil).
        init(cohortOf tallies: [GroupTally]) {
            group = nil
            summaries = tallies[0].measures.indices.map { measure in ResearchStatisticsAccumulator.summary(tallies.map { $0.measures[measure] }) }
            bands = tallies[0].bands.indices.map { band in tallies.reduce(0) { $0 + $1.bands[band] } }
            withoutType = tallies.reduce(0) { $0 + $1.withoutType }
        }
    }

    /// The whole cohort's tally and then each group's (in `sortedGroups` order) described. The
    /// cohort is described from the groups' and the ungrouped respondents' counts read together
    /// (no merged copy of them), then each group's counts are described and freed.
    private mutating func describedTallies(sortedGroups: [Int]) -> [DescribedTally] {
        let cohort = DescribedTally(cohortOf: [ungrouped] + groupTallies)
        ungrouped = GroupTally(measureCount: 0, bandCount: 0)
        var described: [DescribedTally] = [cohort]
        for (rank, position) in sortedGroups.enumerated() {
            let tally = groupTallies[position]
            groupTallies[position] = GroupTally(measureCount: 0, bandCount: 0)
            described.append(DescribedTally(cohortOf: [tally]))
            described[described.count - 1].group = rank
        }
        return described
    }

    /// The bootstrap intervals of the reliability coefficients, into each dimension's entry; or
    /// why there are none.
    private func bootstrapIntervals(into reliability: inout [ResearchStatistics.DimensionReliability]) -> ReliabilityBootstrap.Outcome {
        guard let bootstrap, let sample else { return .notRequested }
        guard !sample.overflowed else { return .skipped(scoresNeeded: sample.scoresNeeded, limit: sample.limit) }
        var starts = questionnaire.dimensions.map { _ in (listwise: [Double](), pairwise: [Double]()) }
        for entry in reliability {
            starts[entry.dimension] = (entry.listwise?.loadings ?? [], entry.pairwise?.loadings ?? [])
        }
        let intervals = ReliabilityBootstrap.intervals(sample, settings: bootstrap, starts: starts)
        for index in reliability.indices { reliability[index].bootstrap = intervals[reliability[index].dimension] }
        return .computed(bootstrap)
    }

    /// The municipalities by label and the agreement per measure, when counted apart.
    private func municipalityStatistics(measures: [ResearchStatistics.Measure]) -> MunicipalityStatistics? {
        guard let municipalityColumn else { return nil }
        let labels = municipalityLabels.labels
        let order = labels.indices.sorted { labels[$0].localizedStandardCompare(labels[$1]) == .orderedAscending }
        return MunicipalityStatistics(
            column: municipalityColumn,
            municipalities: order.map { .init(label: labels[$0], respondents: municipalityRespondents[$0], measures: municipalityMoments[$0]) },
            agreement: measures.enumerated().map { position, measure in
                MunicipalityStatistics.Agreement(measure: measure, groups: municipalityMoments.map { $0[position] })
            },
            withoutMunicipality: withoutMunicipality)
    }

    /// The dimensions' scores ranked, taken out of the accumulator (each column renumbered in place).
    private mutating func takeRankedScores() -> [RankedScores] {
        dimensionScores.indices.map { dimension in
            let column = dimensionScores[dimension]
            dimensionScores[dimension] = CodedScores()
            return column.ranked()
        }
    }

    /// Descriptive statistics with the standard error and the t interval of the mean.
    package static func summary(_ values: [Double], floor: Int, ceiling: Int) -> ResearchStatistics.Summary? {
        Descriptive(values).map { summary($0, floor: floor, ceiling: ceiling) }
    }

    /// The summary of the exact values counted in one or more counters, read together,
    /// computed on the exact values.
    static func summary(_ counts: [ValueCounts]) -> ResearchStatistics.Summary? {
        let floor = counts.reduce(0) { $0 + $1.count(of: .zero) }, ceiling = counts.reduce(0) { $0 + $1.count(of: .hundred) }
        return Descriptive(exactCounts: MergedAscending(lists: counts.map(\.ascending))).map { summary($0, floor: floor, ceiling: ceiling) }
    }

    /// A summary of descriptive statistics with `floor` values at 0 and `ceiling` at 100.
    private static func summary(_ descriptive: Descriptive, floor: Int, ceiling: Int) -> ResearchStatistics.Summary {
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
}

extension Swift.Result where Failure == ResearchStatisticsAccumulator.UntestedError {
    var failureReason: ResearchStatistics.UntestedReason? {
        if case .failure(let error) = self { error.reason } else { nil }
    }
}
