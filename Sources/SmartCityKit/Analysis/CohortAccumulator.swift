/// Builds the cohort summary as respondents stream past, in bounded memory: a ranking key and
/// the dimension scores per respondent, the ranking's top and bottom lines, counts and tallies.
struct CohortAccumulator {
    package let questionnaire: Questionnaire
    /// The most respondents `summary.md` ranks; more are shown as top and bottom halves.
    package let rankingLimit: Int
    /// Whether each respondent's total and dimension scores are counted, for the ranks and the
    /// cohort's statistics (`smartcity stats` describes the scores itself, and does without).
    let countsValues: Bool
    private(set) var count = 0
    private var incomplete: [IncompleteEntry] = []
    private var incompleteCount = 0
    private var totals = ValueCounts()
    /// The respondents with a total (counted in `totals` too when `countsValues`).
    private var totalCount = 0
    /// Dimension scores of the respondents scored in each dimension.
    private var dimensionValues: [ValueCounts]
    private var bandCounts: [Int]
    private var best: [RankingLine] = []
    private var worst: [RankingLine] = []
    private var tallies: [DescriptiveTally]
    package var excluded: [ExcludedEntry] = []

    /// The fewest ranked respondents for which reports show each one against the cohort.
    package var contextMinimum = 5

    init(questionnaire: Questionnaire, rankingLimit: Int, countsValues: Bool = true) {
        self.questionnaire = questionnaire
        self.rankingLimit = max(rankingLimit, 2)
        self.countsValues = countsValues
        dimensionValues = Array(repeating: ValueCounts(), count: questionnaire.dimensions.count)
        bandCounts = Array(repeating: 0, count: questionnaire.bands.bands.count)
        tallies = Array(repeating: DescriptiveTally(), count: questionnaire.descriptiveQuestionIndices.count)
    }

    /// An accumulator for the same questionnaire with nothing counted yet.
    func emptyCopy() -> CohortAccumulator {
        var copy = CohortAccumulator(questionnaire: questionnaire, rankingLimit: rankingLimit, countsValues: countsValues)
        copy.contextMinimum = contextMinimum
        return copy
    }

    /// Counts what `other` counted, as if its respondents had been added here after this one's
    /// (pieces of a file counted on several cores, merged in input order); `rowOffset` is added
    /// to the rows `other` counted from.
    mutating func merge(_ other: CohortAccumulator, rowOffset: Int) {
        count += other.count
        incompleteCount += other.incompleteCount
        for var entry in other.incomplete.prefix(max(0, rankingLimit - incomplete.count)) {
            entry.row += rowOffset
            incomplete.append(entry)
        }
        totals.merge(other.totals)
        totalCount += other.totalCount
        for index in dimensionValues.indices { dimensionValues[index].merge(other.dimensionValues[index]) }
        for index in bandCounts.indices { bandCounts[index] += other.bandCounts[index] }
        for index in tallies.indices { tallies[index].merge(other.tallies[index]) }
        for line in other.best where Self.qualifies(line, in: best, limit: rankingLimit, first: RankingLine.precedes) {
            Self.keep(line, in: &best, limit: rankingLimit, first: RankingLine.precedes)
        }
        let worstFirst: (RankingLine, RankingLine) -> Bool = { RankingLine.precedes($1, $0) }
        for line in other.worst where Self.qualifies(line, in: worst, limit: rankingLimit / 2, first: worstFirst) {
            Self.keep(line, in: &worst, limit: rankingLimit / 2, first: worstFirst)
        }
        excluded += other.excluded
    }

    mutating func add(_ respondent: ScoredRespondent, name: String) {
        let score = respondent.score
        count += 1
        if let reason = respondent.incomplete {
            incompleteCount += 1
            if incomplete.count < rankingLimit {
                incomplete.append(IncompleteEntry(id: respondent.id, name: name.isEmpty ? respondent.id : name, file: respondent.file,
                                                  row: respondent.row, reason: reason))
            }
            return
        }
        if let total = score.exactTotal {
            totalCount += 1
            if countsValues { totals.add(total) }
        }
        if let band = score.bandID, let index = questionnaire.bands.bands.firstIndex(where: { $0.id == band }) { bandCounts[index] += 1 }
        for index in score.dimensions.indices where countsValues {
            if let value = score.dimensions[index].exactScore { dimensionValues[index].add(value) }
        }
        for (position, answer) in respondent.descriptiveAnswers.enumerated() { tallies[position].add(answer) }
        // Most respondents are in neither list: the line is made only for those that are.
        let candidate = RankingLine(id: respondent.id, name: "", total: score.exactTotal, bandID: nil, dimensionScores: [], coverage: .zero, rank: nil)
        let intoBest = Self.qualifies(candidate, in: best, limit: rankingLimit, first: RankingLine.precedes)
        let intoWorst = Self.qualifies(candidate, in: worst, limit: rankingLimit / 2, first: { RankingLine.precedes($1, $0) })
        guard intoBest || intoWorst else { return }
        let line = RankingLine(id: respondent.id, name: name.isEmpty ? respondent.id : name, total: score.exactTotal, bandID: score.bandID,
                               dimensionScores: score.dimensions.map(\.exactScore), coverage: score.exactCoverage, rank: nil)
        if intoBest { Self.keep(line, in: &best, limit: rankingLimit, first: RankingLine.precedes) }
        if intoWorst { Self.keep(line, in: &worst, limit: rankingLimit / 2, first: { RankingLine.precedes($1, $0) }) }
    }

    /// Whether a line would be kept among the `limit` lines that come first by `first`.
    private static func qualifies(_ line: RankingLine, in lines: [RankingLine], limit: Int, first: (RankingLine, RankingLine) -> Bool) -> Bool {
        lines.count < limit || lines.last.map { first(line, $0) } ?? true
    }

    /// Keeps the `limit` lines that come first by `first`, in that order.
    private static func keep(_ line: RankingLine, in lines: inout [RankingLine], limit: Int, first: (RankingLine, RankingLine) -> Bool) {
        var low = 0, high = lines.count
        while low < high {
            let middle = (low + high) / 2
            if first(lines[middle], line) { low = middle + 1 } else { high = middle }
        }
        lines.insert(line, at: low)
        if lines.count > limit { lines.removeLast() }
    }

    /// Descriptive statistics of counted exact values.
    private static func statistics(_ counts: ValueCounts) -> Descriptive? {
        Descriptive(exactCounts: counts.ascending)
    }

    /// Ranks, counts bands and computes statistics.
    package mutating func finish(questionnaireFile: SourceFile, responseFiles: [SourceFile], language: String, metadataNames: [String]) -> CohortSummary {
        totals.compact()
        for index in dimensionValues.indices { dimensionValues[index].compact() }
        var summary = CohortSummary(
            questionnaire: questionnaire, questionnaireFile: questionnaireFile, responseFiles: responseFiles, language: language,
            metadataNames: metadataNames, respondentCount: count, ranking: [], rankingOmitted: 0, rankTable: RankTable(totals), excluded: excluded,
            incomplete: incomplete, incompleteCount: incompleteCount,
            bandCounts: [], dimensionStatistics: dimensionValues.map(Self.statistics), totalStatistics: Self.statistics(totals),
            descriptiveSummaries: zip(questionnaire.descriptiveQuestionIndices, tallies).map { index, tally in
                DescriptiveSummary(questionIndex: index, question: questionnaire.questions[index], tally: tally)
            })
        summary.dimensionRankTables = dimensionValues.map(RankTable.init)
        summary.showsCohortContext = count - incompleteCount >= contextMinimum
        let scored = totalCount
        summary.bandCounts = zip(questionnaire.bands.bands, bandCounts).map { band, count in
            BandCount(bandID: band.id, count: count, exactShare: scored == 0 ? .zero : .share(count, of: scored), referenceShare: band.referenceShare)
        }
        let ranked = count - incompleteCount
        var shown = ranked <= rankingLimit ? best : Array(best.prefix(rankingLimit / 2)) + worst.reversed()
        for index in shown.indices { shown[index].rank = summary.rank(of: shown[index].total) }
        summary.ranking = shown
        summary.rankingOmitted = ranked - shown.count
        return summary
    }
}
