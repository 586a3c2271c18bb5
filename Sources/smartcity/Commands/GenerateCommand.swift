import ArgumentParsing
import Foundation
import SmartCityKit

/// `smartcity generate QUESTIONNAIRE --count N [--seed S] [-o FILE]`
enum GenerateCommand: SubcommandRunner {
    static let count = ValueOption<UInt64>("count", short: "n", valueName: "n", help: "How many respondents.").required
    static let seed = ValueOption<UInt64>("seed", valueName: "s", defaultValue: "1", help: "The random seed.")

    static let spec = CommandSpec(
        name: "generate",
        abstract: "Write synthetic, valid responses (identical for the same seed) as CSV.",
        discussion: "Writes the responses CSV to the --output file, or to standard output.",
        positionals: [CommonArguments.questionnaire],
        options: [count, seed, CommonArguments.output, CommonArguments.forceOutput, SharedOptions.color])

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> ExitCode {
        _ = try SharedOptions(arguments, console: console)
        let count = try arguments.value(Self.count) ?? 0
        let seed = try arguments.value(Self.seed) ?? 1
        let path = arguments.value(CommonArguments.questionnaire)
        let loaded = QuestionnaireLoader.load(path: path)
        console.report(loaded.diagnostics.filter { $0.severity == .error })
        guard let questionnaire = loaded.questionnaire else { return .invalidInput }

        var generator = ResponseGenerator(questionnaire: questionnaire, seed: seed)
        guard let sink = try OutputSink.open(arguments, inputs: [path], commandName: spec.name, console: console) else { return .invalidInput }
        generator.write(count: Int(clamping: count), to: sink)
        return OutputSink.finish(sink, console: console)
    }
}

/// The `--output` file (or standard output) that `--force` may replace, for the commands that write one text.
enum OutputSink {
    /// Opens it; nil after reporting why it cannot be. A blank `--output`, or one naming an
    /// input, is a usage error.
    static func open(_ arguments: ParsedArguments, inputs: [String], commandName: String, console: Console) throws(UsageError) -> TextOutput? {
        try OutputPathCheck.requireNonBlank(arguments, CommonArguments.output, commandName: commandName)
        let path = try arguments.value(CommonArguments.output)
        try OutputPathCheck.requireDistinct(output: path, inputs: inputs, commandName: commandName)
        let opened = TextOutput.open(path: path, force: arguments.isSet(CommonArguments.forceOutput))
        console.report(opened.diagnostics)
        return opened.value
    }

    /// Finishes it: the exit code, after reporting a write failure.
    static func finish(_ output: TextOutput, console: Console) -> ExitCode {
        guard let problem = output.finish() else { return .success }
        console.report([problem])
        return .invalidInput
    }
}
