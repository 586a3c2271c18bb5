/// What a pass over responses files makes of their rows, for `BlockReader`: each record is
/// turned into its piece row by `processor` where the piece is parsed (on every core at once),
/// and the pieces are handed to `merge` in input order, on the reading thread. Scoring
/// (`ScoringConsumer`), checking (`CheckingConsumer`) and reading typed answers
/// (`ConvertingConsumer`) are the consumers.
protocol RowConsumer {
    associatedtype Processor: RecordProcessor
    /// How each record becomes its piece row; read by every core at once.
    var processor: Processor { get }
    /// Takes a piece whose rows are counted from the file's start and whose duplicate ids
    /// are left out; diagnostics of the pass as a whole go to `report`.
    mutating func merge(_ piece: consuming Piece, report: ([Diagnostic]) -> Void)
}

/// Turns a record read through the file's plan into its piece row. Called on every core at
/// once, so it reads immutable state only and writes only to its own piece and scratch.
protocol RecordProcessor: SendableMetatype {
    func process<Cells: ResponseCells>(_ record: ReadRecord, cells: Cells, answers: [Answer], scratch: inout SpillWriter, into piece: inout Piece)
    /// Whether each piece of a CSV block keeps its bytes as read (`Piece.text`), so that its
    /// records can be read again when it is merged.
    var keepsPieceText: Bool { get }
}

extension RecordProcessor {
    var keepsPieceText: Bool { false }
}

/// A record the plan read as a row: its id, metadata and the survey tool's incomplete mark,
/// where it is (counted from its piece's start), and the problems of its cells.
struct ReadRecord {
    var id: String
    var metadata: [String]
    var incomplete: IncompleteReason?
    var row: Int
    var line: Int
    var problems: [RecordProblem]

    /// The piece row of this record with `outcome`.
    func pieceRow(_ outcome: PieceRow.Outcome, spillRecord: SpillRecordRange? = nil, longRows: Range<Int>? = nil,
                  scoresRow: Range<Int>? = nil) -> PieceRow {
        PieceRow(outcome: outcome, row: row, line: line, problems: problems, spillRecord: spillRecord, longRows: longRows, scoresRow: scoresRow)
    }
}
