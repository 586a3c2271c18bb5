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
