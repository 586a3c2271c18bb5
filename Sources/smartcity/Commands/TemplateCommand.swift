import ArgumentParsing
import SmartCityKit

/// `smartcity template QUESTIONNAIRE [--format csv|markdown] [--lang L]`
enum TemplateCommand: SubcommandRunner {
    static let spec = CommandSpec(
        name: "template",
        abstract: "Print a blank responses CSV or a printable Markdown questionnaire.",
        positionals: [PositionalSpec("questionnaire", help: "The questionnaire file (JSON).")],
        options: [
            .value("format", valueName: "format", defaultValue: "csv", allowed: ["csv", "markdown"], help: "What to print."),
            SharedOptions.languageSpec, SharedOptions.colorSpec,
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> ExitCode {
        let shared = SharedOptions(arguments, console: console)
        let path = arguments.positional("questionnaire")[0]
        let loaded = QuestionnaireLoader.load(path: path)
        console.report(loaded.diagnostics.filter { $0.severity == .error })
        guard let questionnaire = loaded.questionnaire else { return .invalidInput }
        let language = ReportLanguage.resolve(requested: shared.language, questionnaire: questionnaire, file: path)
        console.report(language.diagnostics)
        let renderer = TemplateRenderer(questionnaire: questionnaire, language: language.code)
        console.out(arguments.value("format") == "markdown" ? renderer.markdown() : renderer.csv())
        return .success
    }
}
