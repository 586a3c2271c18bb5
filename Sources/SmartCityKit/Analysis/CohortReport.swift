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
    /// The responses file and spreadsheet row it came from.
    public var file: String
    public var row: Int

    public init(id: String, metadata: [String], score: RespondentScore, file: String, row: Int) {
        self.id = id
        self.metadata = metadata
        self.score = score
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
