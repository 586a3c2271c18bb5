/// A respondent scored but kept out of the ranking and the cohort statistics, and why.
package struct IncompleteEntry: Sendable, Equatable {
    package var id: String
    package var name: String
    var file: String
    package var row: Int
    var reason: IncompleteReason
}

/// A row left out of scoring, with its file.
package struct ExcludedEntry: Sendable, Equatable {
    var file: String
    package var row: ExcludedRow
}

/// How many respondents fall in a band, beside the published reference share.
struct BandCount: Sendable, Equatable {
    var bandID: String
    var count: Int
    /// Share of the respondents with a total score (0-1), exactly.
    var exactShare: Fraction
    var referenceShare: Double?

    var share: Double { exactShare.doubleValue }
}
