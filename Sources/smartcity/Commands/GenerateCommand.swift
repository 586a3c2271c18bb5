import ArgumentParsing
import Foundation
import SmartCityKit

/// `smartcity generate QUESTIONNAIRE --count N [--seed S] [-o FILE]`
enum GenerateCommand: SubcommandRunner {
    static let count = ValueOption<UInt64>("count", short: "n", valueName: "n", help: "How many respondents.").required
    static let seed = DefaultedOption<UInt64>("seed", valueName: "s", default: 1, help: "The random seed.")

    static let commandName = "generate"
    static let abstract = "Write synthetic, valid responses (identical for the same seed) as CSV."
    static let discussion: String? = "Writes the responses CSV to the --output file, or to standard output."

    /// What `generate` reads from the command line.
    struct Arguments: CommandArguments {
        static let positionals = [CommonArguments.questionnaire]
        static let options: [any OptionDeclaration] = [GenerateCommand.count, GenerateCommand.seed] + OutputFileOptions.options + [SharedOptions.color]

        var questionnairePath: String
        /// `--count` (required: the parser has checked it is given).
        var count: UInt64
        var seed: UInt64
        var output: OutputFileOptions
        var color: ColorMode

        init(_ arguments: ParsedArguments) throws(UsageError) {
            questionnairePath = arguments.value(CommonArguments.questionnaire)
            count = try arguments.value(GenerateCommand.count) ?? 0
            seed = try arguments.value(GenerateCommand.seed)
            output = try OutputFileOptions(arguments)
            color = try arguments.value(SharedOptions.color)
        }
    }

    static func run(_ arguments: Arguments, console: Console) throws(UsageError) -> ExitCode {
        let (count, seed, path) = (arguments.count, arguments.seed, arguments.questionnairePath)
        guard let questionnaire = console.questionnaire(at: path) else { return .invalidInput }

        var generator = ResponseGenerator(questionnaire: questionnaire, seed: seed)
        guard let sink = try arguments.output.open(inputs: [path], commandName: commandName, console: console) else { return .invalidInput }
        generator.write(count: Int(clamping: count), to: sink)
        return OutputFileOptions.finish(sink, console: console)
    }
}
