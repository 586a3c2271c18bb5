/// A respondent's full results with its place in the cohort, as the renderers receive them.
package struct RankedRespondent: Sendable {
    package var respondent: ScoredRespondent
    /// The name column's value, else the id.
    package var name: String
    /// Competition rank of the exact total; nil without a total.
    var rank: Int?
    /// The per-respondent report's file name (without `.md`): a slug of the id, unique in the
    /// run; nil when no format writes per-respondent files.
    package var fileName: String?
    /// The position among the scored respondents, in input order (0 for the first).
    var sequence: Int
    /// The same respondent in the previous assessment (`--previous`), when given and found.
    var previous: EarlierAssessment? = nil
    /// The respondent's own targets (from a target answers file), when given and found.
    var targets: Targets? = nil

    /// The folder of the per-respondent reports, inside the report folder.
    static let reportFolder = "municipalities"

    /// A per-respondent report's path relative to the report folder: `municipalities/<fileName>.<fileExtension>`.
    package static func reportPath(of fileName: String, _ fileExtension: String) -> String {
        FilePath.join(reportFolder, "\(fileName).\(fileExtension)")
    }
}
