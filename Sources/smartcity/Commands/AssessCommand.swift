import Foundation
import ArgumentParsing
import SmartCityKit

/// `smartcity assess QUESTIONNAIRE [--answers FILE] [--id ID] [--name NAME] [--out DIR] [--lang L]`
enum AssessCommand: SubcommandRunner {
    static let answers = ValueOption<String>("answers", valueName: "file", help: "The answers file to resume and save to (CSV, or a filled-in .xlsx template).")
    static let id = ValueOption<String>("id", valueName: "id", help: "The municipality's id (asked when the answers file does not exist).")
    static let name = ValueOption<String>("name", valueName: "name", help: "The municipality's name (asked when the answers file does not exist).")
    static let out = ValueOption<String>("out", short: "o", valueName: "dir", help: "The report folder (default: the answers file's folder).")
    static let previous = ValueOption<String>("previous", valueName: "file", help: "The previous assessment's answers: the report shows what changed since.")
    static let targets = ValueOption<String>(
        "targets", valueName: "file",
        help: "Targets per dimension (JSON, as score --targets takes them) or target answers (a responses file with this municipality's id): the report shows the gaps and a roadmap.")

    static let spec = CommandSpec(
        name: "assess",
        abstract: "Assess your municipality: answer the questionnaire in the terminal and get its report.",
        discussion: """
            Shows each question with its answer choices, numbered (scale points by their value, don't know and not
            applicable by their code). Type a number or a code and Enter; ? shows the question's help, b goes
            back, s skips, g ID goes to a question, q stops. Every answer is saved at once in the answers file
            (default: Reports/<questionnaire-id>/assess/answers.csv, a responses file of one row; given a filled-in
            workbook, its answers are taken over and saved to a CSV of the same name beside it), so nothing is lost
            when you stop or the terminal closes; run the same command again to go on from the first unanswered
            question. After the last question, Enter writes the report (municipalities/<id>.md and .html beside the
            answers, replacing the previous assessment's report). Answers can also be piped on standard input,
            one per line. Exit status: 0 success (also when stopped), 1 invalid input (also a row error in the
            answers, --previous or --targets file; the report is still written), 64 usage error.
            """,
        positionals: [CommonArguments.questionnaire],
        options: [answers, id, name, out, previous, targets, SharedOptions.language, SharedOptions.color])

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> ExitCode {
        let shared = try SharedOptions(arguments, console: console)
        try OutputPathCheck.requireNonBlank(arguments, out, commandName: spec.name)
        try OutputPathCheck.requireNonBlank(arguments, answers, commandName: spec.name)
        let questionnairePath = arguments.value(CommonArguments.questionnaire)
        let (givenID, givenName, targetPath) = (try arguments.value(id), try arguments.value(name), try arguments.value(targets))
        let loaded = QuestionnaireLoader.load(path: questionnairePath)
        console.report(loaded.diagnostics)
        guard let questionnaire = loaded.questionnaire else { return .invalidInput }
        let language = ReportLanguage.resolve(requested: shared.language, questionnaire: questionnaire, file: questionnairePath)
        console.report(language.diagnostics)
        // A workbook (the template filled in) is taken over, not written: the answers go to a CSV beside it.
        let given = try arguments.value(answers) ?? "Reports/\(questionnaire.id)/assess/answers.csv"
        let isWorkbook = [".xlsx", ".xlsm"].contains { given.lowercased().hasSuffix($0) }
        let answersPath = isWorkbook ? (given as NSString).deletingPathExtension + ".csv" : given
        let folder = (answersPath as NSString).deletingLastPathComponent
        if let id = givenID, !AssessmentSession.isValidID(id) {
            throw UsageError("The value '\(id)' is invalid for '--id <id>'; use letters, digits, '-', '_' or '.' (at most 64).", commandName: spec.name)
        }
        if !folder.isEmpty, (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) == nil {
            console.report([.error(SourceLocation(file: folder), "the answers' folder cannot be created; choose another --answers")])
            return .invalidInput
        }
        var targets: Targets?
        if let path = targetPath, path.lowercased().hasSuffix(".json") {
            let loaded = TargetsLoader.load(path: path, questionnaire: questionnaire)
            console.report(loaded.diagnostics)
            guard let value = loaded.value else { return .invalidInput }
            targets = value
        }
        let targetAnswers = targetPath.flatMap { $0.lowercased().hasSuffix(".json") ? nil : $0 }
        let opened = AssessmentSession.open(questionnaire: questionnaire, language: language.code, answersPath: answersPath,
                                            startingFrom: isWorkbook ? given : nil, id: givenID, name: givenName)
        console.report(opened.diagnostics)
        guard let session = opened.value else { return .invalidInput }
        let words = AssessmentStrings.forLanguage(language.code) ?? .english
        let outcome = session.run(width: terminalWidth(), read: { readLine(strippingNewline: true) }, write: { console.out(TerminalText.escaped($0)) })
        switch outcome {
        case .stopped:
            console.out("\n" + words.stopped(answersPath) + "\n")
            return .success
        case .failed(let diagnostic):
            console.report([diagnostic])
            return .invalidInput
        case .finished:
            return writeReport(session, questionnaireFile: SourceFile(path: questionnairePath, sha256: loaded.sha256), previous: try arguments.values(previous),
                               targets: targets, targetAnswers: targetAnswers,
                               folder: try arguments.value(out) ?? (folder.isEmpty ? "." : folder), language: language, console: console)
        }
    }

    /// Scores the answers file and writes the municipality's report (replacing the previous one).
    private static func writeReport(_ session: AssessmentSession, questionnaireFile: SourceFile, previous previousPaths: [String], targets: Targets?,
                                    targetAnswers: String?, folder: String,
                                    language: ReportLanguage, console: Console) -> ExitCode {
        let opened = FileReportOutput.open(folder: folder, force: true, reportSet: .scores)
        console.report(opened.diagnostics)
        guard let output = opened.value else { return .invalidInput }
        // Row errors in any of the files make the exit status 1; the report is still written.
        let rows = RowDiagnostics(console: console, strict: false)
        /// Other answers files scored by id (previous assessments, target answers); nil after reporting errors.
        func scoredByID(_ paths: [String]) -> AssessmentsByID? {
            guard !paths.isEmpty else { return AssessmentsByID() }
            let scored = AssessmentsByID.score(questionnaire: session.questionnaire, questionnaireFile: questionnaireFile, paths: paths,
                                               language: language.code, options: ReadingOptions(), temporaryFolder: output.stagingFolder, report: rows.report)
            console.report(scored.diagnostics)
            if scored.value == nil { output.discard() }
            return scored.value
        }
        guard let previous = scoredByID(previousPaths), let targetRun = scoredByID(targetAnswers.map { [$0] } ?? []) else { return .invalidInput }
        var targets = targets
        if let targetAnswers {
            guard let target = targetRun.respondent(session.id) else {
                console.report([.error(SourceLocation(file: targetAnswers), "has no respondent with the id \"\(session.id)\"; give the target answers of this municipality")])
                output.discard()
                return .invalidInput
            }
            targets = Targets(reaching: target.score, dimensionIDs: session.questionnaire.dimensions.map(\.id))
        }
        var settings = ScoringRun.Settings()
        settings.keepsAnswers = true
        settings.temporaryFolder = output.stagingFolder
        let run = ScoringRun.score(questionnaire: session.questionnaire, questionnaireFile: questionnaireFile, responsePaths: [session.answersPath],
                                   language: language.code, options: ReadingOptions(), settings: settings, report: rows.report)
        console.reportSuppressed()
        guard ReportRunSetup.commit(output, folder: folder, console: console, {
            try ReportGeneration.render(run, formats: [.markdown, .html], strings: language.strings, output: $0, previous: previous, targets: targets)
        }) else { return .invalidInput }
        var report: String?
        try? run.forEachRespondent { report = "\(folder)/municipalities/\($0.fileName ?? $0.respondent.id).md" }
        guard let report else {
            console.report([.error(SourceLocation(file: session.answersPath), "holds no respondent to report on; answer at least the municipality's id and name")])
            return .invalidInput
        }
        console.out("\n" + (AssessmentStrings.forLanguage(language.code) ?? .english).reportWritten(session.name, report) + "\n")
        return rows.failed ? .invalidInput : .success
    }

    /// The terminal's width in columns (80 when standard output is not a terminal).
    private static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 80
    }
}
