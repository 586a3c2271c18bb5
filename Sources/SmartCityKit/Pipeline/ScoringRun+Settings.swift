import Foundation

extension ScoringRun {
    /// Settings of a run.
    package struct Settings: Sendable {
        /// The most respondents `summary.md` ranks (top and bottom halves beyond).
        package var rankingLimit = 50
        /// Whether the reports show the files' SHA-256 (it costs a pass over the bytes).
        package var needsDigests = true
        /// Where the spill file may go (a folder of the run's own).
        package var temporaryFolder = NSTemporaryDirectory()
        /// How much of the spill is kept in memory before it moves to a file.
        var spillMemoryLimit = RespondentSpill.defaultMemoryLimit
        /// The fewest ranked respondents for which each report shows the cohort median and the
        /// respondent's percentile per dimension (`--min-group`).
        package var contextMinimum = 5
        /// The size of the blocks a large file is read in (smaller in tests, to make many pieces).
        var blockSize = BlockReader.blockSize
        /// Whether each scored respondent keeps its answers to the scored questions, in the spill
        /// too (`score --format items`, `smartcity stats`).
        package var keepsAnswers = false
        /// Whether each scored respondent also keeps the cells of its scored answers as read
        /// (`score --format items`); implies `keepsAnswers`. Off, no answer text is made.
        package var keepsAnswerTexts = false
        /// Whether the cohort summary ranks the respondents and describes their scores (its
        /// rank tables and the statistics of the totals and dimensions): one value per
        /// respondent kept; `smartcity stats` describes the scores itself, and does without.
        var ranks = true
        /// Whether the scored respondents are kept in a spill for a second pass (the
        /// renderers'); `smartcity stats` has none, and makes no spill.
        var spills = true
        /// Whether `scores.csv` and `scores-long.csv` are the run's only reports: when it writes
        /// the long rows as it scores (`score(longScoresTo:)`), it then keeps each respondent's
        /// `scores.csv` row as rendered (`ScoresRowRecord`) instead of the respondent.
        package var onlyScoresCSV = false
        /// Which scored respondents `score(observe:)` hands to its observer: each one handed over
        /// is kept whole until its piece is merged, the others only as their spill records.
        var observed = Observed.every

        package init() {}

        /// Which scored respondents an observer is handed (when ids are row numbers, every one is).
        enum Observed: Sendable {
            case every
            /// Those left out as incomplete (`smartcity stats` lists them).
            case incomplete

            /// Whether `respondent` is handed over.
            func includes(_ respondent: ScoredRespondent) -> Bool {
                switch self {
                case .every: true
                case .incomplete: respondent.incomplete != nil
                }
            }
        }
    }

    /// Research statistics to count of the complete respondents where each piece is scored
    /// (`smartcity stats`): the empty accumulator each piece starts from, and the grouping.
    package struct StatisticsCounting {
        var empty: ResearchStatisticsAccumulator
        var grouping: PeerGrouping?
        /// The metadata column naming each respondent's municipality, when several respondents answer for one.
        var municipalityColumn: String?

        /// The municipality of a respondent, from its metadata; nil without the column or a value.
        func municipality(of respondent: ScoredRespondent, metadataNames: [String]) -> String? {
            municipalityColumn.flatMap { PeerGrouping.value(of: $0, in: respondent.metadata, metadataNames: metadataNames) }
        }
    }
}
