import ArgumentParsing
import SmartCityKit

/// The language a usage error is worded in. It is known before the arguments parse only from
/// them and the environment: `--lang X` (or `--lang=X`) as typed, resolved as the run resolves it
/// (`nl-BE`, `nl_BE.UTF-8` are Dutch), else `LC_ALL`, `LC_MESSAGES` or `LANG` as POSIX orders
/// them, else English - the questionnaire, whose default language a run would fall back to, is
/// not read yet.
struct UsageLanguage {
    /// The language code: `nl`, `fr` or `en` (English for any other).
    let code: String

    init(arguments: [String], environment: [String: String]) {
        let language = ReportLanguage.wordingLanguage(requested: Self.requested(in: arguments), environment: environment)
        code = UsageWording.availableLanguages.contains(language) ? language : "en"
    }

    /// The value of the last `--lang X` or `--lang=X` before `--`; nil when there is none (an
    /// option after `--lang` is not its value: the parser says the value is missing).
    static func requested(in arguments: [String]) -> String? {
        var requested: String?
        var index = 0
        while index < arguments.count, arguments[index] != "--" {
            let argument = arguments[index]
            if argument.hasPrefix("--lang=") {
                requested = String(argument.dropFirst("--lang=".count))
            } else if argument == "--lang", index + 1 < arguments.count, !arguments[index + 1].hasPrefix("-") {
                requested = arguments[index + 1]
                index += 1
            }
            index += 1
        }
        return requested
    }

    /// The wording in this language.
    var wording: UsageWording { .forLanguage(code) }

    /// The problem in a sentence.
    func message(_ problem: UsageError.Problem) -> String {
        switch problem {
        case .parsing(let problem): wording.message(problem)
        case .command(let problem): problem.message(inLanguage: code)
        }
    }

    /// What stderr shows: the problem, the usage line of the command, where to find its help.
    func text(of error: UsageError, tool: CommandLineTool) -> String {
        wording.errorText(message(error.problem), tool.usage(for: error.commandName), tool.helpCommand(for: error.commandName))
    }
}

extension UsageLanguage {
    /// The help of a command (nil: of the tool) in this language when the command has its texts
    /// in it, with the headings in it too; else in English. The usage line stays as typed.
    func help(for commandName: String?, tool: CommandLineTool) -> String {
        guard let commandName, let spec = tool.command(named: commandName),
              let texts = subcommands.first(where: { $0.commandName == commandName })?.texts(inLanguage: code) else { return tool.help(for: commandName) }
        let wording = wording
        return tool.help(for: spec.described(by: texts), wording: HelpWording(
            overview: wording.helpOverview, usage: wording.helpUsage, arguments: wording.helpArguments, options: wording.helpOptions,
            values: wording.helpValues, defaultValue: wording.helpDefault, showHelp: wording.helpShowHelp))
    }
}

extension UsageWording {
    /// A problem the parser found, in a sentence.
    func message(_ problem: UsageProblem) -> String {
        switch problem {
        case let .unknownCommand(name, suggestion, commands): unknownCommand(name, suggestion, commands)
        case let .unknownOption(typed, suggestion): unknownOption(typed, suggestion)
        case let .unknownFlagLetter(letter, argument): unknownFlagLetter("-\(letter)", argument)
        case .flagTakesNoValue(let flag): flagTakesNoValue(flag.usage)
        case .missingValue(let option): missingValue(option.usage)
        case .missingOption(let option): missingOption(option.usage)
        case let .missingArgument(name, repeats): missingArgument(name, repeats)
        case .unexpectedArgument(let argument): unexpectedArgument(argument)
        case let .invalidValue(value, option, .oneOf(choices)): notAChoice(value, option.usage, choices)
        case let .invalidValue(value, option, expected): invalidValue(value, option.usage, self.expected(expected))
        case let .unknownListValue(value, option, choices): unknownListValue(value, "--\(option.long)", choices)
        case .emptyList(let option): emptyList("--\(option.long)")
        }
    }

    /// What a value must be, as the end of a sentence ("a whole number, 1 or more").
    func expected(_ expected: ExpectedValue) -> String {
        switch expected {
        case .text: expectedText
        case .wholeNumber: expectedWholeNumber
        case .wholeNumberAtLeast(let minimum): expectedWholeNumberAtLeast(String(minimum))
        case .number: expectedNumber
        case let .numberBelow(minimum, limit): expectedNumberBelow(minimum.optionText, limit.optionText)
        case let .numberBetween(minimum, maximum): expectedNumberBetween(minimum.optionText, maximum.optionText)
        case .oneOf(let choices): expectedOneOf(choices)
        }
    }
}
