extension ScoringConsumer {
    /// Scores a record where its piece is parsed: the respondent is encoded into the piece's
    /// spill records and counted in the piece's cohort (nil when ids are row numbers: such rows
    /// are counted as merged, since the ranking orders ties by id) and statistics.
    struct Processor: RecordProcessor {
        let engine: ScoringEngine
        let plan: ResponsePlan
        let path: String
        let encoding: SpillEncoding
        let nameColumn: Int?
        let emptyCohort: CohortAccumulator?
        let keepsAnswers: Bool
        /// Whether the respondents keep the cells of their scored answers as read.
        let keepsAnswerTexts: Bool
        /// Which piece rows keep their scored respondent whole (for an observer), not only as its
        /// spill record; nil: none.
        let observed: ScoringRun.Settings.Observed?
        /// The statistics each piece counts, and the cohort's metadata columns the grouping reads.
        let statistics: ScoringRun.StatisticsCounting?
        let metadataNames: [String]
        /// Renders each respondent's rows of `scores-long.csv` into its piece, when the run writes them as it scores.
        let longRows: CSVReportRenderer?
        /// The questionnaire's descriptive and scored questions, and the least total coverage of a complete response.
        private let descriptive: [Int], scored: [Int]
        private let minimumTotalCoverage: Fraction?

        init(engine: ScoringEngine, plan: ResponsePlan, path: String, encoding: SpillEncoding, nameColumn: Int?, emptyCohort: CohortAccumulator?,
             keepsAnswers: Bool, keepsAnswerTexts: Bool, observed: ScoringRun.Settings.Observed?, statistics: ScoringRun.StatisticsCounting?, metadataNames: [String],
             longRows: CSVReportRenderer?) {
            (self.engine, self.plan, self.path, self.encoding, self.nameColumn, self.emptyCohort) = (engine, plan, path, encoding, nameColumn, emptyCohort)
            (self.keepsAnswers, self.keepsAnswerTexts, self.observed) = (keepsAnswers, keepsAnswerTexts, observed)
            (self.statistics, self.metadataNames, self.longRows) = (statistics, metadataNames, longRows)
            descriptive = engine.questionnaire.descriptiveQuestionIndices
            scored = engine.questionnaire.scoredQuestionIndices
            minimumTotalCoverage = engine.questionnaire.minimumTotalCoverage.flatMap { Fraction(decimal: $0) }
        }

        func process<Cells: ResponseCells>(_ record: ReadRecord, cells: Cells, answers: [Answer], scratch: inout SpillWriter, into piece: inout Piece) {
            let respondent = score(record, cells: cells, answers: answers)
            let spilled = RespondentSpill.encode(respondent, encoding: encoding, scratch: &scratch, into: &piece.spill)
            if let emptyCohort {
                if piece.cohort == nil { piece.cohort = emptyCohort }
                piece.cohort?.add(respondent, name: respondent.name(column: nameColumn))
            }
            if let statistics {
                if piece.statistics == nil { piece.statistics = statistics.empty }
                if respondent.incomplete == nil {
                    piece.statistics?.add(respondent, group: statistics.grouping?.parts(of: respondent.metadata, metadataNames: metadataNames),
                                          municipality: statistics.municipality(of: respondent, metadataNames: metadataNames))
                }
            }
            var long: Range<Int>?
            if let longRows {
                let start = piece.longRows.count
                var cells = ByteBuffer()
                longRows.appendLongRows(of: respondent, metadataCount: metadataNames.count, to: &piece.longRows, cells: &cells)
                long = start..<piece.longRows.count
            }
            let keptWhole = emptyCohort == nil || observed?.includes(respondent) == true
            let kept: PieceRow.Outcome = keptWhole ? .scored(respondent) : .spilled(id: record.id)
            piece.rows.append(record.pieceRow(kept, spillRecord: spilled, longRows: long))
        }

        /// The record's respondent, scored; incomplete when its coverage is below the
        /// questionnaire's minimum and incomplete responses are left out.
        private func score<Cells: ResponseCells>(_ record: ReadRecord, cells: Cells, answers: [Answer]) -> ScoredRespondent {
            let score = engine.score(answers)
            var incomplete = record.incomplete
            if incomplete == nil, plan.keepsIncompleteOut, let minimum = minimumTotalCoverage, score.exactCoverage < minimum {
                incomplete = .lowCoverage(score.exactCoverage)
            }
            return ScoredRespondent(id: record.id, metadata: encoding.cohortMetadata(record.metadata), score: score,
                                    descriptiveAnswers: descriptive.map { answers[$0] }, file: path, row: record.row,
                                    incomplete: incomplete, scoredAnswers: keepsAnswers ? scored.map { answers[$0] } : [],
                                    scoredAnswerTexts: keepsAnswerTexts ? scored.map { plan.answerText(of: $0, in: cells) } : [])
        }
    }
}
