/// One record's outcome in a piece, with its problems; rows and lines are counted from
/// the piece's start until the piece is shifted into place.
struct PieceRow {
    enum Outcome {
        /// Scored and kept whole (boxed: a respondent is large, and most rows are `spilled`,
        /// which keeps a piece's rows small).
        indirect case scored(ScoredRespondent)
        /// Scored, counted in its piece's cohort and kept only as its spill record.
        case spilled(id: String)
        case excluded(ExcludedRow)
        /// Read and checked, not scored (`validate`).
        case checked(id: String)
        /// Read into typed answers, not scored (`import`).
        case answers(id: String, metadata: [String], answers: [Answer])
    }

    var outcome: Outcome
    var row: Int
    var line: Int
    var problems: [RecordProblem]
    /// A scored row's spill record in its piece's `spill`.
    var spillRecord: SpillRecordRange?
    /// A scored row's rows of `scores-long.csv` in its piece's `longRows`, when they are written as scored.
    var longRows: Range<Int>?
    /// A scored row's `scores.csv` row in its piece's `scoresRows`, when the run keeps rows instead of respondents.
    var scoresRow: Range<Int>?

    /// The respondent id of a row that was read.
    var respondentID: String? {
        switch outcome {
        case .scored(let respondent): respondent.id
        case .spilled(let id), .checked(let id), .answers(let id, _, _): id
        case .excluded: nil
        }
    }

    /// Leaves the row out when its id was seen before, in this file or an earlier one of
    /// `files`; returns whether it did. An id that differs from an earlier one only in
    /// letter case or Unicode normalisation is kept, with a warning (in `wording`).
    mutating func excludeIfDuplicate(ids: inout RespondentIDTable, files: [String], fileIndex: Int, idColumn: String, wording: ResponseFileWording) -> Bool {
        guard let id = respondentID else { return false }
        switch ids.insert(id, file: fileIndex, row: row) {
        case .new:
            return false
        case .twin(let other, let file, let firstRow):
            // Swift compares strings by canonical equivalence: equal ones differ only in their encoding.
            let message = wording.twin(id, other, file == fileIndex ? nil : files[file], firstRow, id == other)
            problems.append(RecordProblem(severity: .warning, column: idColumn, message: message))
            return false
        case .duplicate(let file, let firstRow):
            let firstFile = files[file]
            let message = file == fileIndex ? wording.duplicateID(id, firstRow) : wording.duplicateAcrossFiles(id, firstFile, firstRow)
            problems.append(RecordProblem(severity: .error, column: idColumn, message: message))
            outcome = .excluded(ExcludedRow(row: row, respondentID: id, reason: .duplicateID(file: firstFile, row: firstRow)))
            return true
        }
    }

    /// Whether `diagnostics` has something to say (checked without copying the row).
    var hasDiagnostics: Bool {
        if !problems.isEmpty { return true }
        if case .excluded(let excluded) = outcome, case .wrongFieldCount = excluded.reason { return true }
        return false
    }

    /// The diagnostics of the row, located in `file` (a wrong number of fields worded in `wording`).
    func diagnostics(file: String, wording: CSVWording) -> [Diagnostic] {
        var found = problems.map { problem in
            Diagnostic(problem.severity, problem.column.map { SourceLocation(file: file, row: row, column: $0) } ?? SourceLocation(file: file, position: .row(row)), problem.message)
        }
        if case .excluded(let excluded) = outcome, case .wrongFieldCount(let count, let expected) = excluded.reason {
            found.append(.error(SourceLocation(file: file, position: .row(row)), wording.wrongFieldCount(row, line, count, expected)))
        }
        return found
    }
}
