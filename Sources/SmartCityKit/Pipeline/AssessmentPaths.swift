import Foundation

/// Where `smartcity assess` reads and writes: the answers file it owns (a CSV of one
/// respondent), the file it starts from (a responses file or workbook, read, never written),
/// and its default report folder (a folder of its own, never the answers file's).
package struct AssessmentPaths: Sendable, Equatable {
    /// The answers file the session resumes from and saves to.
    package var answers: String
    /// The responses file or workbook a new answers file starts from.
    package var startingFrom: String?

    /// The paths for the given `--answers` and `--start-from`: a workbook given as the answers
    /// file is read as the file to start from (a warning says where the answers are saved); a
    /// JSON file, which assess cannot save to, is refused; the messages say why in the words of `messages`.
    package static func resolve(questionnaireID: String, answers given: String?, startingFrom: String?,
                                messages: AssessmentMessages) -> Checked<AssessmentPaths> {
        let defaultAnswers = "Reports/\(questionnaireID)/assess/answers.csv"
        guard let given else { return Checked(AssessmentPaths(answers: defaultAnswers, startingFrom: startingFrom)) }
        let location = SourceLocation(file: given)
        if isWorkbook(given) {
            guard startingFrom == nil else {
                return .failure(.error(location, messages.workbookNeverWritten))
            }
            return Checked(AssessmentPaths(answers: defaultAnswers, startingFrom: given), [
                .warning(location, messages.workbookTakenOver(defaultAnswers, given)),
            ])
        }
        if let refusal = refusalAsAnswersFile(given, messages: messages) { return .failure(refusal) }
        return Checked(AssessmentPaths(answers: given, startingFrom: startingFrom))
    }

    /// The report folder when `--out` is not given: one per municipality beside the default answers file.
    package static func defaultReportFolder(questionnaireID: String, id: String) -> String {
        "Reports/\(questionnaireID)/assess/\(id)"
    }

    /// The refusal of a report folder named with `--out` that holds reports, without `force`:
    /// given before the dialogue, so that it is not learnt only after the last answer.
    package static func refusalOfReportFolder(_ folder: String, force: Bool, messages: AssessmentMessages) -> Diagnostic? {
        guard !force, POSIXFile.kind(of: folder).isFolder else { return nil }
        let existing = FileReportOutput.existingReports(in: folder, reportSet: .scores)
        guard let first = existing.first else { return nil }
        return .error(SourceLocation(file: first), messages.reportsExist(existing.count - 1))
    }

    /// The refusal of a file assess cannot save its answers to (a workbook or JSON file would
    /// be replaced by CSV); nil for any other.
    static func refusalAsAnswersFile(_ path: String, messages: AssessmentMessages) -> Diagnostic? {
        guard isWorkbook(path) || path.lowercased().hasSuffix(".json") else { return nil }
        return .error(SourceLocation(file: path), messages.answersAreCSV)
    }

    private static func isWorkbook(_ path: String) -> Bool {
        [".xlsx", ".xlsm"].contains { path.lowercased().hasSuffix($0) }
    }
}
