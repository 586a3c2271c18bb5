/// The respondents of other responses files by id, scored with their answers: a previous
/// assessment (`--previous FILE`), so that each report shows what changed since, or target
/// answers (`--targets FILE`), whose scores become each respondent's targets.
public struct AssessmentsByID: Sendable {
    private var byID: [String: ScoredRespondent] = [:]
    /// The files, with their SHA-256.
    public private(set) var files: [SourceFile] = []

    public init() {}

    /// Scores the responses files; diagnostics of reading go to `report`.
    public static func score(questionnaire: Questionnaire, questionnaireFile: SourceFile, paths: [String], language: String,
                             options: ReadingOptions, temporaryFolder: String, report: ([Diagnostic]) -> Void) -> Checked<AssessmentsByID> {
        var settings = ScoringRun.Settings()
        settings.keepsAnswers = true
        settings.temporaryFolder = temporaryFolder
        let run = ScoringRun.score(questionnaire: questionnaire, questionnaireFile: questionnaireFile, responsePaths: paths,
                                   language: language, options: options, settings: settings, report: report)
        var previous = AssessmentsByID()
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

    /// The respondent with this id in the files.
    public func respondent(_ id: String) -> ScoredRespondent? { byID[id] }

    public var count: Int { byID.count }
}
