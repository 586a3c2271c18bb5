/// A piece's outcome with rows and lines counted from its start.
struct PieceResult {
    var piece: Piece
    var records: Int
    var lines: Int
    var warnings: [(line: Int, problem: CSVWarning)]
    var error: CSVSyntaxError?

    /// Counts the piece's rows and lines from the file's start.
    mutating func shift(rows: Int, lines: Int, idsAreRowNumbers: Bool) {
        for index in piece.rows.indices {
            piece.rows[index].row += rows
            piece.rows[index].line += lines
            let row = piece.rows[index].row
            let id = idsAreRowNumbers ? ResponsePlan.rowNumberID(row) : nil
            switch piece.rows[index].outcome {
            case .scored(var respondent):
                // Taken out so that the row's copy is the only one while it changes.
                piece.rows[index].outcome = .checked(id: "")
                respondent.row = row
                respondent.id = id ?? respondent.id
                piece.rows[index].outcome = .scored(respondent)
                if let record = piece.rows[index].spillRecord { piece.spill.patchRow(of: record, to: row) }
            case .excluded(var excluded):
                excluded.row = row
                piece.rows[index].outcome = .excluded(excluded)
            case .checked(let checked):
                piece.rows[index].outcome = .checked(id: id ?? checked)
            case .spilled(let spilled):
                piece.rows[index].outcome = .spilled(id: id ?? spilled)
                if let record = piece.rows[index].spillRecord { piece.spill.patchRow(of: record, to: row) }
            case .answers(let answered, let metadata, let answers):
                piece.rows[index].outcome = .answers(id: id ?? answered, metadata: metadata, answers: answers)
            }
        }
        piece.rowOffset = rows
        piece.warnings = warnings.map { ($0.line + lines + 1, $0.problem) }
        error = error?.shifted(by: lines)
    }
}
