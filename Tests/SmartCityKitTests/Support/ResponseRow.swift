@testable import SmartCityKit

/// One respondent's row, with its answers aligned to the questionnaire's questions (how
/// `Fixtures.readResponses` hands out the rows it read).
struct ResponseRow: Sendable {
    /// The row number as a spreadsheet shows it (the header is row 1).
    var row: Int
    var respondentID: String
    /// Values of the metadata columns, aligned with the reading plan's metadata names.
    var metadata: [String]
    var answers: [Answer]
}
