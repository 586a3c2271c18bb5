/// The consumer that fills an `AssessmentsByID` from one of its responses files (a previous
/// assessment, target answers): each record is scored where its piece is parsed (`Processor`, on
/// every core) and encoded there as the store's record; the merged pieces hand the records of
/// the rows still kept (a duplicate id leaves its row out) to the store, in input order. Nothing
/// is scored when the store keeps nothing: the records are then only read and checked.
struct EarlierAssessmentConsumer: RowConsumer {
    /// Scores a record and encodes what the store keeps of it into the piece's records.
    struct Processor: RecordProcessor {
        let engine: ScoringEngine
        /// The store's band ids, which records hold by index.
        let bandIDs: [String]
        let keeping: AssessmentsByID.Keeping
        /// Per question, whether the kept answers hold its answer (the scored and descriptive
        /// questions; the others stay blank); nil when no answers are kept.
        private let answeredQuestions: [Bool]?

        init(questionnaire: Questionnaire, bandIDs: [String], keeping: AssessmentsByID.Keeping) {
            engine = ScoringEngine(questionnaire: questionnaire)
            self.bandIDs = bandIDs
            self.keeping = keeping
            let scored = questionnaire.scoredQuestionIndices
            var answered = [Bool](repeating: false, count: questionnaire.questions.count)
            for index in scored + questionnaire.descriptiveQuestionIndices { answered[index] = true }
            // As a scored respondent gives its answers: none without scored questions.
            answeredQuestions = keeping == .scoresAndAnswers && !scored.isEmpty ? answered : nil
        }

        func process<Cells: ResponseCells>(_ record: ReadRecord, cells: Cells, answers: [Answer], scratch: inout SpillWriter, into piece: inout Piece) {
            guard keeping != .nothing else { return piece.rows.append(record.pieceRow(.checked(id: record.id))) }
            let score = engine.score(answers)
            let assessment = EarlierAssessment(
                score: EarlierAssessment.Scores(dimensions: score.dimensions.map(\.exactScore), total: score.exactTotal, bandID: score.bandID),
                answers: answeredQuestions.map { answered in answered.indices.map { answered[$0] ? answers[$0] : .blank } })
            let start = piece.spill.count
            // The fixed row first, as in a spill record, so that placing the piece can set it.
            piece.spill.append(atMost: SpillField.fixedRowLength + AssessmentsByID.maximumLength(of: assessment)) { fields in
                fields.spillFixedRow(record.row)
                AssessmentsByID.encode(assessment, band: score.bandID.flatMap { bandIDs.firstIndex(of: $0) }, into: &fields)
            }
            piece.rows.append(record.pieceRow(.spilled(id: record.id), spillRecord: SpillRecordRange(bytes: start..<piece.spill.count, rowField: start)))
        }
    }

    private(set) var store: AssessmentsByID
    let processor: Processor
    /// The file being read, where diagnostics are located, and its position among the store's files.
    private var path = ""
    private var wording = CSVWording.english
    private var fileIndex = -1

    init(store: AssessmentsByID, processor: Processor) {
        self.store = store
        self.processor = processor
    }

    /// Reads the next file, at `path`, from now on; its problems are worded by `wording`.
    mutating func begin(path: String, wording: CSVWording) {
        self.path = path
        self.wording = wording
        fileIndex += 1
        store.addFile()
    }

    mutating func merge(_ piece: consuming Piece, report: ([Diagnostic]) -> Void) {
        let found = piece.diagnostics(file: path, wording: wording)
        if !found.isEmpty { report(found) }
        for index in piece.rows.indices {
            guard case .spilled = piece.rows[index].outcome, let record = piece.rows[index].spillRecord else { continue }
            store.append(piece.spill.bytes[record.rowField + SpillField.fixedRowLength..<record.bytes.upperBound], file: fileIndex, row: piece.rows[index].row)
        }
    }
}
