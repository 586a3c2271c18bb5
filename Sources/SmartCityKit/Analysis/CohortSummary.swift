/// One scored respondent (usually a municipality).
package struct ScoredRespondent: Sendable, Equatable {
    package var id: String
    /// Values aligned with `CohortSummary.metadataNames` (empty where the file had no such column).
    var metadata: [String]
    package var score: RespondentScore
    /// Answers to the descriptive (unscored) questions, aligned with `Questionnaire.descriptiveQuestionIndices`.
    var descriptiveAnswers: [Answer]
    /// The responses file and spreadsheet row it came from.
    var file: String
    package var row: Int
    /// Why the respondent is kept out of the ranking and the cohort statistics; nil when it is in.
    var incomplete: IncompleteReason?
    /// The answers to the scored questions, aligned with `Questionnaire.scoredQuestionIndices`,
    /// when the run keeps them (item-level exports and statistics); empty otherwise.
    var scoredAnswers: [Answer]
    /// The cells those answers were read from, as read, aligned like `scoredAnswers`, when the
    /// run keeps them (`item-scores.csv`); empty otherwise.
    var scoredAnswerTexts: [String]

    init(id: String, metadata: [String], score: RespondentScore, descriptiveAnswers: [Answer] = [], file: String, row: Int,
                incomplete: IncompleteReason? = nil, scoredAnswers: [Answer] = [], scoredAnswerTexts: [String] = []) {
        self.incomplete = incomplete
        self.scoredAnswers = scoredAnswers
        self.scoredAnswerTexts = scoredAnswerTexts
        self.id = id
        self.metadata = metadata
        self.score = score
        self.descriptiveAnswers = descriptiveAnswers
        self.file = file
        self.row = row
    }
}

extension ScoredRespondent {
    /// Every answer, aligned with the questionnaire's questions; nil when the run did not keep
    /// the scored answers (`ScoringRun.Settings.keepsAnswers`).
    package func answers(in questionnaire: Questionnaire) -> [Answer]? {
        let scored = questionnaire.scoredQuestionIndices, descriptive = questionnaire.descriptiveQuestionIndices
        guard scoredAnswers.count == scored.count, !scored.isEmpty, descriptiveAnswers.count == descriptive.count else { return nil }
        var answers = [Answer](repeating: .blank, count: questionnaire.questions.count)
        for (position, index) in scored.enumerated() { answers[index] = scoredAnswers[position] }
        for (position, index) in descriptive.enumerated() { answers[index] = descriptiveAnswers[position] }
        return answers
    }

    /// The value of the cohort's name column (`CohortSummary.nameColumn`), or "" without one.
    package func name(column: Int?) -> String {
        column.flatMap { $0 < metadata.count ? metadata[$0] : nil } ?? ""
    }
}

/// A respondent scored but kept out of the ranking and the cohort statistics, and why.
package struct IncompleteEntry: Sendable, Equatable {
    package var id: String
    package var name: String
    var file: String
    package var row: Int
    var reason: IncompleteReason
}

/// A row left out of scoring, with its file.
package struct ExcludedEntry: Sendable, Equatable {
    var file: String
    package var row: ExcludedRow
}

/// How many respondents fall in a band, beside the published reference share.
struct BandCount: Sendable, Equatable {
    var bandID: String
    var count: Int
    /// Share of the respondents with a total score (0-1), exactly.
    var exactShare: Fraction
    var referenceShare: Double?

    var share: Double { exactShare.doubleValue }
}

/// How a cohort answered one descriptive question: counts and shares per answer, as the
/// published barometers report them, and statistics of numeric answers.
struct DescriptiveSummary: Sendable, Equatable {
    /// One possible answer and how many respondents gave it.
    struct AnswerCount: Sendable, Equatable {
        var code: String
        var label: LocalizedText
        var count: Int
        /// count / respondents who answered (for multi questions shares do not add up to 1), exactly.
        var exactShare: Fraction

        var share: Double { exactShare.doubleValue }
    }

    var questionIndex: Int
    /// Respondents who gave a real answer (not blank, invalid, don't know or not applicable).
    var answered: Int
    /// Respondents who answered "don't know" or "not applicable".
    var nonAnswers: Int
    /// Per-answer counts for choice, multi, yes/no, likert and level questions.
    package var counts: [AnswerCount]
    /// Statistics of the values of number, likert and level questions.
    package var statistics: Descriptive?

    /// Summarises the answers of all respondents to one question.
    init(questionIndex: Int, question: Question, answers: [Answer]) {
        var tally = DescriptiveTally()
        for answer in answers { tally.add(answer) }
        self.init(questionIndex: questionIndex, question: question, tally: tally)
    }

    /// Summarises the answers counted in a tally.
    init(questionIndex: Int, question: Question, tally: DescriptiveTally) {
        self.questionIndex = questionIndex
        nonAnswers = tally.nonAnswers
        answered = tally.answered
        let possible: [(code: String, label: LocalizedText, count: Int)]
        switch question.kind {
        case .choice(let options), .multi(let options, _):
            possible = options.enumerated().map { ($1.code, $1.label, tally.chosen[$0] ?? 0) }
        case .yesNo:
            possible = [("yes", YesNoAnswer.yesLabel, tally.chosen[1] ?? 0), ("no", YesNoAnswer.noLabel, tally.chosen[0] ?? 0)]
        case .likert(let scale, _), .level(let scale):
            possible = scale.points.map { point in (NumberFormat.plain(point.value), point.label, tally.values.filter { $0 == point.value }.count) }
        case .number: possible = []
        }
        let answered = tally.answered
        counts = possible.map { code, label, count in
            AnswerCount(code: code, label: label, count: count, exactShare: answered > 0 ? .share(count, of: answered) : .zero)
        }
        switch question.kind {
        case .number, .likert, .level: statistics = Descriptive(tally.values)
        default: statistics = nil
        }
    }
}

/// The answers to one descriptive question, counted as respondents stream past.
struct DescriptiveTally: Sendable {
    var answered = 0
    var nonAnswers = 0
    /// How often each option was chosen, by option index (yes/no: 1 for yes, 0 for no).
    var chosen: [Int: Int] = [:]
    /// Numeric answers, kept for the median.
    var values: [Double] = []

    /// Counts what another tally counted.
    mutating func merge(_ other: DescriptiveTally) {
        answered += other.answered
        nonAnswers += other.nonAnswers
        chosen.merge(other.chosen, uniquingKeysWith: +)
        values += other.values
    }

    mutating func add(_ answer: Answer) {
        switch answer {
        case .number(let value): values.append(value); answered += 1
        case .choice(let option): chosen[option, default: 0] += 1; answered += 1
        case .choices(let options): for option in options { chosen[option, default: 0] += 1 }; answered += 1
        case .yesNo(let yes): chosen[yes ? 1 : 0, default: 0] += 1; answered += 1
        case .nonAnswer: nonAnswers += 1
        case .blank, .invalid, .notShown: break
        }
    }
}


/// A respondent as the cohort ranking shows it.
package struct RankingLine: Sendable, Equatable {
    package var id: String
    /// The name column's value, else the id.
    package var name: String
    var total: Fraction?
    var bandID: String?
    var dimensionScores: [Fraction?]
    var coverage: Fraction
    /// Competition rank of the exact total; nil without a total.
    var rank: Int?

    /// Ranking order: by total, highest first, those without a total last; then by id.
    static func precedes(_ left: RankingLine, _ right: RankingLine) -> Bool {
        switch (left.total, right.total) {
        case let (l?, r?) where l != r: return l > r
        case (.some, nil): return true
        case (nil, .some): return false
        default: return left.id < right.id
        }
    }
}

/// A respondent's full results with its place in the cohort, as the renderers receive them.
package struct RankedRespondent: Sendable {
    package var respondent: ScoredRespondent
    /// The name column's value, else the id.
    package var name: String
    /// Competition rank of the exact total; nil without a total.
    var rank: Int?
    /// The per-respondent report's file name (without `.md`): a slug of the id, unique in the
    /// run; nil when no format writes per-respondent files.
    package var fileName: String?
    /// The position among the scored respondents, in input order (0 for the first).
    var sequence: Int
    /// The same respondent in the previous assessment (`--previous`), when given and found.
    var previous: EarlierAssessment? = nil
    /// The respondent's own targets (from a target answers file), when given and found.
    var targets: Targets? = nil
}

/// The cohort-level values every report is rendered from: pure data, no formatting.
package struct CohortSummary: Sendable {
    package var questionnaire: Questionnaire
    package var questionnaireFile: SourceFile
    package var responseFiles: [SourceFile]
    /// The language of the questionnaire texts in the reports.
    var language: String
    /// The metadata columns over all responses files, in order of appearance.
    var metadataNames: [String]
    /// The number of scored respondents (ranked or not).
    package var respondentCount: Int
    /// The number of respondents ranked and counted in the statistics.
    var rankedCount: Int { respondentCount - incompleteCount }
    /// The ranking as `summary.md` shows it: everyone when the cohort is at most the ranking
    /// limit, else the top and the bottom with `rankingOmitted` respondents between them.
    var ranking: [RankingLine]
    var rankingOmitted: Int
    /// The cohort's exact totals, to rank any respondent.
    var rankTable: RankTable
    /// The ranked respondents' exact scores per dimension, for percentiles.
    var dimensionRankTables: [RankTable] = []
    /// Whether per-respondent reports show the cohort median and percentile beside each score:
    /// only when at least the minimum group size is ranked (anonymity).
    var showsCohortContext = false
    package var excluded: [ExcludedEntry]
    /// Respondents scored but not ranked nor counted in the statistics (at most the ranking limit
    /// are listed; `incompleteCount` counts them all).
    var incomplete: [IncompleteEntry]
    var incompleteCount: Int
    var bandCounts: [BandCount]
    /// Statistics of each dimension's scores over the scored respondents, aligned with the dimensions.
    var dimensionStatistics: [Descriptive?]
    var totalStatistics: Descriptive?
    /// Counts and shares of the descriptive questions, in questionnaire order.
    var descriptiveSummaries: [DescriptiveSummary]

    /// The metadata column that names a respondent (`name`, `naam`, `nom`, `municipality`, ...), if any.
    var nameColumn: Int? { Self.nameColumn(in: metadataNames) }

    /// A column named exactly `name` (or the like), else one whose name holds such a word ("Nom de la commune").
    static func nameColumn(in names: [String]) -> Int? {
        let candidates = ["name", "naam", "nom", "municipality", "gemeente", "commune", "city", "stad", "ville"]
        for candidate in candidates {
            if let index = names.firstIndex(where: { $0.lowercased() == candidate }) { return index }
        }
        let words = names.map { Set($0.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)) }
        return words.firstIndex { !$0.isDisjoint(with: candidates) }
    }

    /// The competition rank of an exact total among the cohort's: one more than the number of
    /// higher totals. Equal exact totals share a rank.
    func rank(of total: Fraction?) -> Int? {
        total.map { rankTable.rank(of: $0) }
    }

    /// The mid-rank percentile (in percent) of a dimension score among the cohort's, exact.
    func percentile(ofDimension index: Int, _ score: Fraction?) -> Fraction? {
        guard let score, index < dimensionRankTables.count else { return nil }
        return dimensionRankTables[index].percentile(of: score)
    }

    /// A metadata column's label in the report's language, as the questionnaire declares it;
    /// else the column's name.
    func metadataLabel(_ name: String) -> String {
        questionnaire.metadata?.first { $0.id.lowercased() == name.lowercased() }.map { text($0.label) } ?? name
    }

    /// A metadata value in the report's language: the label the questionnaire declares for this
    /// value of a category column (`rural` is "landelijk" in Dutch), else the value as written.
    func metadataValue(_ value: String, of name: String) -> String {
        guard let field = questionnaire.metadata?.first(where: { $0.id.lowercased() == name.lowercased() }), let label = field.values[value] else { return value }
        return text(label)
    }

    /// Localised text in the report's language, falling back to the questionnaire's default.
    package func text(_ localized: LocalizedText) -> String {
        localized.text(in: language, fallback: questionnaire.defaultLanguage)
    }
}

/// Builds the cohort summary as respondents stream past, in bounded memory: a ranking key and
/// the dimension scores per respondent, the ranking's top and bottom lines, counts and tallies.
struct CohortAccumulator {
    package let questionnaire: Questionnaire
    /// The most respondents `summary.md` ranks; more are shown as top and bottom halves.
    package let rankingLimit: Int
    private(set) var count = 0
    private var incomplete: [IncompleteEntry] = []
    private var incompleteCount = 0
    private var totals = ValueCounts()
    /// Dimension scores of the respondents scored in each dimension.
    private var dimensionValues: [ValueCounts]
    private var bandCounts: [Int]
    private var best: [RankingLine] = []
    private var worst: [RankingLine] = []
    private var tallies: [DescriptiveTally]
    package var excluded: [ExcludedEntry] = []

    /// The fewest ranked respondents for which reports show each one against the cohort.
    package var contextMinimum = 5

    init(questionnaire: Questionnaire, rankingLimit: Int) {
        self.questionnaire = questionnaire
        self.rankingLimit = max(rankingLimit, 2)
        dimensionValues = Array(repeating: ValueCounts(), count: questionnaire.dimensions.count)
        bandCounts = Array(repeating: 0, count: questionnaire.bands.bands.count)
        tallies = Array(repeating: DescriptiveTally(), count: questionnaire.descriptiveQuestionIndices.count)
    }

    /// An accumulator for the same questionnaire with nothing counted yet.
    func emptyCopy() -> CohortAccumulator {
        var copy = CohortAccumulator(questionnaire: questionnaire, rankingLimit: rankingLimit)
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
        if let total = score.exactTotal { totals.add(total) }
        if let band = score.bandID, let index = questionnaire.bands.bands.firstIndex(where: { $0.id == band }) { bandCounts[index] += 1 }
        for index in score.dimensions.indices {
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
        let scored = totals.total
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
