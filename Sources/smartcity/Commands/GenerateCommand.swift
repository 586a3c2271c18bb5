import ArgumentParsing
import Foundation
import SmartCityKit

/// `smartcity generate QUESTIONNAIRE --count N [--seed S] [-o FILE]`
enum GenerateCommand: SubcommandRunner {
    static let spec = CommandSpec(
        name: "generate",
        abstract: "Write synthetic, valid responses (identical for the same seed) as CSV.",
        positionals: [PositionalSpec("questionnaire", help: "The questionnaire file (JSON).")],
        options: [
            .value("count", short: "n", valueName: "n", help: "How many respondents.").required,
            .value("seed", valueName: "s", defaultValue: "1", help: "The random seed."),
            .value("output", short: "o", valueName: "file", help: "Write to this file instead of stdout."),
            .flag("force", short: "f", help: "Overwrite the output file."),
            SharedOptions.colorSpec,
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> ExitCode {
        _ = SharedOptions(arguments, console: console)
        let countText = arguments.value("count") ?? ""
        guard let count = Int(countText), count >= 0 else {
            throw UsageError("The value '\(countText)' is invalid for '--count <n>'; give a whole number, 0 or more.", commandName: spec.name)
        }
        let seedText = arguments.value("seed") ?? "1"
        guard let seed = UInt64(seedText) else {
            throw UsageError("The value '\(seedText)' is invalid for '--seed <s>'; give a whole number, 0 or more.", commandName: spec.name)
        }
        let path = arguments.positional("questionnaire")[0]
        let loaded = QuestionnaireLoader.load(path: path)
        console.report(loaded.diagnostics.filter { $0.severity == .error })
        guard let questionnaire = loaded.questionnaire else { return .invalidInput }

        var generator = ResponseGenerator(questionnaire: questionnaire, seed: seed)
        guard let sink = try OutputSink.open(arguments, inputs: [path], commandName: spec.name, console: console) else { return .invalidInput }
        sink.write(generator.header())
        for _ in 0..<count { sink.write(generator.nextRow()) }
        return OutputSink.finish(sink, console: console)
    }
}

/// The `--output` file (or standard output) that `--force` may replace, for the commands that write one text.
enum OutputSink {
    /// Opens it; nil after reporting why it cannot be. A blank `--output`, or one naming an
    /// input, is a usage error.
    static func open(_ arguments: ParsedArguments, inputs: [String], commandName: String, console: Console) throws(UsageError) -> TextOutput? {
        try OutputPathCheck.requireNonBlank(arguments, option: "output", commandName: commandName)
        try OutputPathCheck.requireDistinct(output: arguments.value("output"), inputs: inputs, commandName: commandName)
        let opened = TextOutput.open(path: arguments.value("output"), force: arguments.flag("force"))
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
