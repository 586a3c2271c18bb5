/// What is wrong on a command line, as the parser finds it: a value with its parts (the option,
/// the value given, what it takes, the name meant), not a sentence. The front end words it in
/// the user's language.
package enum UsageProblem: Hashable, Sendable {
    /// A command the tool does not have (`scroe`), the one meant when one is close, and all commands.
    case unknownCommand(String, suggestion: String?, commands: [String])
    /// An option the command does not take, as typed (`--froce`, `-x`), and the option meant
    /// when one is close (`--force`).
    case unknownOption(String, suggestion: String?)
    /// A letter among combined short flags that names no flag (`x` in `-fx`).
    case unknownFlagLetter(Character, argument: String)
    /// A flag given a value (`--force=yes`).
    case flagTakesNoValue(OptionName)
    /// An option given last, or before another option, without its value.
    case missingValue(OptionName)
    /// A required option not given.
    case missingOption(OptionName)
    /// A required positional argument not given (`repeats`: it takes one or more).
    case missingArgument(String, repeats: Bool)
    /// An argument beyond those the command takes.
    case unexpectedArgument(String)
    /// A value the option does not take, and what it takes.
    case invalidValue(String, option: OptionName, expected: ExpectedValue)
    /// A value of a comma-separated list (`--format markdown,pdf`) that is none of its choices.
    case unknownListValue(String, option: OptionName, choices: [String])
    /// A list option given no value (`--format ,`).
    case emptyList(OptionName)
}

/// An option as usage errors name it: `--out <dir>`, or `--force` for a flag.
package struct OptionName: Hashable, Sendable {
    /// The long name, without dashes (`out`).
    package var long: String
    /// The name of its value (`dir`); nil for a flag.
    package var valueName: String?

    package init(long: String, valueName: String?) {
        self.long = long
        self.valueName = valueName
    }

    /// The option as the usage line writes it: `--out <dir>`, `--force`.
    package var usage: String { valueName.map { "--\(long) <\($0)>" } ?? "--\(long)" }
}

/// What an option's value must be, for the message when it is not.
package enum ExpectedValue: Hashable, Sendable {
    /// Any text.
    case text
    /// A whole number (`12`, `-3`).
    case wholeNumber
    /// A whole number of at least the minimum.
    case wholeNumberAtLeast(Int)
    /// A number (`0.25`).
    case number
    /// A number from the first up to, not including, the second.
    case numberBelow(from: Double, below: Double)
    /// A number from the first to the second, both included.
    case numberBetween(Double, Double)
    /// One of a closed set of values.
    case oneOf([String])
}
