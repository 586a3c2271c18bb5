import ArgumentParsing
import Foundation
import SmartCityKit

/// Every subcommand, in the order `--help` lists them.
let commandTypes: [any SubcommandRunner.Type] = [
    ValidateCommand.self, QuestionnairesCommand.self, ScoreCommand.self, TemplateCommand.self, GenerateCommand.self,
]

let tool = CommandLineTool(
    name: "smartcity", version: SmartCityKit.version,
    abstract: "Score how mature a municipality is as a smart city, from questionnaires and survey responses.",
    commands: commandTypes.map(\.spec))

let console = Console()
let exitCode: ExitCode
do {
    switch try tool.parse(Array(CommandLine.arguments.dropFirst())) {
    case .help(let command):
        console.out(tool.help(for: command))
        exitCode = .success
    case .version:
        console.out("smartcity \(SmartCityKit.version)\n")
        exitCode = .success
    case .run(let name, let arguments):
        let runner = commandTypes.first { $0.spec.name == name }!
        exitCode = try runner.run(arguments, console: console)
    }
} catch {
    console.err(tool.usageErrorText(error))
    exitCode = .usage
}
exit(exitCode.rawValue)
