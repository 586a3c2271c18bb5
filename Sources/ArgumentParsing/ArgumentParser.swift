/// The values parsed for one command, by name. A command reads them through `Parsed`, by key
/// path into its declarations; the texts by name are for the parser and its tests only.
package struct ParsedArguments: Sendable, Equatable {
    /// The command the values are for (named in usage errors about them).
    package internal(set) var commandName: String?
    /// Values of positional arguments by name.
    var positionals: [String: [String]] = [:]
    /// Values of options by long name; the last one given wins for `value(_:)`.
    var optionValues: [String: [String]] = [:]
    /// Long names of the flags that were given.
    var flags: Set<String> = []
    /// The alias an option was last given by (`--output` for `--out`), by its long name.
    var aliasesGiven: [String: String] = [:]

    init() {}

    /// The value of an option, or its declared default.
    func value(_ long: String) -> String? { optionValues[long]?.last }
    /// Every value of an option given several times, in order.
    func values(_ long: String) -> [String] { optionValues[long] ?? [] }
    /// Whether a flag was given.
    func flag(_ long: String) -> Bool { flags.contains(long) }
    /// All values of a positional argument.
    func positional(_ name: String) -> [String] { positionals[name] ?? [] }
}

/// What the command line asked for.
package enum Invocation: Equatable, Sendable {
    /// Run a subcommand.
    case run(command: String, arguments: ParsedArguments)
    /// Print help for the tool (nil) or a subcommand.
    case help(command: String?)
    /// Print the version.
    case version
}

/// A tool with subcommands: parses `argv` and renders help and usage text.
package struct CommandLineTool: Sendable {
    package var name: String
    package var version: String
    package var abstract: String
    package var commands: [CommandSpec]

    package init(name: String, version: String, abstract: String, commands: [CommandSpec]) {
        self.name = name
        self.version = version
        self.abstract = abstract
        self.commands = commands
    }

    /// The command with this name.
    package func command(named name: String) -> CommandSpec? {
        commands.first { $0.name == name }
    }

    /// Parses the arguments after the executable's name.
    package func parse(_ arguments: [String]) throws(UsageError) -> Invocation {
        guard let first = arguments.first else { return .help(command: nil) }
        switch first {
        case "-h", "--help", "help":
            if first == "help", arguments.count > 1 {
                guard command(named: arguments[1]) != nil else { throw unknownCommand(arguments[1]) }
                return .help(command: arguments[1])
            }
            return .help(command: nil)
        case "--version":
            return .version
        default:
            break
        }
        guard let spec = command(named: first) else {
            if first.hasPrefix("-") { throw UsageError(.unknownOption(first, suggestion: nil)) }
            throw unknownCommand(first)
        }
        let rest = Array(arguments.dropFirst())
        if rest.prefix(while: { $0 != "--" }).contains(where: { $0 == "-h" || $0 == "--help" }) {
            return .help(command: spec.name)
        }
        return .run(command: spec.name, arguments: try Self.parse(rest, for: spec))
    }

    /// A command the tool does not have, with the one meant when one is close.
    private func unknownCommand(_ name: String) -> UsageError {
        UsageError(.unknownCommand(name, suggestion: closest(to: name, among: commands.map(\.name)), commands: commands.map(\.name)))
    }

    /// Parses the arguments of one command against its declarations.
    package static func parse(_ arguments: [String], for spec: CommandSpec) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        parsed.commandName = spec.name
        var loose: [String] = []
        var index = 0
        var optionsEnded = false
        func fail(_ problem: UsageProblem) -> UsageError { UsageError(problem, commandName: spec.name) }

        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                loose.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            guard let named = try namedOption(argument, of: spec, flags: &parsed.flags) else { continue }
            let (option, inlineValue, alias) = named
            parsed.aliasesGiven[option.long] = alias
            switch option.kind {
            case .flag:
                if inlineValue != nil { throw fail(.flagTakesNoValue(option.name)) }
                parsed.flags.insert(option.long)
            case .value(_, _, let allowed):
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count,
                          !arguments[index].hasPrefix("-") || arguments[index] == "-" || Double(arguments[index]) != nil {
                    // A negative number is a value, not an option: `--count -1` is then reported as out of range.
                    value = arguments[index]
                    index += 1
                } else {
                    throw fail(.missingValue(option.name))
                }
                if let allowed, !allowed.contains(value) {
                    throw fail(.invalidValue(value, option: option.name, expected: .oneOf(allowed)))
                }
                parsed.optionValues[option.long, default: []].append(value)
            }
        }
        try applyDefaults(of: spec, to: &parsed)
        try assignPositionals(loose, to: spec, into: &parsed)
        return parsed
    }

    /// The option an argument names (`--name`, `--name=value`, `-n`, `-nVALUE`) with its value
    /// when given in the same argument; nil for combined short flags (`-fs`), inserted into `flags`.
    private static func namedOption(_ argument: String, of spec: CommandSpec, flags: inout Set<String>) throws(UsageError)
        -> (option: OptionSpec, inlineValue: String?, alias: String?)?
    {
        func fail(_ problem: UsageProblem) -> UsageError { UsageError(problem, commandName: spec.name) }
        if argument.hasPrefix("--") {
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let match = spec.options.first(where: { $0.isNamed(name) }) else {
                throw fail(.unknownOption("--\(name)", suggestion: closest(to: name, among: spec.options.map(\.long)).map { "--\($0)" }))
            }
            return (match, inlineValue, name == match.long ? nil : name)
        }
        let letters = Array(argument.dropFirst())
        guard let letter = letters.first, let match = spec.options.first(where: { $0.short == letter }) else {
            throw fail(.unknownOption(argument, suggestion: nil))
        }
        guard letters.count > 1 else { return (match, nil, nil) }
        if case .value = match.kind { return (match, String(letters.dropFirst()), nil) }
        // Combined short flags: `-fs`.
        for other in letters {
            guard let flag = spec.options.first(where: { $0.short == other }), flag.kind == .flag else {
                throw fail(.unknownFlagLetter(other, argument: argument))
            }
            flags.insert(flag.long)
        }
        return nil
    }

    /// The defaults of value options not given; a usage error for a required option not given.
    private static func applyDefaults(of spec: CommandSpec, to parsed: inout ParsedArguments) throws(UsageError) {
        for option in spec.options {
            if case .value(_, let defaultValue?, _) = option.kind, parsed.optionValues[option.long] == nil {
                parsed.optionValues[option.long] = [defaultValue]
            }
            if option.isRequired, parsed.optionValues[option.long] == nil, case .value = option.kind {
                throw UsageError(.missingOption(option.name), commandName: spec.name)
            }
        }
    }

    private static func assignPositionals(
        _ values: [String], to spec: CommandSpec, into parsed: inout ParsedArguments
    ) throws(UsageError) {
        var remaining = values[...]
        for (position, positional) in spec.positionals.enumerated() {
            let laterRequired = spec.positionals[(position + 1)...].filter { $0.arity.isRequired }.count
            switch positional.arity {
            case .one:
                guard let value = remaining.popFirst() else {
                    throw UsageError(.missingArgument(positional.name, repeats: false), commandName: spec.name)
                }
                parsed.positionals[positional.name] = [value]
            case .optional:
                // Leave the values that later required arguments need.
                if remaining.count > laterRequired, let value = remaining.popFirst() {
                    parsed.positionals[positional.name] = [value]
                }
            case .oneOrMore, .zeroOrMore:
                let take = max(0, remaining.count - laterRequired)
                if take == 0 && positional.arity == .oneOrMore {
                    throw UsageError(.missingArgument(positional.name, repeats: true), commandName: spec.name)
                }
                parsed.positionals[positional.name] = Array(remaining.prefix(take))
                remaining = remaining.dropFirst(take)
            }
        }
        if let unexpected = remaining.first {
            throw UsageError(.unexpectedArgument(unexpected), commandName: spec.name)
        }
    }
}

/// The candidate a mistyped name means: one a single edit away (`--fromat`: `--format`); else
/// one that it begins with or that begins with it (the other spelling of the same meaning:
/// `--output` for `--out`); else the nearest at most two edits away (or a third of its length).
func closest(to name: String, among candidates: [String]) -> String? {
    let scored = candidates.map { ($0, editDistance(name, $0)) }
    let nearest = scored.min(by: { $0.1 < $1.1 })
    if let nearest, nearest.1 <= 1 { return nearest.0 }
    if name.count >= 3, let sameStart = candidates.first(where: { name.hasPrefix($0) || $0.hasPrefix(name) }) { return sameStart }
    return nearest.flatMap { $0.1 <= max(2, name.count / 3) ? $0.0 : nil }
}

/// Levenshtein distance, transpositions counting as one edit ("fromat" is one from "format").
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + [Int](repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { current[j] = min(current[j], previous2[j - 2] + 1) }
        }
        previous2 = previous
        previous = current
    }
    return previous[b.count]
}
