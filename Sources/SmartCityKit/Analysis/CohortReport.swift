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
    /// Values aligned with `CohortReport.metadataNames` (empty where the file had no such column).
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
        self.questionIndex = questionIndex
        nonAnswers = answers.filter { if case .nonAnswer = $0 { true } else { false } }.count
        var values: [Double] = []
        var chosen: [String: Int] = [:]
        var answered = 0
        for answer in answers {
            switch answer {
            case .number(let value): values.append(value); answered += 1
            case .choice(let code): chosen[code, default: 0] += 1; answered += 1
            case .choices(let codes): for code in codes { chosen[code, default: 0] += 1 }; answered += 1
            case .yesNo(let yes): chosen[yes ? "yes" : "no", default: 0] += 1; answered += 1
            case .blank, .invalid, .nonAnswer, .notShown: break
            }
        }
        self.answered = answered
        let possible: [(String, LocalizedText)]
        switch question.kind {
        case .choice(let options), .multi(let options, _): possible = options.map { ($0.code, $0.label) }
        case .yesNo: possible = [("yes", YesNoAnswer.yesLabel), ("no", YesNoAnswer.noLabel)]
        case .likert(let scale, _), .level(let scale):
            possible = scale.points.map { (NumberFormat.plain($0.value), $0.label) }
            for value in values { chosen[NumberFormat.plain(value), default: 0] += 1 }
        case .number: possible = []
        }
        counts = possible.map { code, label in
            let count = chosen[code] ?? 0
            return AnswerCount(code: code, label: label, count: count, share: answered > 0 ? Double(count) / Double(answered) : 0)
        }
        switch question.kind {
        case .number, .likert, .level: statistics = Descriptive(values)
        default: statistics = nil
        }
    }
}

/// The values every report of a scoring run is rendered from: pure data, no formatting.
public struct CohortReport: Sendable {
    public var questionnaire: Questionnaire
    public var questionnaireFile: SourceFile
    public var responseFiles: [SourceFile]
    /// The language of the questionnaire texts in the reports.
    public var language: String
    public var metadataNames: [String]
    /// Sorted by total score (highest first; unscored last), then id.
    public var respondents: [ScoredRespondent]
    /// Competition ranks of the totals at two decimals, aligned with `respondents`.
    public var ranks: [Int?]
    public var excluded: [ExcludedEntry]
    public var bandCounts: [BandCount]
    /// Statistics of each dimension's scores over the scored respondents, aligned with the dimensions.
    public var dimensionStatistics: [Descriptive?]
    public var totalStatistics: Descriptive?
    /// Counts and shares of the descriptive questions, in questionnaire order.
    public var descriptiveSummaries: [DescriptiveSummary]

    /// Builds the report values: sorts, ranks, counts bands and computes statistics.
    public init(
        questionnaire: Questionnaire, questionnaireFile: SourceFile, responseFiles: [SourceFile], language: String,
        metadataNames: [String], respondents: [ScoredRespondent], excluded: [ExcludedEntry]
    ) {
        self.questionnaire = questionnaire
        self.questionnaireFile = questionnaireFile
        self.responseFiles = responseFiles
        self.language = language
        self.metadataNames = metadataNames
        self.excluded = excluded
        let sorted = respondents.sorted { left, right in
            switch (left.score.total, right.score.total) {
            case let (l?, r?) where l != r: return l > r
            case (.some, nil): return true
            case (nil, .some): return false
            default: return left.id < right.id
            }
        }
        self.respondents = sorted
        ranks = Ranking.competitionRanks(sorted.map(\.score.total))
        let totals = sorted.compactMap(\.score.total)
        totalStatistics = Descriptive(totals)
        bandCounts = questionnaire.bands.bands.map { band in
            let count = sorted.filter { $0.score.bandID == band.id }.count
            return BandCount(bandID: band.id, count: count, share: totals.isEmpty ? 0 : Double(count) / Double(totals.count),
                             referenceShare: band.referenceShare)
        }
        dimensionStatistics = questionnaire.dimensions.indices.map { index in
            Descriptive(sorted.compactMap { $0.score.dimensions[index].score })
        }
        descriptiveSummaries = questionnaire.descriptiveQuestionIndices.enumerated().map { position, questionIndex in
            DescriptiveSummary(questionIndex: questionIndex, question: questionnaire.questions[questionIndex],
                               answers: sorted.map { $0.descriptiveAnswers[position] })
        }
    }

    /// The metadata column that names a respondent (`name`, `naam`, `nom`, `municipality`, ...), if any.
    public var nameColumn: Int? {
        let candidates = ["name", "naam", "nom", "municipality", "gemeente", "commune", "city", "stad", "ville"]
        for candidate in candidates {
            if let index = metadataNames.firstIndex(where: { $0.lowercased() == candidate }) { return index }
        }
        return nil
    }

    /// The display name of a respondent: its name column, else its id.
    public func displayName(of respondent: ScoredRespondent) -> String {
        if let column = nameColumn, !respondent.metadata[column].isEmpty { return respondent.metadata[column] }
        return respondent.id
    }

    /// Localised text in the report's language, falling back to the questionnaire's default.
    public func text(_ localized: LocalizedText) -> String {
        localized.text(in: language, fallback: questionnaire.defaultLanguage)
    }
}
