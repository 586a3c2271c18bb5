import Foundation
import ArgumentParsing
import SmartCityKit

/// `smartcity assess QUESTIONNAIRE [--answers FILE] [--start-from FILE] [--id ID] [--name NAME] [--out DIR] [--force] [--lang L]`
enum AssessCommand: SubcommandRunner {
    /// The help of `assess`, in English (its other languages: `texts(inLanguage:)`).
    private static let help = AssessHelpWording.english
    static let answers = ValueOption<String>("answers", valueName: "file", help: help.answers)
    static let startFrom = ValueOption<String>("start-from", valueName: "file", help: help.startFrom)
    static let id = ValueOption<String>("id", valueName: "id", help: help.id)
    static let name = ValueOption<String>("name", valueName: "name", help: help.name)
    static let out = ValueOption<String>("out", aliases: ["output"], short: "o", valueName: "dir", help: help.out)
    static let previous = ValueOption<String>("previous", valueName: "file", help: help.previous)
    static let targets = ValueOption<String>("targets", valueName: "file", help: help.targets)

    static let commandName = "assess"
    static let abstract = help.abstract
    static let discussion: String? = help.discussion

    /// `--help` in Dutch and French; nil in English, the declarations' own.
    static func texts(inLanguage code: String) -> CommandTexts? {
        code == "en" || !AssessHelpWording.availableLanguages.contains(code) ? nil : AssessHelpWording.forLanguage(code).texts
    }

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

extension AssessHelpWording {
    /// The texts by the names the declarations give their arguments and options.
    var texts: CommandTexts {
        CommandTexts(abstract: abstract, discussion: discussion, help: [
            "questionnaire": questionnaire, "answers": answers, "start-from": startFrom, "id": id, "name": name, "out": out,
            "force": force, "previous": previous, "targets": targets, "lang": language, "color": color,
        ])
    }
}
