import ArgumentParsing
import Foundation
import SmartCityKit

/// `smartcity template QUESTIONNAIRE [--format csv|markdown|xlsx|xlsform|limesurvey] [--lang L] [-o FILE]`
enum TemplateCommand: SubcommandRunner {
    static let format = DefaultedOption<TemplateFormat>("format", valueName: "format", default: .csv, help: "What to write.")

    /// What `template` writes.
    enum TemplateFormat: String, OptionChoice { case csv, markdown, xlsx, xlsform, limesurvey }

    static let commandName = "template"
    static let abstract = "Write a blank responses CSV, a printable Markdown questionnaire, an Excel workbook to fill in, or a survey form."
    static let discussion: String? = """
            The workbook (--format xlsx, written with -o) has an instructions sheet and a sheet with one row per question
            (a row per option for questions with several answers), the answer cell restricted by a drop-down list of
            the allowed answers including don't know and not applicable, and cells for the municipality's id and name.
            score, validate and assess --answers read it filled in. --format xlsform writes an XLSForm (-o form.xlsx) for
            KoboToolbox, ODK, SurveyCTO and Ona; --format limesurvey LimeSurvey's tab-separated survey structure
            (form.txt, to import as a survey). Both are in the languages of --lang (several as nl,fr; default: all of the
            questionnaire's), and score reads the tool's export of them without a mapping. CSV, Markdown and the
            LimeSurvey file go to the --output file or to standard output. Existing files are kept unless --force is given.
            """

    /// What `template` reads from the command line.
    struct Arguments: CommandArguments {
        struct Declared: Declarations {
            let questionnaire = CommonArguments.questionnaire
            let format = TemplateCommand.format
            let output = OutputFileOptions.Declared()
            let language = SharedOptions.language
            let color = SharedOptions.color
        }

        var questionnairePath: String
        var format: TemplateFormat
        var output: OutputFileOptions
        var language: String?
        var color: ColorMode

        init(_ arguments: Parsed<Declared>) throws(UsageError) {
            questionnairePath = arguments.value(\.questionnaire)
            format = try arguments.value(\.format)
            output = try arguments.group(\.output)
            if format == .xlsx || format == .xlsform, output.path == nil || output.path == "-" {
                throw UsageError(CommandProblem.workbookNeedsFile, commandName: commandName)
            }
            language = try arguments.value(\.language)
            color = try arguments.value(\.color)
        }
    }

    static func run(_ arguments: Arguments, console: Console) throws(UsageError) -> ExitCode {
        let (path, format) = (arguments.questionnairePath, arguments.format)
        // What is said about the questionnaire and a form's languages is in the first one asked for, else the environment's.
        let firstRequested = arguments.language?.split(separator: ",").first.map(String.init)
        guard let questionnaire = console.questionnaire(at: path, requested: firstRequested) else { return .invalidInput }
        let isForm = format == .xlsform || format == .limesurvey
        let formLanguages = TemplateRenderer.formLanguages(
            requested: arguments.language, questionnaire: questionnaire, file: path,
            wordingLanguage: ReportLanguage.wordingLanguage(requested: firstRequested, environment: ProcessInfo.processInfo.environment))
        let language = ReportLanguage.resolve(requested: isForm ? formLanguages.codes[0] : arguments.language,
                                              environment: isForm ? [:] : ProcessInfo.processInfo.environment, questionnaire: questionnaire, file: path)
        console.report(isForm ? formLanguages.diagnostics : language.diagnostics)
        let renderer = TemplateRenderer(questionnaire: questionnaire, language: language.code)
        guard let output = try arguments.output.open(inputs: [path], messages: language.messages, wording: .forLanguage(language.code), commandName: commandName,
                                                     console: console) else { return .invalidInput }
        switch format {
        case .xlsx: output.write(bytes: renderer.workbook())
        case .xlsform: output.write(bytes: renderer.xlsForm(languages: formLanguages.codes))
        case .limesurvey: output.write(renderer.limeSurvey(languages: formLanguages.codes))
        case .markdown: output.write(renderer.markdown())
        case .csv: output.write(renderer.csv())
        }
        return OutputFileOptions.finish(output, console: console)
    }
}
