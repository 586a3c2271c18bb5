import ArgumentParsing
import SmartCityKit

/// `smartcity template QUESTIONNAIRE [--format csv|markdown|xlsx] [--lang L] [-o FILE]`
enum TemplateCommand: SubcommandRunner {
    static let format = ValueOption<TemplateFormat>("format", valueName: "format", defaultValue: "csv", help: "What to write.")

    /// What `template` writes.
    enum TemplateFormat: String, OptionChoice { case csv, markdown, xlsx }

    static let spec = CommandSpec(
        name: "template",
        abstract: "Write a blank responses CSV, a printable Markdown questionnaire, or an Excel workbook to fill in.",
        discussion: """
            The workbook (--format xlsx, written with -o) has an instructions sheet and a sheet with one row per question
            (a row per option for questions with several answers), the answer cell restricted by a drop-down list of
            the allowed answers including don't know and not applicable, and cells for the municipality's id and name.
            score, validate and assess --answers read it filled in. CSV and Markdown go to the --output file or to
            standard output. Existing files are kept unless --force is given.
            """,
        positionals: [CommonArguments.questionnaire],
        options: [format, CommonArguments.output, CommonArguments.forceOutput, SharedOptions.language, SharedOptions.color])

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> ExitCode {
        let shared = try SharedOptions(arguments, console: console)
        let path = arguments.value(CommonArguments.questionnaire)
        let loaded = QuestionnaireLoader.load(path: path)
        console.report(loaded.diagnostics.filter { $0.severity == .error })
        guard let questionnaire = loaded.questionnaire else { return .invalidInput }
        let language = ReportLanguage.resolve(requested: shared.language, questionnaire: questionnaire, file: path)
        console.report(language.diagnostics)
        let renderer = TemplateRenderer(questionnaire: questionnaire, language: language.code)
        let format = try arguments.value(Self.format) ?? .csv
        let outputPath = try arguments.value(CommonArguments.output)
        if format == .xlsx, outputPath == nil || outputPath == "-" {
            throw UsageError("A workbook is not text: name the file to write with -o, for instance -o questionnaire.xlsx.", commandName: spec.name)
        }
        guard let output = try OutputSink.open(arguments, inputs: [path], commandName: spec.name, console: console) else { return .invalidInput }
        switch format {
        case .xlsx: output.write(bytes: renderer.workbook())
        case .markdown: output.write(renderer.markdown())
        case .csv: output.write(renderer.csv())
        }
        return OutputSink.finish(output, console: console)
    }
}
