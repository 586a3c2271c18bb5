import ArgumentParsing
import Foundation
import SmartCityKit

/// `smartcity import EXPORT [--questionnaire Q] [--from X] [--map FILE] [--format csv|json] [-o FILE]`
enum ImportCommand: SubcommandRunner {
    static let export = Positional("export", help: "The survey tool's export (CSV or .xlsx).")
    static let questionnaire = ValueOption<String>("questionnaire", short: "q", valueName: "file", help: "The questionnaire to map the export to.")
    static let format = DefaultedOption<ImportFormat>("format", valueName: "format", default: .csv, help: "The output format.")

    /// What `import` writes.
    enum ImportFormat: String, OptionChoice { case csv, json }

    static let commandName = "import"
    static let abstract = "Convert a survey-tool export to a canonical responses file you can inspect."
    static let discussion: String? = """
            With a questionnaire (--questionnaire, or the one a --map file names in Questionnaires/), columns become
            question ids and answer labels become codes, exactly as score reads them. Without, the export's header
            rows are flattened and every column is kept as it is; the question texts of an export that has them
            (Qualtrics, SurveyMonkey) are kept as a second header row in CSV, and in JSON as a "labels" object beside
            the "responses" array. CSV out, or JSON: an array of objects; to the --output file, or to standard output.
            """

    /// What `import` reads from the command line.
    struct Arguments: CommandArguments {
        struct Declared: Declarations {
            let export = ImportCommand.export
            let questionnaire = ImportCommand.questionnaire
            let reading = ResponseOptions.Declared()
            let format = ImportCommand.format
            let output = OutputFileOptions.Declared()
            let color = SharedOptions.color
        }

        var exportPath: String
        var questionnairePath: String?
        var responses: ResponseOptions
        var format: ImportFormat
        var output: OutputFileOptions
        var color: ColorMode

        init(_ arguments: Parsed<Declared>) throws(UsageError) {
            exportPath = arguments.value(\.export)
            questionnairePath = try arguments.value(\.questionnaire)
            responses = try arguments.group(\.reading)
            format = try arguments.value(\.format)
            output = try arguments.group(\.output)
            color = try arguments.value(\.color)
        }
    }

    static func run(_ arguments: Arguments, console: Console) throws(UsageError) -> ExitCode {
        let (exportPath, questionnairePath, responseOptions) = (arguments.exportPath, arguments.questionnairePath, arguments.responses)
        var questionnaire: Questionnaire?
        if let path = questionnairePath {
            guard let found = console.questionnaire(at: path) else { return .invalidInput }
            questionnaire = found
        } else if let mapPath = responseOptions.mapPath, let id = ResponseMapping.load(path: mapPath).value?.questionnaireID {
            questionnaire = QuestionnaireCatalog.entries(in: QuestionnaireCatalog.defaultFolder).compactMap(\.result.questionnaire).first { $0.id == id }
            if questionnaire == nil {
                throw UsageError(CommandProblem.questionnaireNotInCatalog(id), commandName: commandName)
            }
        }
        // `import` has no --lang: what it says about the export and its mapping is in the environment's language.
        let code = ReportLanguage.wordingLanguage(requested: nil, environment: ProcessInfo.processInfo.environment)
        let reading = responseOptions.readingOptions(for: questionnaire, console: console, wording: .forLanguage(code))
        guard var options = reading.value else { return .invalidInput }
        options.cellWording = .forLanguage(code)
        let opened = ExportTable.open(path: exportPath, questionnaire: questionnaire, options: options)
        console.report(opened.diagnostics)
        guard let table = opened.value else { return .invalidInput }

        let inputs = [exportPath] + [questionnairePath, responseOptions.mapPath].compactMap { $0 }
        guard let sink = try arguments.output.open(inputs: inputs, messages: .ofEnvironment, commandName: commandName, console: console) else { return .invalidInput }
        let json = arguments.format == .json
        var writer = CSVWriter()
        if json {
            if let labels = table.labels {
                sink.write("{\"labels\": " + JSONText.objectLine(Array(zip(table.header, labels))) + ",\n\"responses\": [")
            } else {
                sink.write("[")
            }
        } else {
            writer.row(table.header)
            if let labels = table.labels { writer.row(labels) }
            sink.write(writer.flush())
        }
        var first = true
        do {
            try table.forEachRow(report: console.reportRows) { cells in
                if json {
                    sink.write((first ? "\n  " : ",\n  ") + JSONText.objectLine(Array(zip(table.header, cells))))
                } else {
                    writer.row(cells)
                    sink.write(writer.flush())
                }
                first = false
            }
        } catch let error as SmartCityError {
            console.report(error.diagnostics)
            return .invalidInput
        } catch {
            console.report([UnreadableFile.diagnostic(for: error, path: table.path, wording: options.csvWording)])
            return .invalidInput
        }
        console.reportSuppressed(.ofEnvironment)
        if json { sink.write((first ? "]" : "\n]") + (table.labels == nil ? "\n" : "}\n")) }
        return OutputFileOptions.finish(sink, console: console)
    }
}
