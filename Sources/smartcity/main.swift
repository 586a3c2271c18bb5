import ArgumentParsing
import Foundation
import SmartCityKit

/// Runs the subcommand with this name. A switch rather than a table of metatypes: it is
/// checked exhaustively against `tool.commands` by the tests of `--help`.
func runSubcommand(_ name: String, _ arguments: ParsedArguments, console: Console) throws(UsageError) -> ExitCode {
    switch name {
    case AssessCommand.spec.name: return try AssessCommand.run(arguments, console: console)
    case ValidateCommand.spec.name: return try ValidateCommand.run(arguments, console: console)
    case QuestionnairesCommand.spec.name: return try QuestionnairesCommand.run(arguments, console: console)
    case ScoreCommand.spec.name: return try ScoreCommand.run(arguments, console: console)
    case CompareCommand.spec.name: return try CompareCommand.run(arguments, console: console)
    case StatsCommand.spec.name: return try StatsCommand.run(arguments, console: console)
    case TemplateCommand.spec.name: return try TemplateCommand.run(arguments, console: console)
    case GenerateCommand.spec.name: return try GenerateCommand.run(arguments, console: console)
    case MapCommand.spec.name: return try MapCommand.run(arguments, console: console)
    case ImportCommand.spec.name: return try ImportCommand.run(arguments, console: console)
    default: throw UsageError("Unknown command '\(name)'.")
    }
}

let tool = CommandLineTool(
    name: "smartcity", version: SmartCityKit.version,
    abstract: "Score how mature a municipality is as a smart city, from questionnaires and survey responses.",
    commands: [
        AssessCommand.spec, ValidateCommand.spec, QuestionnairesCommand.spec, ScoreCommand.spec, CompareCommand.spec, StatsCommand.spec, TemplateCommand.spec, GenerateCommand.spec,
        MapCommand.spec, ImportCommand.spec,
    ])

let console = Console()
var exitCode: ExitCode
do {
    switch try tool.parse(Array(CommandLine.arguments.dropFirst())) {
    case .help(let command):
        console.out(tool.help(for: command))
        exitCode = .success
    case .version:
        console.out("smartcity \(SmartCityKit.version)\n")
        exitCode = .success
    case .run(let name, let arguments):
        exitCode = try runSubcommand(name, arguments, console: console)
    }
} catch {
    console.err(tool.usageErrorText(error))
    exitCode = .usage
}
if console.outputFailed {
    console.err("smartcity: error: cannot write to standard output (closed or full); the output is incomplete\n")
    if exitCode == .success { exitCode = .invalidInput }
}
exit(exitCode.rawValue)
