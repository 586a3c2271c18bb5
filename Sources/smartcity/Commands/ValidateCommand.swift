import ArgumentParsing
import SmartCityKit

/// `smartcity validate QUESTIONNAIRE [RESPONSES...]`
enum ValidateCommand: SubcommandRunner {
    static let spec = CommandSpec(
        name: "validate",
        abstract: "Check questionnaires, and responses files against the questionnaire before them.",
        discussion: """
            Each .json file whose top level has a "format" member is a questionnaire; every other file is a
            responses file, checked against the questionnaire named before it. Problems are printed as
            path:line:col: severity: message. Exit status: 0 valid, 1 invalid, 64 usage error.
            """,
        positionals: [PositionalSpec("file", help: "Questionnaire files, each optionally followed by responses files.", arity: .oneOrMore)],
        options: ResponseOptions.specs + [SharedOptions.strictSpec, SharedOptions.colorSpec])

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> ExitCode {
        let shared = SharedOptions(arguments, console: console)
        let responseOptions = ResponseOptions(arguments)
        var failed = false
        var current: Questionnaire?
        var summary = ""
        for path in arguments.positional("file") {
            let diagnostics: [Diagnostic]
            if QuestionnaireSniffer.looksLikeQuestionnaire(path: path) {
                let result = QuestionnaireLoader.load(path: path)
                current = result.questionnaire
                diagnostics = result.diagnostics
            } else {
                guard let questionnaire = current else {
                    if current == nil && !failed {
                        throw UsageError("'\(path)' is not a questionnaire; name a questionnaire before its responses files.", commandName: spec.name)
                    }
                    summary += "\(path): skipped (its questionnaire is invalid)\n"
                    continue
                }
                diagnostics = ResponseChecker.check(path: path, questionnaire: questionnaire, options: responseOptions.readingOptions).diagnostics
            }
            console.report(diagnostics)
            let fileFailed = diagnostics.isFailure(strict: shared.strict)
            failed = failed || fileFailed
            summary += "\(path): \(fileFailed ? "invalid" : "valid")\(describe(diagnostics.counts))\n"
        }
        console.out(summary)
        return failed ? .invalidInput : .success
    }

    private static func describe(_ counts: (errors: Int, warnings: Int)) -> String {
        var parts: [String] = []
        if counts.errors > 0 { parts.append(counts.errors == 1 ? "1 error" : "\(counts.errors) errors") }
        if counts.warnings > 0 { parts.append(counts.warnings == 1 ? "1 warning" : "\(counts.warnings) warnings") }
        return parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))"
    }
}
