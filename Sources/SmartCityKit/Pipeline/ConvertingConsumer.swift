/// The consumer that reads records into typed answers without scoring them (`smartcity import`,
/// the respondent an assessment starts from): the merged pieces' diagnostics are reported as
/// they come, and each row - read, or left out - goes to `body` in file order.
struct ConvertingConsumer: RowConsumer {
    /// Keeps each row's id, metadata and typed answers.
    struct Processor: RecordProcessor {
        func process<Cells: ResponseCells>(_ record: ReadRecord, cells: Cells, answers: [Answer], scratch: inout SpillWriter, into piece: inout Piece) {
            piece.rows.append(record.pieceRow(.answers(id: record.id, metadata: record.metadata, answers: answers)))
        }
    }

    let processor = Processor()
    /// The file read, where diagnostics are located.
    let path: String
    /// What is said about the rows, in the run's language.
    let wording: CSVWording
    /// Takes every row, in file order: `.answers`, or `.excluded` when it could not be read.
    let body: (PieceRow) -> Void

    init(path: String, wording: CSVWording, body: @escaping (PieceRow) -> Void) {
        self.path = path
        self.wording = wording
        self.body = body
    }

    mutating func merge(_ piece: consuming Piece, report: ([Diagnostic]) -> Void) {
        report(piece.diagnostics(file: path, wording: wording))
        for row in piece.rows { body(row) }
    }

    /// Reads every row of `source` (`path`, the only file), handing each to `body`.
    static func read(_ source: ResponseSource, report: ([Diagnostic]) -> Void, _ body: (PieceRow) -> Void) {
        withoutActuallyEscaping(body) { body in
            var consumer = ConvertingConsumer(path: source.path, wording: source.plan.csvWording, body: body)
            var ids = RespondentIDTable()
            BlockReader(source: source, files: [source.path], fileIndex: 0).read(into: &consumer, ids: &ids, report: report)
        }
    }
}
