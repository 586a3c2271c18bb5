/// What a piece of a file gave, in input order.
struct Piece {
    var rows: [PieceRow] = []
    /// Problems of the CSV syntax that did not stop reading, by line.
    var warnings: [(line: Int, problem: CSVWarning)] = []
    /// The spill records of the scored rows, encoded where the piece was scored.
    var spill = ByteBuffer()
    /// The rows of `scores-long.csv` of the scored rows, rendered where the piece was scored
    /// (when the run writes them as it scores: `LongScoresStream`).
    var longRows = ByteBuffer()
    /// The `scores.csv` rows of the scored rows without their rank (`ScoresRowRecord`), when the
    /// run keeps them instead of its respondents.
    var scoresRows = ByteBuffer()
    /// The scored rows counted for the cohort where the piece was scored (rows counted from
    /// the piece's start until `rowOffset` is set); nil when they are counted as merged.
    var cohort: CohortAccumulator?
    /// What was added to the piece's rows to count them from the file's start.
    var rowOffset = 0
    /// The statistics of the piece's complete respondents, from its first scored row on.
    var statistics: ResearchStatisticsAccumulator?
    /// Whether a row scored in the piece was left out when merged (a duplicate id).
    var lostScoredRows = false
    /// Whether the piece's bytes as read are kept as `text` (`RecordProcessor.keepsPieceText`):
    /// known before its records are read; `text` itself is set once its block is read.
    var keepsText = false
    /// The piece's bytes as read, when they are kept.
    var text: PieceText?
    /// Room for a scored row's cells while its rows are rendered, reused from row to row of the
    /// piece (`ScoringConsumer.Processor`).
    var cellScratch = ByteBuffer()

    /// The cohort counts of the piece, unless a row they count was left out since.
    var countedCohort: CohortAccumulator? { lostScoredRows ? nil : cohort }
    /// The statistics of the piece, unless a row they count was left out since.
    var countedStatistics: ResearchStatisticsAccumulator? { lostScoredRows ? nil : statistics }

    /// The spill records of the rows still scored, in order.
    func spillRecords() -> ByteBuffer {
        keptBytes(of: spill) { $0.spillRecord?.bytes }
    }

    /// The rows of `scores-long.csv` of the rows still scored, in order.
    func keptLongRows() -> ByteBuffer {
        keptBytes(of: longRows) { $0.longRows }
    }

    /// The `scores.csv` row records of the rows still scored, in order.
    func keptScoresRows() -> ByteBuffer {
        keptBytes(of: scoresRows) { $0.scoresRow }
    }

    /// The bytes of `buffer` that belong to the rows still scored (where `range` says), in order:
    /// the whole buffer unless a duplicate id left a row out since it was scored.
    private func keptBytes(of buffer: ByteBuffer, range: (PieceRow) -> Range<Int>?) -> ByteBuffer {
        guard lostScoredRows else { return buffer }
        var kept = ByteBuffer(capacity: buffer.count)
        for index in rows.indices {
            switch rows[index].outcome {
            case .scored, .spilled:
                if let bytes = range(rows[index]) { kept.append(contentsOf: buffer.bytes[bytes]) }
            case .excluded, .checked, .answers:
                continue
            }
        }
        return kept
    }

    /// The respondent of a `.spilled` row, decoded from its spill record.
    func spilledRespondent(at index: Int, layout: SpillLayout, files: [String]) -> ScoredRespondent? {
        guard let record = rows[index].spillRecord else { return nil }
        var reader = SpillReader(bytes: spill.bytes, position: record.rowField, end: record.bytes.upperBound)
        return try? RespondentSpill.decode(&reader, layout: layout, files: files)
    }

    /// The piece's diagnostics located in `file`: syntax warnings, then each row's problems
    /// (those of the reading worded in `wording`).
    func diagnostics(file: String, wording: CSVWording) -> [Diagnostic] {
        var found: [Diagnostic] = warnings.map { .warning(SourceLocation(file: file), wording.onLine($0.line, $0.problem.message(wording))) }
        for index in rows.indices where rows[index].hasDiagnostics { found += rows[index].diagnostics(file: file, wording: wording) }
        return found
    }
}
