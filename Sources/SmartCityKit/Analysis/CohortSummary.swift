/// A file that went into a report, identified by its digest.
public struct SourceFile: Sendable, Equatable {
    /// The path as the user gave it.
    public var path: String
    public var sha256: String

    public init(path: String, sha256: String) {
        self.path = path
        self.sha256 = sha256
    }

    /// The file's name without folders, as shown in report footers.
    public var name: String { path.split(separator: "/").last.map(String.init) ?? path }
}

/// One scored respondent (usually a municipality).
public struct ScoredRespondent: Sendable {
    public var id: String
    /// Values aligned with `CohortSummary.metadataNames` (empty where the file had no such column).
    public var metadata: [String]
    public var score: RespondentScore
    /// Answers to the descriptive (unscored) questions, aligned with `Questionnaire.descriptiveQuestionIndices`.
    public var descriptiveAnswers: [Answer]
    /// The responses file and spreadsheet row it came from.
    public var file: String
    public var row: Int

    public init(id: String, metadata: [String], score: RespondentScore, descriptiveAnswers: [Answer] = [], file: String, row: Int) {
        self.id = id
        self.metadata = metadata
        self.score = score
        self.descriptiveAnswers = descriptiveAnswers
        self.file = file
        self.row = row
    }
}

/// A row left out of scoring, with its file.
public struct ExcludedEntry: Sendable, Equatable {
    public var file: String
    public var row: ExcludedRow
}

/// How many respondents fall in a band, beside the published reference share.
public struct BandCount: Sendable, Equatable {
    public var bandID: String
    public var count: Int
    /// Share of the respondents with a total score (0-1).
    public var share: Double
    public var referenceShare: Double?
}

/// How a cohort answered one descriptive question: counts and shares per answer, as the
/// published barometers report them, and statistics of numeric answers.
public struct DescriptiveSummary: Sendable, Equatable {
    /// One possible answer and how many respondents gave it.
    public struct AnswerCount: Sendable, Equatable {
        public var code: String
        public var label: LocalizedText
        public var count: Int
        /// count / respondents who answered (for multi questions shares do not add up to 1).
        public var share: Double
    }

    public var questionIndex: Int
    /// Respondents who gave a real answer (not blank, invalid, don't know or not applicable).
    public var answered: Int
    /// Respondents who answered "don't know" or "not applicable".
    public var nonAnswers: Int
    /// Per-answer counts for choice, multi, yes/no, likert and level questions.
    public var counts: [AnswerCount]
    /// Statistics of the values of number, likert and level questions.
    public var statistics: Descriptive?

    /// Summarises the answers of all respondents to one question.
    public init(questionIndex: Int, question: Question, answers: [Answer]) {
        var tally = DescriptiveTally()
        for answer in answers { tally.add(answer) }
        self.init(questionIndex: questionIndex, question: question, tally: tally)
    }

    /// Summarises the answers counted in a tally.
    init(questionIndex: Int, question: Question, tally: DescriptiveTally) {
        self.questionIndex = questionIndex
        nonAnswers = tally.nonAnswers
        answered = tally.answered
        var chosen = tally.chosen
        let possible: [(String, LocalizedText)]
        switch question.kind {
        case .choice(let options), .multi(let options, _): possible = options.map { ($0.code, $0.label) }
        case .yesNo: possible = [("yes", YesNoAnswer.yesLabel), ("no", YesNoAnswer.noLabel)]
        case .likert(let scale, _), .level(let scale):
            possible = scale.points.map { (NumberFormat.plain($0.value), $0.label) }
            for value in tally.values { chosen[NumberFormat.plain(value), default: 0] += 1 }
        case .number: possible = []
        }
        let answered = tally.answered
        counts = possible.map { code, label in
            let count = chosen[code] ?? 0
            return AnswerCount(code: code, label: label, count: count, share: answered > 0 ? Double(count) / Double(answered) : 0)
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
    var chosen: [String: Int] = [:]
    /// Numeric answers, kept for the median.
    var values: [Double] = []

    mutating func add(_ answer: Answer) {
        switch answer {
        case .number(let value): values.append(value); answered += 1
        case .choice(let code): chosen[code, default: 0] += 1; answered += 1
        case .choices(let codes): for code in codes { chosen[code, default: 0] += 1 }; answered += 1
        case .yesNo(let yes): chosen[yes ? "yes" : "no", default: 0] += 1; answered += 1
        case .nonAnswer: nonAnswers += 1
        case .blank, .invalid, .notShown: break
        }
    }
}

/// One line of the cohort table: what the summary and the ranks need of a respondent, kept for
/// every respondent (the full results are not kept; the second pass scores them again).
public struct RespondentSummary: Sendable, Equatable {
    public var id: String
    /// The name column's value, else the id.
    public var name: String
    public var total: Double?
    public var bandID: String?
    public var coverage: Double
    /// Competition rank of the total at two decimals; nil without a total.
    public var rank: Int?
    /// The per-respondent report's file name (without `.md`): a slug of the id, unique in the run.
    public var fileName: String
}

/// A respondent's full results with its line of the cohort table, as the renderers receive them.
public struct RankedRespondent: Sendable {
    public var respondent: ScoredRespondent
    public var summary: RespondentSummary
    /// The position among the scored respondents, in input order (0 for the first).
    public var sequence: Int

    public init(respondent: ScoredRespondent, summary: RespondentSummary, sequence: Int) {
        self.respondent = respondent
        self.summary = summary
        self.sequence = sequence
    }
}

/// The cohort-level values every report is rendered from: pure data, no formatting.
public struct CohortSummary: Sendable {
    public var questionnaire: Questionnaire
    public var questionnaireFile: SourceFile
    public var responseFiles: [SourceFile]
    /// How the responses files were read, to read them again for the second pass.
    public var readingOptions: ReadingOptions
    /// The language of the questionnaire texts in the reports.
    public var language: String
    /// The metadata columns over all responses files, in order of appearance.
    public var metadataNames: [String]
    /// One line per scored respondent, in input order.
    public var entries: [RespondentSummary]
    /// The dimension scores of every entry, entry after entry, NaN where a dimension has no
    /// score: one flat array rather than an array per respondent.
    var dimensionScores: [Double]
    /// Indices into `entries` by total score (highest first, unscored last), then id.
    public var rankingOrder: [Int]
    public var excluded: [ExcludedEntry]
    public var bandCounts: [BandCount]
    /// Statistics of each dimension's scores over the scored respondents, aligned with the dimensions.
    public var dimensionStatistics: [Descriptive?]
    public var totalStatistics: Descriptive?
    /// Counts and shares of the descriptive questions, in questionnaire order.
    public var descriptiveSummaries: [DescriptiveSummary]

    /// The number of scored respondents.
    public var respondentCount: Int { entries.count }

    /// The score of a dimension (by index) for an entry (by index), if it was scored.
    public func dimensionScore(entry: Int, dimension: Int) -> Double? {
        let score = dimensionScores[entry * questionnaire.dimensions.count + dimension]
        return score.isNaN ? nil : score
    }

    /// The metadata column that names a respondent (`name`, `naam`, `nom`, `municipality`, ...), if any.
    public var nameColumn: Int? { Self.nameColumn(in: metadataNames) }

    /// A column named exactly `name` (or the like), else one whose name holds such a word ("Nom de la commune").
    static func nameColumn(in names: [String]) -> Int? {
        let candidates = ["name", "naam", "nom", "municipality", "gemeente", "commune", "city", "stad", "ville"]
        for candidate in candidates {
            if let index = names.firstIndex(where: { $0.lowercased() == candidate }) { return index }
        }
        let words = names.map { Set($0.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)) }
        return words.firstIndex { !$0.isDisjoint(with: candidates) }
    }

    /// Localised text in the report's language, falling back to the questionnaire's default.
    public func text(_ localized: LocalizedText) -> String {
        localized.text(in: language, fallback: questionnaire.defaultLanguage)
    }
}

/// Builds the cohort summary as respondents stream past.
struct CohortAccumulator {
    let questionnaire: Questionnaire
    var entries: [RespondentSummary] = []
    var dimensionScores: [Double] = []
    var excluded: [ExcludedEntry] = []
    private var tallies: [DescriptiveTally]
    private var usedFileNames = Set<String>()

    init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        tallies = Array(repeating: DescriptiveTally(), count: questionnaire.descriptiveQuestionIndices.count)
    }

    mutating func add(_ respondent: ScoredRespondent, metadataNames: [String]) {
        let score = respondent.score
        let nameColumn = CohortSummary.nameColumn(in: metadataNames)
        let name = nameColumn.flatMap { respondent.metadata.indices.contains($0) ? respondent.metadata[$0] : nil } ?? ""
        var base = CohortSummary.slug(respondent.id)
        if base.isEmpty { base = "respondent-\(respondent.row)" }
        var fileName = base
        var suffix = 2
        while !usedFileNames.insert(fileName).inserted {
            fileName = "\(base)-\(suffix)"
            suffix += 1
        }
        entries.append(RespondentSummary(
            id: respondent.id, name: name.isEmpty ? respondent.id : name, total: score.total, bandID: score.bandID,
            coverage: score.coverage, rank: nil, fileName: fileName))
        dimensionScores += score.dimensions.map { $0.score ?? .nan }
        for (position, answer) in respondent.descriptiveAnswers.enumerated() { tallies[position].add(answer) }
    }

    /// Sorts, ranks, counts bands and computes statistics.
    /// Hands its lines over to the summary (taking them, not copying them: they are most of the memory).
    mutating func finish(questionnaireFile: SourceFile, responseFiles: [SourceFile], language: String, metadataNames: [String],
                options: ReadingOptions) -> CohortSummary {
        var entries = self.entries
        self.entries = []
        let order = entries.indices.sorted { left, right in
            switch (entries[left].total, entries[right].total) {
            case let (l?, r?) where l != r: return l > r
            case (.some, nil): return true
            case (nil, .some): return false
            default: return entries[left].id < entries[right].id
            }
        }
        let ranks = Ranking.competitionRanks(order.map { entries[$0].total })
        for (position, index) in order.enumerated() { entries[index].rank = ranks[position] }
        let totals = entries.compactMap(\.total)
        let bandCounts = questionnaire.bands.bands.map { band in
            let count = entries.filter { $0.bandID == band.id }.count
            return BandCount(bandID: band.id, count: count, share: totals.isEmpty ? 0 : Double(count) / Double(totals.count),
                             referenceShare: band.referenceShare)
        }
        let width = questionnaire.dimensions.count
        let dimensionStatistics = questionnaire.dimensions.indices.map { index in
            Descriptive(stride(from: index, to: dimensionScores.count, by: width).map { dimensionScores[$0] }.filter { !$0.isNaN })
        }
        let descriptive = zip(questionnaire.descriptiveQuestionIndices, tallies).map { index, tally in
            DescriptiveSummary(questionIndex: index, question: questionnaire.questions[index], tally: tally)
        }
        return CohortSummary(
            questionnaire: questionnaire, questionnaireFile: questionnaireFile, responseFiles: responseFiles, readingOptions: options,
            language: language, metadataNames: metadataNames, entries: entries, dimensionScores: dimensionScores,
            rankingOrder: order, excluded: excluded,
            bandCounts: bandCounts, dimensionStatistics: dimensionStatistics, totalStatistics: Descriptive(totals),
            descriptiveSummaries: descriptive)
    }
}
