import ArgumentParsing
import SmartCityKit

/// `smartcity map QUESTIONNAIRE EXPORT [--from X] [-o FILE]`
enum MapCommand: SubcommandRunner {
    static let export = Positional("export", help: "The survey tool's export (CSV).")
    static let existing = ValueOption<String>("map", valueName: "file", help: "An existing mapping file to start from (kept as decided; only what is open is drafted).")

    static let spec = CommandSpec(
        name: "map",
        abstract: "Draft a mapping file from a survey-tool export to a questionnaire.",
        discussion: """
            Matches every export column to a question by its code or text, and every answer label to an option
            code, in any of the questionnaire's languages. Value maps of numbered answers (the scale points
            numbered from 1, yes/no as 1/2) and non-answer codes written in many questions (WN, NVT, N/A, -99, ...)
            are inferred from the cells, listed under "review" with the evidence and named on standard error:
            check them. Prints the draft as JSON; what could not be mapped is listed under "unmapped" with the
            reason. Writes it to the --output file, or to standard output. Review it,
            then pass it to score, validate or import with --map.
            With --map, the draft starts from that mapping: every decision in it is kept, only what is still
            open is drafted, and a note says what was added.
            """,
        positionals: [CommonArguments.questionnaire, export],
        options: [ResponseOptions.from, ResponseOptions.idColumn, existing, CommonArguments.output, CommonArguments.forceOutput, SharedOptions.color])

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> ExitCode {
        _ = try SharedOptions(arguments, console: console)
        let questionnairePath = arguments.value(CommonArguments.questionnaire), exportPath = arguments.value(export)
        let loaded = QuestionnaireLoader.load(path: questionnairePath)
        console.report(loaded.diagnostics.filter { $0.severity == .error })
        guard let questionnaire = loaded.questionnaire else { return .invalidInput }
        let responseOptions = try ResponseOptions(arguments)
        guard let options = responseOptions.readingOptions(for: questionnaire, console: console).options else { return .invalidInput }
        let draft = MappingDraft.draft(path: exportPath, questionnaire: questionnaire, options: options,
                                       existingFile: responseOptions.mapPath)
        console.report(draft.diagnostics)
        guard let json = draft.value else { return .invalidInput }
        let inputs = [questionnairePath, exportPath] + [responseOptions.mapPath].compactMap { $0 }
        guard let sink = try OutputSink.open(arguments, inputs: inputs, commandName: spec.name, console: console) else { return .invalidInput }
        sink.write(json)
        return OutputSink.finish(sink, console: console)
    }
}
