import ArgumentParsing
import Foundation
import SmartCityKit

let tool = CommandLineTool(
    name: "smartcity", version: SmartCityKit.version,
    abstract: "Score how mature a municipality is as a smart city, from questionnaires and survey responses.",
    commands: subcommands.map { $0.spec })

#if canImport(Glibc)
// glibc keeps what a thread frees in that thread's arena (up to 8 per core), so a pass's freed
// buffers stay resident through the next: two arenas keep the peak nearer what is live (score csv
// at 1,000,000 I-monitor rows: 157-161 MB against 173 MB). Mapping every block of 1 MB and more
// as well took the peak to 146 MB but cost 1.3 s of system time (page faults) there, 10 % of the
// wall time, so it is not done. (`mallopt` is not in Swift's Glibc module: it is looked up, with
// the C calling convention.)
if let symbol = dlsym(nil, "mallopt") {
    let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
    _ = mallopt(-8 /* M_ARENA_MAX */, 2)
}
#endif

let console = Console()
// SIGTERM and SIGINT remove the run's staging folder, lock and temporary files, then exit 143 / 130.
InterruptCleanup.shared.installSignalHandlers()
var exitCode: ExitCode
do throws(UsageError) {
    switch try tool.parse(Array(CommandLine.arguments.dropFirst())) {
    case .help(let command):
        console.out(UsageLanguage(arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
            .help(for: command, tool: tool))
        exitCode = .success
    case .version:
        console.out("smartcity \(SmartCityKit.version)\n")
        exitCode = .success
    case .run(let name, let arguments):
        // The parser only returns names of `tool.commands`, which are the subcommands' own.
        guard let command = subcommands.first(where: { $0.commandName == name }) else {
            throw UsageError(.unknownCommand(name, suggestion: nil, commands: subcommands.map { $0.commandName }))
        }
        exitCode = try command.run(parsed: arguments, console: console)
    }
} catch {
    let language = UsageLanguage(arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
    console.err(TerminalText.escaped(language.text(of: error, tool: tool)))
    exitCode = .usage
}
if console.outputFailed {
    console.err("smartcity: error: cannot write to standard output (closed or full); the output is incomplete\n")
    if exitCode == .success { exitCode = .invalidInput }
}
exit(exitCode.rawValue)
