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
            .value("count", short: "n", valueName: "n", help: "How many respondents (required)."),
            .value("seed", valueName: "s", defaultValue: "1", help: "The random seed."),
            .value("output", short: "o", valueName: "file", help: "Write to this file instead of stdout."),
            .flag("force", short: "f", help: "Overwrite the output file."),
            SharedOptions.colorSpec,
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> ExitCode {
        _ = SharedOptions(arguments, console: console)
        guard let countText = arguments.value("count") else {
            throw UsageError("Missing expected option '--count <n>'.", commandName: spec.name)
        }
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
        guard let sink = OutputSink.open(arguments, console: console) else { return .invalidInput }
        sink.write(generator.header())
        for _ in 0..<count { sink.write(generator.nextRow()) }
        return sink.finish(console: console)
    }
}

/// Streams text to stdout, or to a temporary file renamed into place at the end; text is
/// buffered and written a megabyte at a time.
final class OutputSink {
    private let handle: FileHandle
    private let destination: String?
    private let temporary: String?
    private var buffer = ""

    init(path: String?, force: Bool) throws(Diagnostic) {
        guard let path else {
            handle = FileHandle.standardOutput
            destination = nil
            temporary = nil
            return
        }
        if !force && FileManager.default.fileExists(atPath: path) {
            throw .error(SourceLocation(file: path), "already exists; use --force to overwrite it")
        }
        let temporaryPath = path + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporaryPath)
        else {
            throw .error(SourceLocation(file: path), "cannot be written; check that its folder exists and is writable")
        }
        self.handle = handle
        destination = path
        temporary = temporaryPath
    }

    /// The sink that `--output` and `--force` ask for; nil after reporting why it cannot be opened.
    static func open(_ arguments: ParsedArguments, console: Console) -> OutputSink? {
        do {
            return try OutputSink(path: arguments.value("output"), force: arguments.flag("force"))
        } catch {
            console.report([error])
            return nil
        }
    }

    func write(_ text: String) {
        buffer += text
        if buffer.utf8.count > 1 << 20 { flush() }
    }

    private func flush() {
        handle.write(Data(buffer.utf8))
        buffer = ""
    }

    /// Writes what is left and moves a finished file into place.
    func finish(console: Console) -> ExitCode {
        flush()
        guard let destination, let temporary else { return .success }
        try? handle.close()
        guard rename(temporary, destination) == 0 else {
            console.report([.error(SourceLocation(file: destination), "cannot be written: \(String(cString: strerror(errno)))")])
            return .invalidInput
        }
        return .success
    }
}
