/// A municipality as a comparison sees it: its exact scores and its peer group.
package struct ComparedRespondent: Sendable, Equatable {
    package var id: String
    /// The name column's value, else the id.
    package var name: String
    /// Aligned with `CohortSummary.metadataNames`.
    var metadata: [String]
    /// Dimension scores, aligned with the questionnaire's dimensions; nil where not scored.
    var dimensionScores: [Fraction?]
    var total: Fraction?
    var bandID: String?
}

/// How the cohort is ordered in the rank tables and the heat map: by total score, or by the sum
/// of the dimension ranks (as the "smart cities wheel" ranks cities).
package enum RankOrder: String, Sendable, CaseIterable {
    case score
    case rankSum = "rank-sum"
}

/// One compared quantity: the total score or one dimension's.
package enum ComparisonMeasure: Sendable, Equatable, Hashable {
    case total
    case dimension(Int)
}

/// Where one municipality stands on one measure within the cohort.
struct Standing: Sendable, Equatable {
    package var score: Fraction?
    /// Competition rank of the exact score, highest first (equal scores share a rank).
    var rank: Int?
    /// Mid-rank percentile: the share of the cohort's scores below, plus half of the equal ones
    /// (the municipality itself included), in percent; exact.
    var percentile: Fraction?
    /// (score - cohort mean) / cohort standard deviation (n - 1); nil when the deviation is 0.
    var zScore: Double?
    /// The score minus its peer group's median, when the group is large enough to be shown.
    var fromGroupMedian: Fraction?
}

/// Cohort values of one measure.
struct MeasureSummary: Sendable, Equatable {
    var measure: ComparisonMeasure
    /// Municipalities with a score on this measure.
    var count: Int
    var mean: Double?
    var median: Fraction?
    var standardDeviation: Double?
}

/// A peer group: the municipalities sharing a metadata value or a size class.
package struct PeerGroup: Sendable, Equatable {
    package var label: String
    /// The label's parts: the grouping column's value as written (when grouping by a column), then the class.
    var parts: [String]
    /// Positions in `Comparison.respondents`.
    var members: [Int32]
    /// Whether the group has at least the minimum size: only then are its statistics shown.
    var isShown: Bool
    /// Median per measure (aligned with `Comparison.measures`); empty when not shown.
    var medians: [Fraction?]
    /// How many members fall in each band of the total (aligned with the questionnaire's bands); empty when not shown.
    var bandCounts: [Int]
}

/// The cohort compared side by side: ranks, percentiles and z-scores per measure, the order by
/// the sum of the dimension ranks, and peer groups. Built from exact scores: ranks and ties are
/// decided on exact values, medians are exact, means and deviations are `Double`.
package struct Comparison: Sendable {
    package let summary: CohortSummary
    /// Every ranked municipality of the cohort, in input order.
    package let respondents: ComparedCohort
    /// Positions in `respondents` of those selected (all without `--select`): highlighted in the charts;
    /// those set side by side in the report are `charted`.
    let selected: CompactIntegers.Positions
    /// Whether each municipality is among `selected` (looked up once per municipality by the renderers).
    let isSelected: [Bool]
    /// Positions in `respondents` of those that get a radar chart of their own: the selected ones,
    /// or without `--select` every municipality of a cohort of at most `radarLimit`, else none.
    let charted: [Int]
    /// The largest cohort whose municipalities all get a radar chart without `--select`.
    static let radarLimit = 50
    /// Whether the municipalities get no radar chart of their own because none were selected in
    /// a cohort of more than `radarLimit`.
    var radarsOmitted: Bool { charted.isEmpty && !respondents.isEmpty && selected.count == respondents.count }
    /// The total, then the dimensions in questionnaire order.
    let measures: [ComparisonMeasure]
    let measureSummaries: [MeasureSummary]
    /// `standings[respondent][measure]`, computed from the scores and each score's place in the cohort.
    let standings: StandingTable
    /// The sum of each municipality's dimension ranks; nil when a dimension has no score.
    let rankSums: CompactIntegers
    /// Competition rank of the rank sum, lowest sum first; nil without a rank sum.
    let rankSumRanks: CompactIntegers
    /// Positions in `respondents` by total score (highest first, then id), and by rank sum
    /// (lowest first; equal sums by total score, then id; no rank sum last).
    let orderByScore: CompactIntegers.Positions
    let orderByRankSum: CompactIntegers.Positions
    package let groups: [PeerGroup]
    /// The group of each municipality (a position in `groups`), when grouped.
    let groupOfRespondent: CompactIntegers
    package let grouping: PeerGrouping?
    package let minimumGroupSize: Int
    /// The change since earlier waves, when the cohort is the last of several.
    package let waves: WaveComparison?
    /// The order of the rank tables (`--rank-by`); both orders are shown when they differ.
    package var rankOrder = RankOrder.score
    /// With several respondents per municipality, how the municipalities' scores were made
    /// (of the current wave); nil when each row is a municipality.
    var municipalityMeans: MunicipalityMeans?

    /// Positions in `respondents` in the chosen order.
    var order: CompactIntegers.Positions { rankOrder == .score ? orderByScore : orderByRankSum }

    /// Compares `respondents` (their names kept as given).
    init(summary: CohortSummary, respondents: [ComparedRespondent], selected: [Int]? = nil,
         grouping: PeerGrouping? = nil, minimumGroupSize: Int = 5, earlierWaves: [WaveComparison.Wave] = [], currentWave: String? = nil) {
        self.init(summary: summary, cohort: ComparedCohort(respondents), selected: selected, grouping: grouping, minimumGroupSize: minimumGroupSize,
                  earlierWaves: earlierWaves, currentWave: currentWave)
    }

    /// Compares a finished cohort: everything but the exact scores' places is worked out here,
    /// on the scores' codes (ordered and tied as the exact scores are).
    init(summary: CohortSummary, cohort respondents: ComparedCohort, selected: [Int]? = nil,
         grouping: PeerGrouping? = nil, minimumGroupSize: Int = 5, earlierWaves: [WaveComparison.Wave] = [], currentWave: String? = nil) {
        precondition(respondents.isFinished, "a cohort is compared once finished")
        self.summary = summary
        self.respondents = respondents
        let everyone = CompactIntegers.Positions(storage: (0..<respondents.count).map(Int32.init))
        self.selected = selected.map { CompactIntegers.Positions(storage: $0.map(Int32.init)) } ?? everyone
        var isSelected = [Bool](repeating: selected == nil, count: respondents.count)
        for index in selected ?? [] { isSelected[index] = true }
        self.isSelected = isSelected
        charted = selected ?? (respondents.count <= Self.radarLimit ? Array(respondents.indices) : [])
        self.grouping = grouping
        self.minimumGroupSize = minimumGroupSize
        let measures = [ComparisonMeasure.total] + summary.questionnaire.dimensions.indices.map(ComparisonMeasure.dimension)
        self.measures = measures
        waves = earlierWaves.isEmpty ? nil : WaveComparison(
            waves: earlierWaves + [WaveComparison.Wave(
                label: currentWave ?? "", cohort: respondents, files: summary.responseFiles,
                questionnaire: "\(summary.questionnaire.id) \(summary.questionnaire.version)", questionnaireFile: summary.questionnaireFile)],
            measures: measures, bandIDs: summary.questionnaire.bands.bands.map(\.id))
        let columns = measures.indices.map { $0 < respondents.scores.count ? respondents.scores[$0] : nil }
        // Each measure summed on any core (a million exact additions each).
        measureSummaries = Parallel.map(Array(zip(measures, columns))) { measure, column in Self.summarise(column, measure: measure) }

        let (groups, groupOfEach) = grouping.map {
            Self.peerGroups(of: respondents, by: $0, metadataNames: summary.metadataNames, bandIDs: summary.questionnaire.bands.bands.map(\.id),
                            columns: columns, minimumGroupSize: minimumGroupSize)
        } ?? ([], CompactIntegers(repeatElement(Int?.none, count: respondents.count)))
        self.groups = groups
        self.groupOfRespondent = groupOfEach

        let standings = StandingTable(respondents: respondents, measures: measures, summaries: measureSummaries, groups: groups,
                                      groupOfRespondent: groupOfEach)
        self.standings = standings

        let dimensionPositions = measures.indices.filter { measures[$0] != .total }
        let rankSums = CompactIntegers(respondents.indices.lazy.map { index -> Int? in
            var sum = 0
            for position in dimensionPositions {
                guard let rank = standings.rank(of: index, on: position) else { return nil }
                sum += rank
            }
            return dimensionPositions.isEmpty ? nil : sum
        })
        self.rankSums = rankSums
        rankSumRanks = rankSums.ranksLowestFirst
        let total = columns[0]
        /// By exact total, highest first, those without a total last; then by id.
        func precedesByScore(_ left: Int, _ right: Int) -> Bool {
            switch (total?.code(of: left), total?.code(of: right)) {
            case let (l?, r?) where l != r: return l > r
            case (nil, _?): return false
            case (_?, nil): return true
            default: return respondents.idPrecedes(left, right)
            }
        }
        var byScore = everyone.storage
        byScore.sort { precedesByScore(Int($0), Int($1)) }
        orderByScore = CompactIntegers.Positions(storage: byScore)
        var byRankSum = byScore
        byRankSum.sort { left, right in
            switch (rankSums[Int(left)], rankSums[Int(right)]) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return false
            case (_?, nil): return true
            default: return precedesByScore(Int(left), Int(right))
            }
        }
        orderByRankSum = CompactIntegers.Positions(storage: byRankSum)
    }

    /// The peer groups of `grouping`, in its order, with their members (a group of at least
    /// `minimumGroupSize` shown, with its medians and band counts); and each municipality's group (nil: none).
    private static func peerGroups(of respondents: ComparedCohort, by grouping: PeerGrouping, metadataNames: [String], bandIDs: [String],
                                   columns: [ScoreColumn?], minimumGroupSize: Int) -> ([PeerGroup], CompactIntegers) {
        var groups: [PeerGroup] = []
        var firstSeen = FirstSeenLabels<[String]>()
        // Only the columns the grouping reads are looked at (the others stay empty).
        let read = metadataNames.map { name in grouping.columns.contains { $0.lowercased() == name.lowercased() } }
        for index in respondents.indices {
            let metadata = metadataNames.indices.map { read[$0] ? respondents.metadata($0, of: index) : "" }
            let parts = grouping.parts(of: metadata, metadataNames: metadataNames)
            let (position, isNew) = firstSeen.position(of: parts)
            if isNew { groups.append(PeerGroup(label: PeerGrouping.label(ofParts: parts), parts: parts, members: [], isShown: false, medians: [], bandCounts: [])) }
            groups[position].members.append(Int32(index))
        }
        groups.sort { grouping.precedes($0.parts, $1.parts) }
        var groupOfRespondent = CompactIntegers(nils: respondents.count)
        for (position, group) in groups.enumerated() { for member in group.members { groupOfRespondent.set(position, at: Int(member)) } }
        for index in groups.indices where groups[index].members.count >= minimumGroupSize {
            groups[index].isShown = true
            let members = groups[index].members
            groups[index].medians = Parallel.map(columns) { column in column?.median(of: members) }
            var bandCounts = [Int](repeating: 0, count: bandIDs.count)
            for member in groups[index].members {
                if let id = respondents.bandID(of: Int(member)), let band = bandIDs.firstIndex(of: id) { bandCounts[band] += 1 }
            }
            groups[index].bandCounts = bandCounts
        }
        return (groups, groupOfRespondent)
    }

    /// The cohort's count, exact mean (rounded once), median and standard deviation of a measure
    /// (nil column: a measure no municipality is scored on), summed in input order.
    private static func summarise(_ column: ScoreColumn?, measure: ComparisonMeasure) -> MeasureSummary {
        guard let column, column.scoredCount > 0 else { return MeasureSummary(measure: measure, count: 0, mean: nil, median: nil, standardDeviation: nil) }
        // The exact mean rounded once (its sign and printed digits are the exact value's); in
        // binary only beyond 128 bits.
        let mean = Fraction.sum(column.scores)?.divided(by: Fraction(column.scoredCount))?.doubleValue
            ?? column.scores.reduce(0.0) { $0 + $1.doubleValue } / Double(column.scoredCount)
        var deviation: Double?
        if column.scoredCount > 1 {
            let doubles = column.doubleValues
            let squares = column.presentCodes.reduce(0.0) { sum, code in
                let difference = doubles[Int(code)] - mean
                return sum + difference * difference
            }
            deviation = (squares / Double(column.scoredCount - 1)).squareRoot()
        }
        return MeasureSummary(measure: measure, count: column.scoredCount, mean: mean, median: column.median, standardDeviation: deviation)
    }

    /// Whether the two orders differ (then reports show both).
    var ordersDiffer: Bool { orderByScore != orderByRankSum }
}

extension ComparedRespondent {
    /// The score of a measure.
    package func score(_ measure: ComparisonMeasure) -> Fraction? {
        switch measure {
        case .total: total
        case .dimension(let index): index < dimensionScores.count ? dimensionScores[index] : nil
        }
    }
}
