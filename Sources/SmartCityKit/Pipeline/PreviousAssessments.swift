/// The respondents of a previous assessment by id (`--previous FILE`), scored with their
/// answers, so that each report can show what changed since.
public struct PreviousAssessments: Sendable {
    private var byID: [String: ScoredRespondent] = [:]
    /// The previous file, with its SHA-256.
    public private(set) var files: [SourceFile] = []

    public init() {}

    /// Scores the previous responses files; diagnostics of reading go to `report`.
    public static func score(questionnaire: Questionnaire, questionnaireFile: SourceFile, paths: [String], language: String,
                             options: ReadingOptions, temporaryFolder: String, report: ([Diagnostic]) -> Void) -> Checked<PreviousAssessments> {
        var settings = ScoringRun.Settings()
        settings.keepsAnswers = true
        settings.temporaryFolder = temporaryFolder
        let run = ScoringRun.score(questionnaire: questionnaire, questionnaireFile: questionnaireFile, responsePaths: paths,
                                   language: language, options: options, settings: settings, report: report)
        var previous = PreviousAssessments()
        previous.files = run.summary.responseFiles
        do {
            try run.forEachRespondent(namingFiles: false) { previous.byID[$0.respondent.id] = $0.respondent }
        } catch let diagnostic as Diagnostic {
            return .failure(diagnostic)
        } catch {
            return .failure(.error(SourceLocation(file: temporaryFolder), "\(error)"))
        }
        return Checked(previous)
    }

    /// The previous assessment of a respondent.
    func respondent(_ id: String) -> ScoredRespondent? { byID[id] }

    public var count: Int { byID.count }
}
