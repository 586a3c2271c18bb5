/// The consumer of `smartcity validate` (`ResponseChecker`): each record is read and checked,
/// not scored; the merged pieces' diagnostics are reported as they come, and their rows counted.
struct CheckingConsumer: RowConsumer {
    /// Keeps each row's id, for the duplicate check.
    struct Processor: RecordProcessor {
        func process<Cells: ResponseCells>(_ record: ReadRecord, cells: Cells, answers: [Answer], scratch: inout SpillWriter, into piece: inout Piece) {
            piece.rows.append(record.pieceRow(.checked(id: record.id)))
        }
    }

    let processor = Processor()
    /// The file read, where diagnostics are located.
    let path: String
    /// What is said about the rows, in the run's language.
    let wording: CSVWording
    /// The data rows read so far.
    private(set) var rows = 0

    init(path: String, wording: CSVWording) {
        self.path = path
        self.wording = wording
    }

    mutating func merge(_ piece: consuming Piece, report: ([Diagnostic]) -> Void) {
        report(piece.diagnostics(file: path, wording: wording))
        rows += piece.rows.count
    }
}
