import ArgumentParsing
import Foundation
import SmartCityKit

/// `smartcity validate QUESTIONNAIRE [RESPONSES...]`
enum ValidateCommand: SubcommandRunner {
    static let files = Positional("file", help: "Questionnaire files, each optionally followed by responses files.", arity: .oneOrMore)

    static let commandName = "validate"
    static let abstract = "Check questionnaires, and responses files against the questionnaire before them."
    static let discussion: String? = """
            Each .json file whose top level has a "format" member is a questionnaire; every other file is a
            responses file, checked against the questionnaire named before it. Problems are printed as
            path:line:col: severity: message. The verdict of each file (path: valid) is in the language of --lang,
            else of the environment (LC_ALL, LC_MESSAGES, LANG), else English. Exit status: 0 valid, 1 invalid, 64 usage error.
            """

    /// What `validate` reads from the command line.
    struct Arguments: CommandArguments {
        struct Declared: Declarations {
            let files = ValidateCommand.files
            let reading = ResponseOptions.Declared()
            let strict = SharedOptions.strict
            let language = SharedOptions.language
            let color = SharedOptions.color
        }

        var files: [String]
        var responses: ResponseOptions
        var strict: Bool
        var language: String?
        var color: ColorMode

        init(_ arguments: Parsed<Declared>) throws(UsageError) {
            files = arguments.values(\.files)
            responses = try arguments.group(\.reading)
            strict = arguments.isSet(\.strict)
            language = try arguments.value(\.language)
            color = try arguments.value(\.color)
        }
    }

    static func run(_ arguments: Arguments, console: Console) throws(UsageError) -> ExitCode {
        let (files, responseOptions, strict) = (arguments.files, arguments.responses, arguments.strict)
        guard let first = files.first, QuestionnaireSniffer.looksLikeQuestionnaire(path: first) else {
            throw UsageError(CommandProblem.notAQuestionnaire(files.first ?? ""), commandName: commandName)
        }
        let code = ReportLanguage.wordingLanguage(requested: arguments.language, environment: ProcessInfo.processInfo.environment)
        let words = MessageStrings.forLanguage(code)
        var failed = false
        var current: (questionnaire: Questionnaire, options: ReadingOptions)?
        var summary = ""
        for path in files {
            var errors = 0, warnings = 0, fileFailed = false
            let count = { (diagnostics: [Diagnostic]) in
                let counts = diagnostics.counts
                errors += counts.errors
                warnings += counts.warnings
                fileFailed = fileFailed || diagnostics.isFailure(strict: strict)
            }
            if QuestionnaireSniffer.looksLikeQuestionnaire(path: path) {
                let result = QuestionnaireLoader.load(path: path, wording: .forLanguage(code))
                count(result.diagnostics)
                console.report(result.diagnostics)
                current = nil
                if let questionnaire = result.questionnaire {
                    var reading = responseOptions.readingOptions(for: questionnaire, console: console, wording: .forLanguage(code))
                    reading.value?.cellWording = .forLanguage(code)
                    failed = failed || reading.value == nil
                    current = reading.value.map { (questionnaire, $0) }
                }
            } else {
                guard let (questionnaire, options) = current else {
                    summary += words.skipped(path) + "\n"
                    continue
                }
                ResponseChecker.check(path: path, questionnaire: questionnaire, options: options) { diagnostics in
                    count(diagnostics)
                    console.reportRows(diagnostics)
                }
                console.reportSuppressed(words)
            }
            failed = failed || fileFailed
            summary += words.verdict(path, !fileFailed, errors, warnings) + "\n"
        }
        console.out(TerminalText.escaped(summary))
        return failed ? .invalidInput : .success
    }
}
