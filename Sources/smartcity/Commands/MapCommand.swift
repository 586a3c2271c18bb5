import ArgumentParsing
import Foundation
import SmartCityKit

/// `smartcity map QUESTIONNAIRE EXPORT [--from X] [-o FILE]`
enum MapCommand: SubcommandRunner {
    static let export = Positional("export", help: "The survey tool's export (CSV).")
    static let existing = ValueOption<String>("map", valueName: "file", help: "An existing mapping file to start from (kept as decided; only what is open is drafted).")

    static let commandName = "map"
    static let abstract = "Draft a mapping file from a survey-tool export to a questionnaire."
    static let discussion: String? = """
            Matches every export column to a question by its code or text, and every answer label to an option
            code, in any of the questionnaire's languages. Value maps of numbered answers (the scale points
            numbered from 1, yes/no as 1/2) and non-answer codes written in many questions (WN, NVT, N/A, -99, ...)
            are inferred from the cells, listed under "review" with the evidence and named on standard error:
            check them. Prints the draft as JSON; what could not be mapped is listed under "unmapped" with the
            reason. Writes it to the --output file, or to standard output. Review it,
            then pass it to score, validate or import with --map.
            With --map, the draft starts from that mapping: every decision in it is kept, only what is still
            open is drafted, and a note says what was added.
            """

    /// What `map` reads from the command line.
    struct Arguments: CommandArguments {
        /// How to read the export as `ResponseOptions` reads it, with `--map` as the existing mapping.
        struct Declared: ResponseFormatDeclarations {
            let questionnaire = CommonArguments.questionnaire
            let export = MapCommand.export
            let from = ResponseOptions.from
            let idColumn = ResponseOptions.idColumn
            let map = MapCommand.existing
            let output = OutputFileOptions.Declared()
            let color = SharedOptions.color
        }

        var questionnairePath: String
        var exportPath: String
        /// How to read the export; its mapping is the existing one (`--map`).
        var responses: ResponseOptions
        var output: OutputFileOptions
        var color: ColorMode

        init(_ arguments: Parsed<Declared>) throws(UsageError) {
            questionnairePath = arguments.value(\.questionnaire)
            exportPath = arguments.value(\.export)
            responses = try ResponseOptions(format: arguments)
            output = try arguments.group(\.output)
            color = try arguments.value(\.color)
        }
    }

    static func run(_ arguments: Arguments, console: Console) throws(UsageError) -> ExitCode {
        let (questionnairePath, exportPath, responseOptions) = (arguments.questionnairePath, arguments.exportPath, arguments.responses)
        guard let questionnaire = console.questionnaire(at: questionnairePath) else { return .invalidInput }
        // `map` has no --lang: what it says about the export and the mapping it starts from is in the environment's language.
        let code = ReportLanguage.wordingLanguage(requested: nil, environment: ProcessInfo.processInfo.environment)
        guard var options = responseOptions.readingOptions(for: questionnaire, console: console, wording: .forLanguage(code)).value else { return .invalidInput }
        options.cellWording = .forLanguage(code)
        let draft = MappingDraft.draft(path: exportPath, questionnaire: questionnaire, options: options,
                                       existingFile: responseOptions.mapPath)
        console.report(draft.diagnostics)
        guard let json = draft.value else { return .invalidInput }
        // The mapping drafted from (--map) may be the output: it has been read whole, and the draft
        // replaces it whole (with --force), as `map --map mapping.json -o mapping.json --force` asks.
        let inputs = [questionnairePath, exportPath]
        guard let sink = try arguments.output.open(inputs: inputs, messages: .ofEnvironment, commandName: commandName, console: console) else { return .invalidInput }
        sink.write(json)
        return OutputFileOptions.finish(sink, console: console)
    }
}
