import ArgumentParsing
import Foundation
import SmartCityKit

/// `smartcity generate QUESTIONNAIRE --count N [--seed S] [-o FILE]`
enum GenerateCommand: SubcommandRunner {
    static let count = RequiredOption<UInt64>("count", short: "n", valueName: "n", help: "How many respondents.")
    static let seed = DefaultedOption<UInt64>("seed", valueName: "s", default: 1, help: "The random seed.")

    static let commandName = "generate"
    static let abstract = "Write synthetic, valid responses (identical for the same seed) as CSV."
    static let discussion: String? = "Writes the responses CSV to the --output file, or to standard output."

    /// What `generate` reads from the command line.
    struct Arguments: CommandArguments {
        struct Declared: Declarations {
            let questionnaire = CommonArguments.questionnaire
            let count = GenerateCommand.count
            let seed = GenerateCommand.seed
            let output = OutputFileOptions.Declared()
            let color = SharedOptions.color
        }

        var questionnairePath: String
        var count: UInt64
        var seed: UInt64
        var output: OutputFileOptions
        var color: ColorMode

        init(_ arguments: Parsed<Declared>) throws(UsageError) {
            questionnairePath = arguments.value(\.questionnaire)
            count = try arguments.value(\.count)
            seed = try arguments.value(\.seed)
            output = try arguments.group(\.output)
            color = try arguments.value(\.color)
        }
    }

    static func run(_ arguments: Arguments, console: Console) throws(UsageError) -> ExitCode {
        let (count, seed, path) = (arguments.count, arguments.seed, arguments.questionnairePath)
        guard let questionnaire = console.questionnaire(at: path) else { return .invalidInput }

        var generator = ResponseGenerator(questionnaire: questionnaire, seed: seed)
        guard let sink = try arguments.output.open(inputs: [path], messages: .ofEnvironment, commandName: commandName, console: console) else { return .invalidInput }
        generator.write(count: Int(clamping: count), to: sink)
        return OutputFileOptions.finish(sink, console: console)
    }
}
