/// One record read through a file's plan into typed answers, then handed to a consumer's
/// processor; a record the plan excludes becomes an excluded piece row. Called on every core at
/// once: the plan and the processor are only read.
struct RecordReading<Processor: RecordProcessor> {
    let plan: ResponsePlan
    let processor: Processor

    /// Reads `cells` (row and line counted from the piece's start) into `answers` (reused
    /// from record to record) and appends the record's row to `piece`.
    func read<Cells: ResponseCells>(_ cells: Cells, row: Int, line: Int, answers: inout [Answer], scratch: inout SpillWriter, into piece: inout Piece) {
        var problems: [RecordProblem] = []
        switch plan.read(cells, row: row, answers: &answers, report: { problems.append($0) }) {
        case .excluded(let excluded):
            piece.rows.append(PieceRow(outcome: .excluded(excluded), row: row, line: line, problems: problems))
        case .row(let id, let metadata, let incomplete):
            let record = ReadRecord(id: id, metadata: metadata, incomplete: incomplete, row: row, line: line, problems: problems)
            processor.process(record, cells: cells, answers: answers, scratch: &scratch, into: &piece)
        }
    }
}
