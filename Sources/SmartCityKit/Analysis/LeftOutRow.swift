/// A row of the responses files that the statistics do not count, and why: a row that could
/// not be scored (`ExcludedRow`) or a response scored but incomplete (`IncompleteReason`: not
/// submitted, unfinished, below the questionnaire's minimum coverage).
package struct LeftOutRow: Sendable, Equatable {
    enum Reason: Sendable, Equatable {
        case excluded(ExcludedRow.Reason)
        case incomplete(IncompleteReason)

        /// The reason as an id for programs (CSV, JSON).
        var code: String {
            switch self {
            case .excluded(.wrongFieldCount): "wrong-field-count"
            case .excluded(.missingID): "missing-id"
            case .excluded(.duplicateID): "duplicate-id"
            case .excluded(.unreadable): "unreadable"
            case .incomplete(.notSubmitted): "not-submitted"
            case .incomplete(.notFinished): "not-finished"
            case .incomplete(.partialProgress): "partial-progress"
            case .incomplete(.lowCoverage): "below-coverage"
            }
        }
    }

    /// The file's path, the row (1-based, as diagnostics name it) and the respondent's id when known.
    var file: String
    var row: Int
    var respondentID: String?
    var reason: Reason

    /// The rows left out, ordered by file (in the order of `files`) and row.
    static func ordered(excluded: [ExcludedEntry], incomplete: [LeftOutRow], files: [String]) -> [LeftOutRow] {
        let rows = excluded.map { LeftOutRow(file: $0.file, row: $0.row.row, respondentID: $0.row.respondentID, reason: .excluded($0.row.reason)) } + incomplete
        let order = Dictionary(files.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return rows.enumerated().sorted { ((order[$0.element.file] ?? files.count), $0.element.row, $0.offset) < ((order[$1.element.file] ?? files.count), $1.element.row, $1.offset) }
            .map(\.element)
    }
}
