import SmartCityKit
import ArgumentParsing

/// Options that several subcommands take, declared once and parsed once.
struct SharedOptions {
    static let strictSpec = OptionSpec.flag("strict", help: "Treat warnings as errors (exit 1).")
    static let colorSpec = OptionSpec.value(
        "color", valueName: "when", defaultValue: "auto", allowed: ["auto", "always", "never"],
        help: "Colour diagnostics on stderr.")
    static let languageSpec = OptionSpec.value(
        "lang", valueName: "code", help: "Language of the texts (default: the questionnaire's default language).")

    var strict: Bool
    var language: String?

    /// Reads the shared options and applies `--color` to the console.
    init(_ arguments: ParsedArguments, console: Console) {
        strict = arguments.flag("strict")
        language = arguments.value("lang")
        console.applyColor(arguments.value("color"))
    }
}

/// Checks of an output path before anything is read or written: usage errors (exit 64).
enum OutputPathCheck {
    /// An output path given as empty or blank.
    static func requireNonBlank(_ arguments: ParsedArguments, option: String, commandName: String) throws(UsageError) {
        if let value = arguments.value(option), value.allSatisfy(\.isWhitespace) {
            throw UsageError("The value for '--\(option)' is empty; name a \(option == "out" ? "folder" : "file").", commandName: commandName)
        }
    }

    /// An output file that is one of the inputs: writing it would destroy what is being read.
    static func requireDistinct(output: String?, inputs: [String], commandName: String) throws(UsageError) {
        guard let output, output != "-" else { return }
        let target = SmartCityKit.resolvedPath(output)
        for input in inputs where input != "-" && SmartCityKit.resolvedPath(input) == target {
            throw UsageError("The output file '\(output)' is also an input; write the output to another file.", commandName: commandName)
        }
    }
}
