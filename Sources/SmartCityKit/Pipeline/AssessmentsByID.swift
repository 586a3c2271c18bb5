/// The respondents of other responses files by id, scored with their answers: a previous
/// assessment (`--previous FILE`), so that each report shows what changed since, or target
/// answers (`--targets FILE`), whose scores become each respondent's targets. Only what the
/// reports use is kept per id (`EarlierAssessment`): the scores, and the answers of a previous one.
package struct AssessmentsByID: Sendable {
    private var byID: [String: EarlierAssessment] = [:]
    /// The files, with their SHA-256.
    private(set) var files: [SourceFile] = []

    package init() {}

    /// Scores the responses files, keeping each respondent's answers when `keepsAnswers` (a
    /// previous assessment's, whose changed answers the reports list); diagnostics of reading go to `report`.
    package static func score(questionnaire: Questionnaire, questionnaireFile: SourceFile, paths: [String], language: String,
                             options: ReadingOptions, temporaryFolder: String, keepsAnswers: Bool = true,
                             report: ([Diagnostic]) -> Void) -> Checked<AssessmentsByID> {
        var settings = ScoringRun.Settings()
        settings.keepsAnswers = keepsAnswers
        settings.temporaryFolder = temporaryFolder
        let run = ScoringRun(questionnaire: questionnaire, questionnaireFile: questionnaireFile, responsePaths: paths,
            language: language, options: options, settings: settings)
            .score(report: report)
        var previous = AssessmentsByID()
        previous.files = run.summary.responseFiles
        do throws(SmartCityError) {
            // The descriptive answers are among the details.
            try run.forEachBatch(details: keepsAnswers) { batch in
                for ranked in batch {
                    previous.byID[ranked.respondent.id] = EarlierAssessment(ranked.respondent, questionnaire: questionnaire, keepsAnswers: keepsAnswers)
                }
            }
        } catch {
            return Checked(error)
        }
        return Checked(previous)
    }

    /// The respondent with this id in the files.
    package func respondent(_ id: String) -> EarlierAssessment? { byID[id] }

    var count: Int { byID.count }
}
