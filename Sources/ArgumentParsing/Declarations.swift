/// Typed declarations of a command's arguments, in the manner of swift-argument-parser's
/// `@Option`, `@Flag` and `@Argument` (`ValueOption`, `DefaultedOption`, `ListOption`, `Flag`,
/// `Positional`): a command declares each once, the declaration drives parsing and `--help`, and
/// the command reads the value through the same declaration - so a misspelled name or a value of
/// the wrong type does not compile. Declarations are gathered in `OptionGroup`s, which read and
/// check their own values; reading what a command does not declare traps, and
/// `OptionGroup.undeclaredReads()` finds it in a test.

/// A value an option can take, read from its text (swift-argument-parser's `ExpressibleByArgument`).
package protocol OptionValue: Sendable {
    /// The value a command-line text stands for; nil when it stands for none.
    init?(optionText: String)
    /// The value written as on the command line (a default in `--help`).
    var optionText: String { get }
    /// What the text must be, for the message when it is not a value ("a whole number").
    static var expectedText: String { get }
    /// The only texts allowed, when the values are a closed set (listed in `--help`, checked when parsing).
    static var allowedTexts: [String]? { get }
}

extension OptionValue {
    package static var allowedTexts: [String]? { nil }
}

extension String: OptionValue {
    package init?(optionText: String) { self = optionText }
    package var optionText: String { self }
    package static var expectedText: String { "a text" }
}

extension Int: OptionValue {
    package init?(optionText: String) { self.init(optionText) }
    package var optionText: String { String(self) }
    package static var expectedText: String { "a whole number" }
}

extension Double: OptionValue {
    package init?(optionText: String) {
        guard let value = Double(optionText), value.isFinite else { return nil }
        self = value
    }
    /// Whole values without a decimal point (`0`, not `0.0`), as a user types them.
    package var optionText: String { self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self) }
    package static var expectedText: String { "a number" }
}

extension UInt64: OptionValue {
    package init?(optionText: String) { self.init(optionText) }
    package var optionText: String { String(self) }
    package static var expectedText: String { "a whole number, 0 or more" }
}

/// A closed set of values named by their raw values (`--rank-by score`): the allowed values are
/// listed in `--help` and checked when parsing.
package protocol OptionChoice: OptionValue, CaseIterable, RawRepresentable where RawValue == String {}

extension OptionChoice {
    package init?(optionText: String) { self.init(rawValue: optionText) }
    package var optionText: String { rawValue }
    package static var expectedText: String { "one of " + allCases.map(\.rawValue).joined(separator: ", ") }
    package static var allowedTexts: [String]? { allCases.map(\.rawValue) }
}

/// Something a command declares among its options.
package protocol OptionDeclaration: Sendable {
    var spec: OptionSpec { get }
}

/// A check of an option's value beyond its type (`--min-group` is 1 or more).
package struct OptionValidation<Value: OptionValue>: Sendable {
    /// Whether the value is acceptable.
    let accepts: @Sendable (Value) -> Bool
    /// What the value must be, for the message when it is not ("a whole number, 1 or more").
    let expectedText: String

    package init(expectedText: String, accepts: @escaping @Sendable (Value) -> Bool) {
        self.accepts = accepts
        self.expectedText = expectedText
    }
}

extension OptionValidation where Value == Int {
    /// A whole number of at least `minimum`.
    package static func atLeast(_ minimum: Int) -> OptionValidation {
        OptionValidation(expectedText: "a whole number, \(minimum) or more") { $0 >= minimum }
    }
}

/// An option with a value of type `Value` and no default (`--out <dir>`): read as nil when not given
/// (named `ValueOption`, not `Option`, beside the questionnaire's answer options).
package struct ValueOption<Value: OptionValue>: OptionDeclaration {
    package private(set) var spec: OptionSpec
    let validation: OptionValidation<Value>?

    /// A closed set of values (`OptionChoice`) is listed in `--help` and checked when parsing;
    /// `aliases` are other long names that work the same, not shown in `--help`.
    package init(_ long: String, aliases: [String] = [], short: Character? = nil, valueName: String,
                validation: OptionValidation<Value>? = nil, help: String) {
        spec = .value(long, aliases: aliases, short: short, valueName: valueName, defaultValue: nil, allowed: Value.allowedTexts, help: help)
        self.validation = validation
    }

    /// The same option, required: parsing fails without it and the usage line shows it without brackets.
    package var required: ValueOption {
        var copy = self
        copy.spec = spec.required
        return copy
    }
}

/// An option with a value of type `Value` and a typed default, shown in `--help`
/// (`--min-group <n>`, default 5): always read as a value.
package struct DefaultedOption<Value: OptionValue>: OptionDeclaration {
    package let spec: OptionSpec
    /// The value when the option is not given.
    package let defaultValue: Value
    let validation: OptionValidation<Value>?

    package init(_ long: String, short: Character? = nil, valueName: String, default defaultValue: Value,
                validation: OptionValidation<Value>? = nil, help: String) {
        spec = .value(long, short: short, valueName: valueName, defaultValue: defaultValue.optionText, allowed: Value.allowedTexts, help: help)
        self.defaultValue = defaultValue
        self.validation = validation
    }
}

/// A comma-separated list of values of a closed set (`--format markdown,csv`), with a typed
/// default: read in the order given, each value once; an unknown or missing value is a usage error.
package struct ListOption<Element: OptionChoice & Equatable>: OptionDeclaration {
    package let spec: OptionSpec
    /// The list when the option is not given.
    package let defaultValue: [Element]
    /// What one value is called in messages ("format").
    let elementName: String

    package init(_ long: String, valueName: String = "list", elementName: String, default defaultValue: [Element], help: String) {
        spec = .value(long, valueName: valueName, defaultValue: defaultValue.map(\.optionText).joined(separator: ","), allowed: nil, help: help)
        self.defaultValue = defaultValue
        self.elementName = elementName
    }
}

/// A flag, present or not (`--force`).
package struct Flag: OptionDeclaration {
    package let spec: OptionSpec

    package init(_ long: String, short: Character? = nil, help: String) {
        spec = .flag(long, short: short, help: help)
    }
}

/// A positional argument (`<questionnaire>`).
package struct Positional: Sendable {
    package let spec: PositionalSpec

    package init(_ name: String, help: String, arity: Arity = .one) {
        spec = PositionalSpec(name, help: help, arity: arity)
    }
}

/// Options a command, or several commands alike, declare together, and that read and check
/// their own values (swift-argument-parser's `ParsableArguments`/`@OptionGroup`). A command's
/// options are one group, which may hold shared groups; its declarations are the command's, in
/// `--help` order, so that the group can only read what the command declares.
package protocol OptionGroup {
    /// The positional arguments, in order.
    static var positionals: [Positional] { get }
    /// The options and flags, in `--help` order (with those of the groups it holds).
    static var options: [any OptionDeclaration] { get }
    /// Reads and checks the values; a value that cannot be used is a usage error.
    init(_ arguments: ParsedArguments) throws(UsageError)
}

extension OptionGroup {
    package static var positionals: [Positional] { [] }

    /// What the group reads without declaring it (`--keep-column`, `<file>`), found by reading it
    /// against exactly its declarations with nothing given: empty when every read is declared.
    /// (A read made only when another option is given is not reached.)
    package static func undeclaredReads() -> [String] {
        var arguments = ParsedArguments()
        arguments.commandName = "audit of \(Self.self)"
        arguments.declaredOptions = Set(options.map(\.spec.long))
        arguments.declaredPositionals = Set(positionals.map(\.spec.name))
        let audit = ReadAudit()
        arguments.audit = audit
        _ = try? Self(arguments)
        return audit.undeclared
    }
}

extension ParsedArguments {
    /// The option's value (the last one given); nil when it was not given.
    /// A text that is not a `Value` is a usage error naming the option and what it takes.
    package func value<Value>(_ option: ValueOption<Value>) throws(UsageError) -> Value? {
        guard mayRead(option.spec), let text = value(option.spec.long) else { return nil }
        return try parsed(text, for: option.spec, validation: option.validation)
    }

    /// The option's value: the last one given, else its default.
    package func value<Value>(_ option: DefaultedOption<Value>) throws(UsageError) -> Value {
        guard mayRead(option.spec), let text = value(option.spec.long) else { return option.defaultValue }
        return try parsed(text, for: option.spec, validation: option.validation)
    }

    /// The alias the option was last given by (`output` for `--output` when the option is
    /// `--out`); nil when it was given by its own long or short name, or not at all.
    package func alias<Value>(of option: ValueOption<Value>) -> String? {
        guard mayRead(option.spec) else { return nil }
        return aliasesGiven[option.spec.long]
    }

    /// Every value of an option given several times, in order.
    package func values<Value>(_ option: ValueOption<Value>) throws(UsageError) -> [Value] {
        guard mayRead(option.spec) else { return [] }
        var parsedValues: [Value] = []
        for text in values(option.spec.long) { parsedValues.append(try parsed(text, for: option.spec, validation: option.validation)) }
        return parsedValues
    }

    /// The values of a list option (the last one given, else its default), each once, in order.
    package func values<Element>(_ option: ListOption<Element>) throws(UsageError) -> [Element] {
        guard mayRead(option.spec), let list = value(option.spec.long) else { return option.defaultValue }
        var elements: [Element] = []
        for part in list.split(separator: ",", omittingEmptySubsequences: false) {
            // Spaces around a comma are allowed: `--format "markdown, csv"`.
            let name = String(part.drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
            guard !name.isEmpty else { continue }
            guard let element = Element(optionText: name) else {
                throw UsageError("Unknown \(option.elementName) '\(name)'. Choose from: \(Element.allCases.map(\.rawValue).joined(separator: ", ")).",
                                 commandName: commandName)
            }
            if !elements.contains(element) { elements.append(element) }
        }
        guard !elements.isEmpty else {
            throw UsageError("Name at least one \(option.elementName) with --\(option.spec.long).", commandName: commandName)
        }
        return elements
    }

    /// Whether the flag was given.
    package func isSet(_ flag: Flag) -> Bool { mayRead(flag.spec) && flags.contains(flag.spec.long) }

    /// Every value of a positional argument.
    package func values(_ positional: Positional) -> [String] {
        mayRead("<\(positional.spec.name)>", declared: declaredPositionals.contains(positional.spec.name))
            ? positionals[positional.spec.name] ?? [] : []
    }

    /// The value of a positional argument that takes one (the parser has checked it is there).
    package func value(_ positional: Positional) -> String { values(positional).first ?? "" }

    private func mayRead(_ spec: OptionSpec) -> Bool {
        mayRead("--\(spec.long)", declared: declaredOptions.contains(spec.long))
    }

    private func parsed<Value: OptionValue>(_ text: String, for spec: OptionSpec, validation: OptionValidation<Value>?) throws(UsageError) -> Value {
        let valueName = if case .value(let name, _, _) = spec.kind { name } else { "value" }
        guard let value = Value(optionText: text) else {
            throw UsageError("The value '\(text)' is invalid for '--\(spec.long) <\(valueName)>'; give \(Value.expectedText).", commandName: commandName)
        }
        if let validation, !validation.accepts(value) {
            throw UsageError("The value '\(text)' is invalid for '--\(spec.long) <\(valueName)>'; give \(validation.expectedText).", commandName: commandName)
        }
        return value
    }
}
