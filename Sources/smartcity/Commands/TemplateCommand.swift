import ArgumentParsing
import SmartCityKit

/// `smartcity template QUESTIONNAIRE [--format csv|markdown|xlsx] [--lang L] [-o FILE]`
enum TemplateCommand: SubcommandRunner {
    static let spec = CommandSpec(
        name: "template",
        abstract: "Write a blank responses CSV, a printable Markdown questionnaire, or an Excel workbook to fill in.",
        discussion: """
            The workbook (--format xlsx, written with -o) has an instructions sheet and a sheet with one row per question
            (a row per option for questions with several answers), the answer cell restricted by a drop-down list of
            the allowed answers including don't know and not applicable, and cells for the municipality's id and name.
            score, validate and assess --answers read it filled in. Existing files are kept unless --force is given.
            """,
        positionals: [PositionalSpec("questionnaire", help: "The questionnaire file (JSON).")],
        options: [
            .value("format", valueName: "format", defaultValue: "csv", allowed: ["csv", "markdown", "xlsx"], help: "What to write."),
            .value("output", short: "o", valueName: "file", help: "Write to this file instead of standard output (needed for xlsx)."),
            .flag("force", short: "f", help: "Overwrite the output file."),
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
        let format = arguments.value("format") ?? "csv"
        let outputPath = arguments.value("output")
        if format == "xlsx", outputPath == nil || outputPath == "-" {
            throw UsageError("A workbook is not text: name the file to write with -o, for instance -o questionnaire.xlsx.", commandName: spec.name)
        }
        let opened = TextOutput.open(path: outputPath, force: arguments.flag("force"))
        guard let output = opened.value else {
            console.report(opened.diagnostics)
            return .invalidInput
        }
        switch format {
        case "xlsx": output.write(bytes: renderer.workbook())
        case "markdown": output.write(renderer.markdown())
        default: output.write(renderer.csv())
        }
        if let failure = output.finish() {
            console.report([failure])
            return .invalidInput
        }
        return .success
    }
}
