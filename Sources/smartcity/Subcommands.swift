import ArgumentParsing

/// Every subcommand, in the order `--help` lists them: the one list that help and dispatch use.
let subcommands: [any SubcommandRunner.Type] = [
    AssessCommand.self, ValidateCommand.self, QuestionnairesCommand.self, ScoreCommand.self, CompareCommand.self,
    StatsCommand.self, TemplateCommand.self, GenerateCommand.self, MapCommand.self, ImportCommand.self, ExplainCommand.self,
    UncertaintyCommand.self,
]

/// A subcommand: its arguments, declared, read and checked as one group, and what it does with them.
protocol SubcommandRunner: Sendable {
    /// The command's arguments: their declarations are the command's (its spec is made from them),
    /// and it reads by key path into them, so it can read nothing it does not declare.
    associatedtype Arguments: CommandArguments
    /// The name typed on the command line (`score`).
    static var commandName: String { get }
    /// One line that says what the command does.
    static var abstract: String { get }
    /// Longer text printed after the overview in `--help`.
    static var discussion: String? { get }
    static func run(_ arguments: Arguments, console: Console) throws(UsageError) -> ExitCode
    /// What `--help` says about the command in a language other than English; nil when it has
    /// no texts in it (its help is then in English, the declarations' own texts).
    static func texts(inLanguage code: String) -> CommandTexts?
}

extension SubcommandRunner {
    static var discussion: String? { nil }
    static func texts(inLanguage code: String) -> CommandTexts? { nil }

    /// The declarations that parse and document the command: its arguments' group.
    static var spec: CommandSpec { CommandSpec(name: commandName, abstract: abstract, discussion: discussion, declared: Arguments.Declared.self) }

    /// Reads the parsed arguments through the command's group, applies `--color`, and runs it.
    static func run(parsed: ParsedArguments, console: Console) throws(UsageError) -> ExitCode {
        let arguments = try Arguments(Parsed(parsed))
        console.applyColor(arguments.color)
        return try run(arguments, console: console)
    }
}
