import Foundation
import ArgumentParsing
import SmartCityKit

/// `smartcity assess QUESTIONNAIRE [--answers FILE] [--start-from FILE] [--id ID] [--name NAME] [--out DIR] [--force] [--lang L]`
enum AssessCommand: SubcommandRunner {
    static let answers = ValueOption<String>(
        "answers", valueName: "file",
        help: "The answers file to resume and save to: a CSV of one municipality (default: Reports/<questionnaire-id>/assess/answers.csv).")
    static let startFrom = ValueOption<String>(
        "start-from", valueName: "file",
        help: "A responses file or filled-in .xlsx template to start a new answers file from: the answers of --id (or of its only respondent) are taken over; it is never written.")
    static let id = ValueOption<String>("id", valueName: "id", help: "The municipality's id (asked when the answers file does not exist).")
    static let name = ValueOption<String>("name", valueName: "name", help: "The municipality's name (asked when the answers file does not exist).")
    static let out = ValueOption<String>(
        "out", aliases: ["output"], short: "o", valueName: "dir", help: "The report folder (default: Reports/<questionnaire-id>/assess/<id>/); existing reports are kept unless --force is given.")
    static let previous = ValueOption<String>("previous", valueName: "file", help: "The previous assessment's answers: the report shows what changed since.")
    static let targets = ValueOption<String>(
        "targets", valueName: "file",
        help: "Targets per dimension (JSON, as score --targets takes them) or target answers (a responses file with this municipality's id): the report shows the gaps and a roadmap.")

    static let commandName = "assess"
    static let abstract = "Assess your municipality: answer the questionnaire in the terminal and get its report."
    static let discussion: String? = """
            Shows each question with its answer choices, numbered (scale points by their value, don't know and not
            applicable by their code). Type a number or a code and Enter; ? shows the question's help, b goes
            back, s skips, g ID goes to a question, q stops. Every answer is saved at once in the answers file
            (default: Reports/<questionnaire-id>/assess/answers.csv, a responses file of one row), so nothing is lost
            when you stop or the terminal closes; run the same command again to go on from the first unanswered
            question. Nothing is written until something is typed. An answers file that holds other respondents
            or columns is never rewritten: start from it with --start-from FILE --id ID and save to a new --answers
            file (a workbook given as --answers is read that way too). After the last question, Enter writes the
            report (summary.md and municipalities/<id>.md and .html) into a folder of its own,
            Reports/<questionnaire-id>/assess/<id>/, replacing the previous assessment's report there; with --out DIR,
            existing reports in DIR are kept unless --force is given. Answers can also be piped on standard input,
            one per line. Exit status: 0 success (also when stopped), 1 invalid input (also a row error in the
            answers, --previous or --targets file; the report is still written), 64 usage error.
            """

    /// `--help` in Dutch and French.
    static func texts(inLanguage code: String) -> CommandTexts? { AssessHelp.forLanguage(code)?.texts }

    /// What `assess` reads from the command line.
    struct Arguments: CommandArguments {
        struct Declared: Declarations {
            let questionnaire = CommonArguments.questionnaire
            let answers = AssessCommand.answers
            let startFrom = AssessCommand.startFrom
            let id = AssessCommand.id
            let name = AssessCommand.name
            let out = AssessCommand.out
            let force = CommonArguments.forceReports
            let previous = AssessCommand.previous
            let targets = AssessCommand.targets
            let language = SharedOptions.language
            let color = SharedOptions.color
        }

        var questionnairePath: String
        var answersPath: String?
        var startFrom: String?
        var id: String?
        var name: String?
        /// The report folder named with `--out`; nil for the municipality's own.
        var folder: String?
        /// The note when the folder was named with `--output`.
        var spelling: OutputPathCheck.OtherSpelling?
        var force: Bool
        var previousPaths: [String]
        var targetPath: String?
        var language: String?
        var color: ColorMode

        init(_ arguments: Parsed<Declared>) throws(UsageError) {
            folder = try OutputPathCheck.nonBlank(arguments, \.out)
            spelling = OutputPathCheck.otherSpelling(arguments, \.out)
            answersPath = try OutputPathCheck.nonBlank(arguments, \.answers)
            startFrom = try OutputPathCheck.nonBlank(arguments, \.startFrom)
            questionnairePath = arguments.value(\.questionnaire)
            (id, name, targetPath) = (try arguments.value(\.id), try arguments.value(\.name), try arguments.value(\.targets))
            if let id, !AssessmentSession.isValidID(id) {
                throw UsageError(CommandProblem.invalidID(id), commandName: commandName)
            }
            force = arguments.isSet(\.force)
            previousPaths = try arguments.values(\.previous)
            language = try arguments.value(\.language)
            color = try arguments.value(\.color)
        }
    }

    static func run(_ arguments: Arguments, console: Console) throws(UsageError) -> ExitCode {
        let (questionnairePath, givenID, givenName, targetPath) = (arguments.questionnairePath, arguments.id, arguments.name, arguments.targetPath)
        let (loaded, runLanguage) = ReportLanguage.loadQuestionnaire(path: questionnairePath, requested: arguments.language,
                                                                    environment: ProcessInfo.processInfo.environment)
        console.report(loaded.diagnostics)
        guard let questionnaire = loaded.questionnaire, let language = runLanguage else { return .invalidInput }
        console.report(language.diagnostics)
        if let spelling = arguments.spelling { console.err(spelling.note(language.messages)) }
        let messages = AssessmentMessages.forLanguage(language.code)
        let resolved = AssessmentPaths.resolve(questionnaireID: questionnaire.id, answers: arguments.answersPath, startingFrom: arguments.startFrom,
                                               messages: messages)
        console.report(resolved.diagnostics)
        guard let paths = resolved.value else { return .invalidInput }
        var targets: Targets?
        if let path = targetPath, path.lowercased().hasSuffix(".json") {
            let loaded = TargetsLoader.load(path: path, questionnaire: questionnaire, wording: .forLanguage(language.code))
            console.report(loaded.diagnostics)
            guard let value = loaded.value else { return .invalidInput }
            targets = value
        }
        if let folder = arguments.folder, let refusal = AssessmentPaths.refusalOfReportFolder(folder, force: arguments.force, messages: messages) {
            console.report([refusal])
            return .invalidInput
        }
        let opened = AssessmentSession.open(questionnaire: questionnaire, language: language.code, answersPath: paths.answers,
                                            startingFrom: paths.startingFrom, id: givenID, name: givenName)
        console.report(opened.diagnostics)
        guard let session = opened.value else { return .invalidInput }
        let words = AssessmentStrings.forLanguage(language.code)
        let outcome = session.run(width: terminalWidth(), read: { readLine(strippingNewline: true) }, write: { console.out(TerminalText.escaped($0)) })
        switch outcome {
        case .stopped:
            console.out("\n" + (session.isSaved ? words.stopped(paths.answers) : words.stoppedUnsaved) + "\n")
            return .success
        case .failed(let diagnostic):
            console.report([diagnostic])
            return .invalidInput
        case .finished:
            let given = arguments.folder
            guard let setup = try ReportRunSetup.open(
                questionnairePath: questionnairePath, loaded: loaded, questionnaire: questionnaire, reading: Checked(ReadingOptions(cellWording: .forLanguage(language.code))), language: language,
                folder: given ?? AssessmentPaths.defaultReportFolder(questionnaireID: questionnaire.id, id: session.id),
                // Its own folder is replaced as a whole; one the user names, only with --force (as score).
                force: given == nil || arguments.force, reportSet: .scores,
                inputs: [paths.answers] + (paths.startingFrom.map { [$0] } ?? []) + arguments.previousPaths + (targetPath.map { [$0] } ?? []),
                commandName: commandName, console: console)
            else { return .invalidInput }
            return writeReport(session, setup, previous: arguments.previousPaths, targets: targets,
                               targetAnswers: targetPath.flatMap { $0.lowercased().hasSuffix(".json") ? nil : $0 }, console: console)
        }
    }

    /// Scores the answers file and writes the municipality's report set (replacing the previous one),
    /// with what changed since the `previous` answers and the gaps to the targets (or target answers).
    private static func writeReport(_ session: AssessmentSession, _ setup: ReportRunSetup, previous previousPaths: [String], targets: Targets?,
                                    targetAnswers: String?, console: Console) -> ExitCode {
        let (output, folder, language) = (setup.output, setup.folder, setup.language)
        let messages = AssessmentMessages.forLanguage(language.code)
        // Row errors in any of the files make the exit status 1; the report is still written.
        let rows = RowDiagnostics(console: console, strict: false)
        let previous = setup.scoredByID(previousPaths, keeping: .scoresAndAnswers, report: rows.report, console: console)
        let targetRun = setup.scoredByID(targetAnswers.map { [$0] } ?? [], keeping: .scores, report: rows.report, console: console)
        var targets = targets
        if let targetAnswers {
            guard let target = targetRun.respondent(session.id) else {
                console.report([.error(SourceLocation(file: targetAnswers), messages.noTargetAnswers(session.id))])
                output.discard()
                return .invalidInput
            }
            targets = Targets(reaching: target.score, dimensionIDs: session.questionnaire.dimensions.map(\.id))
        }
        var settings = ScoringRun.Settings()
        settings.keepsAnswers = true
        settings.temporaryFolder = output.stagingFolder
        let run = ScoringRun(questionnaire: session.questionnaire, questionnaireFile: setup.questionnaireFile, responsePaths: [session.answersPath],
            language: language.code, options: setup.readingOptions, settings: settings)
            .score(report: rows.report)
        console.reportSuppressed(language.messages)
        guard setup.commit(console: console, {
            try ReportGeneration.render(run, formats: [.markdown, .html], strings: language.strings, output: $0, previous: previous, targets: targets)
        }) else { return .invalidInput }
        var report: String?
        try? run.forEachRespondent { report = FilePath.join(folder, RankedRespondent.reportPath(of: $0.fileName ?? $0.respondent.id, "md")) }
        guard let report else {
            console.report([.error(SourceLocation(file: session.answersPath), messages.nothingToReport)])
            return .invalidInput
        }
        console.out("\n" + AssessmentStrings.forLanguage(language.code).reportWritten(session.name, report) + "\n")
        return rows.failed ? .invalidInput : .success
    }

    /// The terminal's width in columns (80 when standard output is not a terminal).
    private static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 80
    }
}
