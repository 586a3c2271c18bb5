/// Typed declarations of a command's arguments, in the manner of swift-argument-parser's
/// `@Option`, `@Flag` and `@Argument` (`ValueOption`, `Flag`, `Positional`): a command declares each once, the declaration drives
/// parsing and `--help`, and the command reads the value through the same declaration - so a
/// misspelled name or a value of the wrong type does not compile.

/// A value an option can take, read from its text (swift-argument-parser's `ExpressibleByArgument`).
public protocol OptionValue: Sendable {
    /// The value a command-line text stands for; nil when it stands for none.
    init?(optionText: String)
    /// What the text must be, for the message when it is not a value ("a whole number").
    static var expectedText: String { get }
    /// The only texts allowed, when the values are a closed set (listed in `--help`, checked when parsing).
    static var allowedTexts: [String]? { get }
}

extension OptionValue {
    public static var allowedTexts: [String]? { nil }
}

extension String: OptionValue {
    public init?(optionText: String) { self = optionText }
    public static var expectedText: String { "a text" }
}

extension Int: OptionValue {
    public init?(optionText: String) { self.init(optionText) }
    public static var expectedText: String { "a whole number" }
}

extension UInt64: OptionValue {
    public init?(optionText: String) { self.init(optionText) }
    public static var expectedText: String { "a whole number, 0 or more" }
}

/// A closed set of values named by their raw values (`--rank-by score`): the allowed values are
/// listed in `--help` and checked when parsing.
public protocol OptionChoice: OptionValue, CaseIterable, RawRepresentable where RawValue == String {}

extension OptionChoice {
    public init?(optionText: String) { self.init(rawValue: optionText) }
    public static var expectedText: String { "one of " + allCases.map(\.rawValue).joined(separator: ", ") }
    public static var allowedTexts: [String]? { allCases.map(\.rawValue) }
}

/// Something a command declares among its options.
public protocol OptionDeclaration: Sendable {
    var spec: OptionSpec { get }
}

/// An option with a value of type `Value` (`--count <n>`)
/// (named `ValueOption`, not `Option`, beside the questionnaire's answer options).
public struct ValueOption<Value: OptionValue>: OptionDeclaration {
    public private(set) var spec: OptionSpec

    /// `defaultValue` is written as on the command line; a closed set of values (`OptionChoice`) is
    /// listed in `--help` and checked when parsing.
    public init(_ long: String, short: Character? = nil, valueName: String, defaultValue: String? = nil, help: String) {
        spec = .value(long, short: short, valueName: valueName, defaultValue: defaultValue, allowed: Value.allowedTexts, help: help)
    }

    /// The same option, required: parsing fails without it and the usage line shows it without brackets.
    public var required: ValueOption {
        var copy = self
        copy.spec = spec.required
        return copy
    }
}

/// A flag, present or not (`--force`).
public struct Flag: OptionDeclaration {
    public let spec: OptionSpec

    public init(_ long: String, short: Character? = nil, help: String) {
        spec = .flag(long, short: short, help: help)
    }
}

/// A positional argument (`<questionnaire>`).
public struct Positional: Sendable {
    public let spec: PositionalSpec

    public init(_ name: String, help: String, arity: Arity = .one) {
        spec = PositionalSpec(name, help: help, arity: arity)
    }
}

extension ParsedArguments {
    /// The option's value (the last one given, else its default); nil when it has neither.
    /// A text that is not a `Value` is a usage error naming the option and what it takes.
    public func value<Value>(_ option: ValueOption<Value>) throws(UsageError) -> Value? {
        guard let text = value(option.spec.long) else { return nil }
        return try parsed(text, for: option)
    }

    /// Every value of an option given several times, in order.
    public func values<Value>(_ option: ValueOption<Value>) throws(UsageError) -> [Value] {
        var parsedValues: [Value] = []
        for text in values(option.spec.long) { parsedValues.append(try parsed(text, for: option)) }
        return parsedValues
    }

    /// The option's text as given (for messages about it); nil when it was not given and has no default.
    public func text<Value>(_ option: ValueOption<Value>) -> String? { value(option.spec.long) }

    /// Whether the flag was given.
    public func isSet(_ flag: Flag) -> Bool { flags.contains(flag.spec.long) }

    /// Every value of a positional argument.
    public func values(_ positional: Positional) -> [String] { positionals[positional.spec.name] ?? [] }

    /// The value of a positional argument that takes one (the parser has checked it is there).
    public func value(_ positional: Positional) -> String { values(positional).first ?? "" }

    private func parsed<Value>(_ text: String, for option: ValueOption<Value>) throws(UsageError) -> Value {
        guard let value = Value(optionText: text) else {
            let valueName = if case .value(let name, _, _) = option.spec.kind { name } else { "value" }
            throw UsageError("The value '\(text)' is invalid for '--\(option.spec.long) <\(valueName)>'; give \(Value.expectedText).",
                             commandName: commandName)
        }
        return value
    }
}
