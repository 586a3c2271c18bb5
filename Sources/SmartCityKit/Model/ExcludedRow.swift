/// A row that could not be scored, and why; reports list these.
package struct ExcludedRow: Sendable, Equatable {
    /// Why a row was left out; reports word it in their language.
    enum Reason: Sendable, Equatable {
        case wrongFieldCount(found: Int, expected: Int)
        case missingID
        /// The id was already used, on `row` of `file`.
        case duplicateID(file: String, row: Int)
        /// The file could not be read from here on.
        case unreadable

        /// The reason with the file it names shown another way (a report shows file names, not paths).
        func naming(_ show: (String) -> String) -> Reason {
            guard case .duplicateID(let file, let row) = self else { return self }
            return .duplicateID(file: show(file), row: row)
        }
    }

    package var row: Int
    var respondentID: String?
    var reason: Reason

    init(row: Int, respondentID: String?, reason: Reason) {
        self.row = row
        self.respondentID = respondentID
        self.reason = reason
    }
}
