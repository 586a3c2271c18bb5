import ArgumentParsing
import Foundation
import SmartCityKit

/// What `score`, `compare`, `stats` and `assess` set up the same way before they read responses: the
/// loaded questionnaire, the reading options, the report language, and the output folder opened
/// for their report set (never one that holds an input). `assess`, which loads the questionnaire
/// before its dialogue, sets up with `open` once the answers are in.
struct ReportRunSetup {
    let questionnairePath: String
    let loaded: Checked<LoadedQuestionnaire>
    let questionnaire: Questionnaire
    /// The reading options with the mapping file's diagnostics.
    let reading: Checked<ReadingOptions>
    let readingOptions: ReadingOptions
    let language: ReportLanguage
    let folder: String
    let output: FileReportOutput

    /// Reports every problem on the console; nil when the run cannot go on (invalid input).
    /// `defaultFolder` names the folder for a questionnaire id; `inputs` are every responses file.
    static func prepare(_ options: ReportRunOptions, inputs: [String], reportSet: ReportSet,
                        defaultFolder: (String) -> String, commandName: String, console: Console) throws(UsageError) -> ReportRunSetup? {
        let questionnairePath = options.questionnairePath
        let (loaded, resolved) = ReportLanguage.loadQuestionnaire(path: questionnairePath, requested: options.language,
                                                                  environment: ProcessInfo.processInfo.environment)
        console.report(loaded.diagnostics)
        guard let questionnaire = loaded.questionnaire, let language = resolved else { return nil }
        // The mapping file is said about in the run's language; what is said about the language follows, as before.
        var reading = options.responses.readingOptions(for: questionnaire, console: console, wording: .forLanguage(language.code))
        guard reading.value != nil else { return nil }
        console.report(language.diagnostics)
        if let spelling = options.spelling { console.err(spelling.note(language.messages)) }
        reading.value?.cellWording = .forLanguage(language.code)
        let folder = options.folder ?? defaultFolder(questionnaire.id)
        return try open(questionnairePath: questionnairePath, loaded: loaded, questionnaire: questionnaire, reading: reading,
                        language: language, folder: folder, force: options.force, reportSet: reportSet, inputs: inputs,
                        commandName: commandName, console: console)
    }

    /// The set-up of a questionnaire already loaded and read with `reading`: opens `folder` for the
    /// report set; nil after reporting why it cannot be. `inputs` are every file read besides the questionnaire.
    static func open(questionnairePath: String, loaded: Checked<LoadedQuestionnaire>, questionnaire: Questionnaire,
                     reading: Checked<ReadingOptions>, language: ReportLanguage, folder: String, force: Bool,
                     reportSet: ReportSet, inputs: [String], commandName: String, console: Console) throws(UsageError) -> ReportRunSetup? {
        guard let readingOptions = reading.value,
              let output = try openOutput(folder: folder, force: force, reportSet: reportSet, wording: .forLanguage(language.code), inputs: [questionnairePath] + inputs,
                                          commandName: commandName, console: console) else { return nil }
        return ReportRunSetup(questionnairePath: questionnairePath, loaded: loaded, questionnaire: questionnaire, reading: reading,
                              readingOptions: readingOptions, language: language, folder: folder, output: output)
    }

    /// Opens `folder` for a report set (without `force`, not over existing reports), printing
    /// its notes; nil after reporting why it cannot be. Refuses a run one of whose `inputs` is a
    /// report it would replace.
    private static func openOutput(folder: String, force: Bool, reportSet: ReportSet, wording: OutputFolderWording, inputs: [String], commandName: String,
                                   console: Console) throws(UsageError) -> FileReportOutput? {
        let opened = FileReportOutput.open(folder: folder, force: force, reportSet: reportSet, wording: wording)
        console.report(opened.diagnostics)
        guard let output = opened.value else { return nil }
        console.report(output.notes)
        if let input = output.replacedInputs(among: inputs).first {
            output.discard()
            throw UsageError(CommandProblem.inputIsReplacedReport(input), commandName: commandName)
        }
        return output
    }

    /// The questionnaire file with its digest, for the reports' footers.
    var questionnaireFile: SourceFile { SourceFile(path: questionnairePath, sha256: loaded.sha256) }

    /// Whether the set-up's own diagnostics fail the run.
    func failed(strict: Bool) -> Bool { (loaded.diagnostics + reading.diagnostics + language.diagnostics).isFailure(strict: strict) }

    /// Writes the run's files with `write` and swaps the new set in; on an error, discards it
    /// (the previous set stays) and reports where. Returns whether the set was written.
    func commit(console: Console, _ write: (ReportOutput) throws -> Void) -> Bool {
        do {
            try write(output)
            try output.finish()
            return true
        } catch {
            output.discard()
            console.report([FileReportOutput.diagnostic(for: error, folder: folder, wording: .forLanguage(language.code))])
            return false
        }
    }

    /// The value of a run's result after its diagnostics are printed; nil (the staged files
    /// discarded) when there is none.
    func value<Value>(of result: Checked<Value>, console: Console) -> Value? {
        console.reportSuppressed(language.messages)
        console.report(result.diagnostics)
        if result.value == nil { output.discard() }
        return result.value
    }

    /// Other responses files scored by id (previous assessments, target answers), read as the
    /// responses are, keeping per id what `keeping` says (the suppressed diagnostics then summarised).
    func scoredByID(_ paths: [String], keeping: AssessmentsByID.Keeping, report: ([Diagnostic]) -> Void, console: Console) -> AssessmentsByID {
        guard !paths.isEmpty else { return AssessmentsByID() }
        let store = AssessmentsByID.score(questionnaire: questionnaire, paths: paths, options: readingOptions, keeping: keeping, report: report)
        console.reportSuppressed(language.messages)
        return store
    }
}

/// Prints the diagnostics of the rows as they are read and remembers whether any fails the run.
final class RowDiagnostics {
    private(set) var failed = false
    private let console: Console
    private let strict: Bool

    init(console: Console, strict: Bool) {
        self.console = console
        self.strict = strict
    }

    func report(_ diagnostics: [Diagnostic]) {
        failed = failed || diagnostics.isFailure(strict: strict)
        console.reportRows(diagnostics)
    }
}
