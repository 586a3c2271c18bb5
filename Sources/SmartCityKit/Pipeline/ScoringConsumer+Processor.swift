extension ScoringConsumer {
    /// Scores a record where its piece is parsed: the respondent is encoded into the piece's
    /// spill records (when the spill takes them, or the piece keeps no text to score it again
    /// from) and counted in the piece's cohort (nil when ids are row numbers: such rows are
    /// counted as merged, since the ranking orders ties by id) and statistics.
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
        /// Whether each respondent's `scores.csv` row is kept too (`ScoresRowRecord`), for a run whose only report is CSV.
        let keepsScoresRows: Bool
        /// Whether every respondent is encoded for the spill (which takes the records); else only
        /// those of a piece that keeps no text (`PieceText`) to score them again from.
        let encodesSpill: Bool
        /// Whether the processor only scores each record again, keeping its respondent whole (`rescoring()`).
        private(set) var rescores = false
        /// The questionnaire's descriptive and scored questions, and the least total coverage of a complete response.
        private let descriptive: [Int], scored: [Int]
        private let minimumTotalCoverage: Fraction?

        init(engine: ScoringEngine, plan: ResponsePlan, path: String, encoding: SpillEncoding, nameColumn: Int?, emptyCohort: CohortAccumulator?,
             keepsAnswers: Bool, keepsAnswerTexts: Bool, observed: ScoringRun.Settings.Observed?, statistics: ScoringRun.StatisticsCounting?, metadataNames: [String],
             longRows: CSVReportRenderer?, keepsScoresRows: Bool, encodesSpill: Bool) {
            (self.engine, self.plan, self.path, self.encoding, self.nameColumn, self.emptyCohort) = (engine, plan, path, encoding, nameColumn, emptyCohort)
            (self.keepsAnswers, self.keepsAnswerTexts, self.observed) = (keepsAnswers, keepsAnswerTexts, observed)
            (self.statistics, self.metadataNames, self.longRows, self.keepsScoresRows) = (statistics, metadataNames, longRows, keepsScoresRows)
            self.encodesSpill = encodesSpill
            descriptive = engine.questionnaire.descriptiveQuestionIndices
            scored = engine.questionnaire.scoredQuestionIndices
            minimumTotalCoverage = engine.questionnaire.minimumTotalCoverage.flatMap { Fraction(decimal: $0) }
        }

        /// Pieces keep their text when their respondents are counted in them but not encoded:
        /// a piece that loses a row to a duplicate id is then scored again from it to be counted.
        var keepsPieceText: Bool { !rescores && !encodesSpill && emptyCohort != nil }

        /// This processor, scoring each record only: its respondent is kept whole (`.scored`),
        /// neither encoded, counted nor rendered - to count a piece's respondents again.
        func rescoring() -> Processor {
            var processor = self
            processor.rescores = true
            return processor
        }

        func process<Cells: ResponseCells>(_ record: ReadRecord, cells: Cells, answers: [Answer], scratch: inout SpillWriter, into piece: inout Piece) {
            let respondent = score(record, cells: cells, answers: answers)
            if rescores {
                piece.rows.append(record.pieceRow(.scored(respondent)))
                return
            }
            let spilled = encodesSpill || !piece.keepsText ? RespondentSpill.encode(respondent, encoding: encoding, scratch: &scratch, into: &piece.spill) : nil
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
            let rendered = longRows.map { renderRows(of: respondent, with: $0, scratch: &scratch, into: &piece) }
            let keptWhole = emptyCohort == nil || observed?.includes(respondent) == true
            let kept: PieceRow.Outcome = keptWhole ? .scored(respondent) : .spilled(id: record.id)
            piece.rows.append(record.pieceRow(kept, spillRecord: spilled, longRows: rendered?.long, scoresRow: rendered?.scoresRow))
        }

        /// Renders the respondent's rows of `scores-long.csv`, and its `scores.csv` row when kept,
        /// into the piece; returns where they are.
        private func renderRows(of respondent: ScoredRespondent, with renderer: CSVReportRenderer, scratch: inout SpillWriter,
                                into piece: inout Piece) -> (long: Range<Int>, scoresRow: Range<Int>?) {
            // The piece's scratch, taken out while the rows are rendered into the piece and put back.
            var cellBytes = ByteBuffer()
            swap(&cellBytes, &piece.cellScratch)
            defer { swap(&cellBytes, &piece.cellScratch) }
            cellBytes.removeAll()
            let cells = renderer.appendRowCells(of: respondent, metadataCount: metadataNames.count, to: &cellBytes)
            let start = piece.longRows.count
            renderer.appendLongRows(of: respondent.score, cells: cells, in: cellBytes, to: &piece.longRows)
            guard keepsScoresRows else { return (start..<piece.longRows.count, nil) }
            let rankedTotal = respondent.incomplete == nil ? respondent.score.exactTotal : nil
            let row = ScoresRowRecord.append(rankedTotal: rankedTotal, head: cellBytes.bytes[cells.head], tail: cellBytes.bytes[cells.tail],
                                             scratch: &scratch, to: &piece.scoresRows)
            return (start..<piece.longRows.count, row)
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
