import Foundation
import ArgumentParsing
import SmartCityKit

/// `smartcity explain QUESTIONNAIRE RESPONSES --id ID [--dimension D] [--format markdown|json] [--lang L] [-o FILE]`
enum ExplainCommand: SubcommandRunner {
    static let responses = Positional("responses", help: "The responses file (CSV, JSON or .xlsx) that holds the municipality.")
    static let id = ValueOption<String>("id", valueName: "id", help: "The municipality to explain: its id in the responses file (required).")
    static let dimension = ValueOption<String>("dimension", valueName: "id", help: "Show the questions of this dimension only (the total still shows every dimension).")
    static let format = DefaultedOption<ExplanationFormat>(
        "format", valueName: "format", default: .markdown,
        help: "markdown (to read) or json (every contribution as an exact fraction, to re-add).")

    static let commandName = "explain"
    static let abstract = "Explain how one municipality's scores are derived, answer by answer, and what would change its type."
    static let discussion: String? = """
            Reads the responses as score does and shows, for the municipality --id: each answer, its item score,
            its weight in its factor and dimension, the weight after renormalising over the answered questions and
            the points it adds; each dimension's coverage, score, band and points of the total; the type, the exact
            distance to the bands above and below; and the fewest answer changes that reach the next type (and that
            would drop it one type), with the points each adds. The JSON form gives every value also as an exact
            fraction ("numerator/denominator") that re-adds exactly to the scores. Written to standard output, or
            to the --output file. Exit status: 0 success, 1 invalid input (also an unknown id), 64 usage error.
            """

    /// What `explain` reads from the command line.
    struct Arguments: CommandArguments {
        struct Declared: Declarations {
            let questionnaire = CommonArguments.questionnaire
            let responses = ExplainCommand.responses
            let id = ExplainCommand.id
            let dimension = ExplainCommand.dimension
            let format = ExplainCommand.format
            let language = SharedOptions.language
            let output = OutputFileOptions.Declared()
            let reading = ResponseOptions.Declared()
            let strict = SharedOptions.strict
            let color = SharedOptions.color
        }

        var questionnairePath: String
        var responsesPath: String
        var id: String
        var dimension: String?
        var format: ExplanationFormat
        var language: String?
        var output: OutputFileOptions
        var responses: ResponseOptions
        var strict: Bool
        var color: ColorMode

        init(_ arguments: Parsed<Declared>) throws(UsageError) {
            questionnairePath = arguments.value(\.questionnaire)
            responsesPath = arguments.value(\.responses)
            let wanted = try arguments.value(\.id) ?? ""
            dimension = try arguments.value(\.dimension)
            format = try arguments.value(\.format)
            language = try arguments.value(\.language)
            output = try arguments.group(\.output)
            responses = try arguments.group(\.reading)
            strict = arguments.isSet(\.strict)
            color = try arguments.value(\.color)
            guard !wanted.isEmpty else { throw UsageError(CommandProblem.explainNeedsID, commandName: commandName) }
            id = wanted
        }
    }

    static func run(_ arguments: Arguments, console: Console) throws(UsageError) -> ExitCode {
        let (questionnairePath, responsesPath) = (arguments.questionnairePath, arguments.responsesPath)
        let (loaded, resolved) = ReportLanguage.loadQuestionnaire(path: questionnairePath, requested: arguments.language,
                                                                  environment: ProcessInfo.processInfo.environment)
        console.report(loaded.diagnostics)
        guard let questionnaire = loaded.questionnaire, let language = resolved else { return .invalidInput }
        // The mapping file is said about in the run's language; what is said about the language follows, as before.
        let reading = arguments.responses.readingOptions(for: questionnaire, console: console, wording: .forLanguage(language.code))
        guard var options = reading.value else { return .invalidInput }
        console.report(language.diagnostics)
        options.cellWording = .forLanguage(language.code)
        let rows = RowDiagnostics(console: console, strict: arguments.strict)
        let explained = ExplanationRun.explain(
            questionnaire: questionnaire, questionnaireFile: SourceFile(path: questionnairePath, sha256: loaded.sha256), responsesPath: responsesPath,
            id: arguments.id, dimensionID: arguments.dimension, language: language.code, options: options,
            temporaryFolder: NSTemporaryDirectory(), report: rows.report)
        console.reportSuppressed(language.messages)
        console.report(explained.diagnostics)
        guard let result = explained.value,
              let output = try arguments.output.open(inputs: [questionnairePath, responsesPath], messages: language.messages,
                                                   wording: .forLanguage(language.code), commandName: commandName, console: console)
        else { return .invalidInput }
        output.write(ExplanationRun.render(result, format: arguments.format, strings: language.strings))
        let written = OutputFileOptions.finish(output, console: console)
        let failed = rows.failed || (loaded.diagnostics + reading.diagnostics + language.diagnostics).isFailure(strict: arguments.strict)
        return written == .success && failed ? .invalidInput : written
    }
}

extension ExplanationFormat: OptionValue, OptionChoice {}
