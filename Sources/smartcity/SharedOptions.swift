import SmartCityKit
import ArgumentParsing

/// Options that several subcommands take, declared once and parsed once.
struct SharedOptions {
    static let strict = Flag("strict", help: "Treat warnings as errors (exit 1).")
    static let color = ValueOption<ColorMode>("color", valueName: "when", defaultValue: "auto", help: "Colour diagnostics on stderr.")
    static let language = ValueOption<String>(
        "lang", valueName: "code", help: "Language of the texts: nl, fr or en, in any case (default: the questionnaire's default language).")

    var strict: Bool
    var language: String?

    /// Reads the shared options and applies `--color` to the console.
    init(_ arguments: ParsedArguments, console: Console) throws(UsageError) {
        strict = arguments.isSet(Self.strict)
        language = try arguments.value(Self.language)
        console.applyColor(try arguments.value(Self.color) ?? .auto)
    }
}

/// When diagnostics on stderr get colour (`--color`).
enum ColorMode: String, OptionChoice {
    /// When stderr is a terminal that shows colour.
    case auto
    case always
    case never
}

/// Arguments that several commands declare alike.
enum CommonArguments {
    static let questionnaire = Positional("questionnaire", help: "The questionnaire file (JSON).")
    /// `-o/--output FILE`: the one file a command writes (standard output without it).
    static let output = ValueOption<String>("output", short: "o", valueName: "file", help: "Write to this file instead of standard output.")
    static let forceOutput = Flag("force", short: "f", help: "Overwrite the output file.")
    /// `--out DIR`: the folder of a report set.
    static let out = ValueOption<String>("out", short: "o", valueName: "dir", help: "The output folder.")
    static let forceReports = Flag("force", short: "f", help: "Overwrite the files of an existing report set (all are replaced at once).")
}

/// Checks of an output path before anything is read or written: usage errors (exit 64).
enum OutputPathCheck {
    /// An output path given as empty or blank.
    static func requireNonBlank(_ arguments: ParsedArguments, _ option: ValueOption<String>, commandName: String) throws(UsageError) {
        if let value = try arguments.value(option), value.allSatisfy(\.isWhitespace) {
            throw UsageError("The value for '--\(option.spec.long)' is empty; name a \(option.spec.long == "out" ? "folder" : "file").", commandName: commandName)
        }
    }

    /// An output file that is one of the inputs (the same file by any path or link): writing it
    /// would destroy what is being read.
    static func requireDistinct(output: String?, inputs: [String], commandName: String) throws(UsageError) {
        guard let output, output != "-" else { return }
        for input in inputs where input != "-" && SmartCityKit.isSameFile(input, output) {
            throw UsageError("The output file '\(output)' is also an input; write the output to another file.", commandName: commandName)
        }
    }
}
