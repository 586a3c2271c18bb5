import Foundation
import ArgumentParsing
import SmartCityKit

/// `smartcity explain QUESTIONNAIRE RESPONSES --id ID [--dimension D] [--format markdown|json] [--lang L] [-o FILE]`
enum ExplainCommand: SubcommandRunner {
    static let responses = Positional("responses", help: "The responses file (CSV, JSON or .xlsx) that holds the municipality.")
    static let id = ValueOption<String>("id", valueName: "id", help: "The municipality to explain: its id in the responses file (required).")
    static let dimension = ValueOption<String>("dimension", valueName: "id", help: "Show the questions of this dimension only (the total still shows every dimension).")
    static let format = ValueOption<ExplanationFormat>(
        "format", valueName: "format", defaultValue: "markdown",
        help: "markdown (to read) or json (every contribution as an exact fraction, to re-add).")

    static let spec = CommandSpec(
        name: "explain",
        abstract: "Explain how one municipality's scores are derived, answer by answer, and what would change its type.",
        discussion: """
            Reads the responses as score does and shows, for the municipality --id: each answer, its item score,
            its weight in its factor and dimension, the weight after renormalising over the answered questions and
            the points it adds; each dimension's coverage, score, band and points of the total; the type, the exact
            distance to the bands above and below; and the fewest answer changes that reach the next type (and that
            would drop it one type), with the points each adds. The JSON form gives every value also as an exact
            fraction ("numerator/denominator") that re-adds exactly to the scores. Written to standard output, or
            to the --output file. Exit status: 0 success, 1 invalid input (also an unknown id), 64 usage error.
            """,
        positionals: [CommonArguments.questionnaire, responses],
        options: [id, dimension, format, SharedOptions.language, CommonArguments.output, CommonArguments.forceOutput]
            + ResponseOptions.reading + [SharedOptions.strict, SharedOptions.color])

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> ExitCode {
        let shared = try SharedOptions(arguments, console: console)
        guard let wanted = try arguments.value(id), !wanted.isEmpty else {
            throw UsageError("Name the municipality to explain with --id ID.", commandName: spec.name)
        }
        let format = try arguments.value(Self.format) ?? .markdown
        let questionnairePath = arguments.value(CommonArguments.questionnaire), responsesPath = arguments.value(responses)
        let loaded = QuestionnaireLoader.load(path: questionnairePath)
        console.report(loaded.diagnostics)
        guard let questionnaire = loaded.questionnaire else { return .invalidInput }
        let reading = try ResponseOptions(arguments).readingOptions(for: questionnaire, console: console)
        guard let options = reading.options else { return .invalidInput }
        let language = ReportLanguage.resolve(requested: shared.language, questionnaire: questionnaire, file: questionnairePath)
        console.report(language.diagnostics)
        let rows = RowDiagnostics(console: console, strict: shared.strict)
        let explained = ExplanationRun.explain(
            questionnaire: questionnaire, questionnaireFile: SourceFile(path: questionnairePath, sha256: loaded.sha256), responsesPath: responsesPath,
            id: wanted, dimensionID: try arguments.value(dimension), language: language.code, options: options,
            temporaryFolder: NSTemporaryDirectory(), report: rows.report)
        console.reportSuppressed()
        console.report(explained.diagnostics)
        guard let result = explained.value,
              let output = try OutputSink.open(arguments, inputs: [questionnairePath, responsesPath], commandName: spec.name, console: console)
        else { return .invalidInput }
        output.write(ExplanationRun.render(result, format: format, strings: language.strings))
        let written = OutputSink.finish(output, console: console)
        let failed = rows.failed || (loaded.diagnostics + reading.diagnostics + language.diagnostics).isFailure(strict: shared.strict)
        return written == .success && failed ? .invalidInput : written
    }
}

extension ExplanationFormat: OptionValue, OptionChoice {}
