/// Typed declarations of a command's arguments, in the manner of swift-argument-parser's
/// `@Option`, `@Flag` and `@Argument` (`ValueOption`, `RequiredOption`, `DefaultedOption`,
/// `ListOption`, `Flag`, `Positional`): a command declares each once, as a stored property of its
/// `Declarations` value; the declaration drives parsing and `--help`, and the command reads the
/// value by key path into the same value (`arguments.value(\.format)`) - so a misspelled name, a
/// value of the wrong type or an option the command does not declare does not compile.

/// A value an option can take, read from its text (swift-argument-parser's `ExpressibleByArgument`).
package protocol OptionValue: Sendable {
    /// The value a command-line text stands for; nil when it stands for none.
    init?(optionText: String)
    /// The value written as on the command line (a default in `--help`).
    var optionText: String { get }
    /// What the text must be, for the message when it is not a value (a whole number).
    static var expected: ExpectedValue { get }
    /// The only texts allowed, when the values are a closed set (listed in `--help`, checked when parsing).
    static var allowedTexts: [String]? { get }
}

extension OptionValue {
    package static var allowedTexts: [String]? { nil }
}

extension String: OptionValue {
    package init?(optionText: String) { self = optionText }
    package var optionText: String { self }
    package static var expected: ExpectedValue { .text }
}

extension Int: OptionValue {
    package init?(optionText: String) { self.init(optionText) }
    package var optionText: String { String(self) }
    package static var expected: ExpectedValue { .wholeNumber }
}

extension Double: OptionValue {
    package init?(optionText: String) {
        guard let value = Double(optionText), value.isFinite else { return nil }
        self = value
    }
    /// Whole values without a decimal point (`0`, not `0.0`), as a user types them.
    package var optionText: String { self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self) }
    package static var expected: ExpectedValue { .number }
}

extension UInt64: OptionValue {
    package init?(optionText: String) { self.init(optionText) }
    package var optionText: String { String(self) }
    package static var expected: ExpectedValue { .wholeNumberAtLeast(0) }
}

/// A closed set of values named by their raw values (`--rank-by score`): the allowed values are
/// listed in `--help` and checked when parsing.
package protocol OptionChoice: OptionValue, CaseIterable, RawRepresentable where RawValue == String {}

extension OptionChoice {
    package init?(optionText: String) { self.init(rawValue: optionText) }
    package var optionText: String { rawValue }
    package static var expected: ExpectedValue { .oneOf(allCases.map(\.rawValue)) }
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
    /// What the value must be, for the message when it is not (a whole number, 1 or more).
    let expected: ExpectedValue

    package init(expected: ExpectedValue, accepts: @escaping @Sendable (Value) -> Bool) {
        self.accepts = accepts
        self.expected = expected
    }
}

extension OptionValidation where Value == Int {
    /// A whole number of at least `minimum`.
    package static func atLeast(_ minimum: Int) -> OptionValidation {
        OptionValidation(expected: .wholeNumberAtLeast(minimum)) { $0 >= minimum }
    }
}

extension OptionValidation where Value == Double {
    /// A number from `minimum` up to, not including, `limit`.
    package static func from(_ minimum: Double, below limit: Double) -> OptionValidation {
        OptionValidation(expected: .numberBelow(from: minimum, below: limit)) { $0 >= minimum && $0 < limit }
    }

    /// A number from `minimum` to `maximum`, both included.
    package static func from(_ minimum: Double, to maximum: Double) -> OptionValidation {
        OptionValidation(expected: .numberBetween(minimum, maximum)) { $0 >= minimum && $0 <= maximum }
    }
}

/// An option with a value of type `Value` and no default (`--out <dir>`): read as nil when not given
/// (named `ValueOption`, not `Option`, beside the questionnaire's answer options).
package struct ValueOption<Value: OptionValue>: OptionDeclaration {
    package let spec: OptionSpec
    let validation: OptionValidation<Value>?

    /// A closed set of values (`OptionChoice`) is listed in `--help` and checked when parsing;
    /// `aliases` are other long names that work the same, not shown in `--help`.
    package init(_ long: String, aliases: [String] = [], short: Character? = nil, valueName: String,
                validation: OptionValidation<Value>? = nil, help: String) {
        spec = .value(long, aliases: aliases, short: short, valueName: valueName, defaultValue: nil, allowed: Value.allowedTexts, help: help)
        self.validation = validation
    }
}

/// An option with a value of type `Value` that the command cannot run without (`--count <n>`):
/// parsing fails without it and the usage line shows it without brackets, so it is read as a value.
package struct RequiredOption<Value: OptionValue>: OptionDeclaration {
    package let spec: OptionSpec
    let validation: OptionValidation<Value>?

    package init(_ long: String, short: Character? = nil, valueName: String, validation: OptionValidation<Value>? = nil, help: String) {
        spec = OptionSpec.value(long, short: short, valueName: valueName, allowed: Value.allowedTexts, help: help).required
        self.validation = validation
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

    package init(_ long: String, valueName: String = "list", default defaultValue: [Element], help: String) {
        spec = .value(long, valueName: valueName, defaultValue: defaultValue.map(\.optionText).joined(separator: ","), allowed: nil, help: help)
        self.defaultValue = defaultValue
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


/// What a command, or an option group, declares: a value whose stored properties are its
/// declarations - options, flags, positional arguments, and the `Declarations` of the groups it
/// holds - as swift-argument-parser discovers a command's `@Option`s:
///
///     struct Declared: Declarations {
///         let format = ListOption<ReportFormat>("format", default: [.markdown], help: "...")
///         let output = OutputFileOptions.Declared()
///     }
///
/// The stored properties, in the order written and with a nested group's in its place, are what
/// the parser takes and `--help` lists; values are read by key path into the same value
/// (`Parsed.value(\.format)`, `Parsed.group(\.output)`), so what is not declared cannot be named.
/// Declarations are stored (`let`) properties: a computed one is not declared.
package protocol Declarations: Sendable {
    init()
}

extension Declarations {
    /// The positional arguments, in order.
    package static var positionals: [PositionalSpec] { declared(in: Self()).positionals }
    /// The options and flags, in `--help` order (a nested group's in its place).
    package static var options: [OptionSpec] { declared(in: Self()).options }

    /// The declarations among the stored properties of `value`, in order, nested groups flattened.
    private static func declared(in value: any Declarations) -> (positionals: [PositionalSpec], options: [OptionSpec]) {
        var positionals: [PositionalSpec] = []
        var options: [OptionSpec] = []
        for child in Mirror(reflecting: value).children {
            switch child.value {
            case let option as any OptionDeclaration: options.append(option.spec)
            case let positional as Positional: positionals.append(positional.spec)
            case let group as any Declarations:
                let nested = declared(in: group)
                positionals += nested.positionals
                options += nested.options
            default: continue
            }
        }
        return (positionals, options)
    }
}

/// Options a command, or several commands alike, declare together, and that read and check
/// their own values (swift-argument-parser's `ParsableArguments`/`@OptionGroup`). A command's
/// arguments are one group, which may hold shared groups (`let output = OutputFileOptions.Declared()`
/// among its declarations, read with `arguments.group(\.output)`).
package protocol OptionGroup {
    /// The group's declarations.
    associatedtype Declared: Declarations
    /// Reads and checks the values; a value that cannot be used is a usage error.
    init(_ arguments: Parsed<Declared>) throws(UsageError)
}

/// The values parsed for a command, read by key path into its declarations (`Declared`): what
/// is read is what the parser was given, since both come from the same declarations.
package struct Parsed<Declared: Declarations>: Sendable {
    /// The values by name, parsed against `Declared`'s declarations (or those of a group that holds it).
    let arguments: ParsedArguments
    /// The declarations the key paths lead into.
    package let declared: Declared

    /// The values of a command whose declarations are `Declared` (`CommandSpec(declared:)`).
    package init(_ arguments: ParsedArguments) {
        self.init(arguments, declared: Declared())
    }

    init(_ arguments: ParsedArguments, declared: Declared) {
        self.arguments = arguments
        self.declared = declared
    }

    /// The command the values are for (named in usage errors about them).
    package var commandName: String? { arguments.commandName }

    /// The option's value (the last one given); nil when it was not given.
    /// A text that is not a `Value` is a usage error naming the option and what it takes.
    package func value<Value>(_ key: KeyPath<Declared, ValueOption<Value>>) throws(UsageError) -> Value? {
        try arguments.value(declared[keyPath: key])
    }

    /// The option's value (the parser has checked it is given).
    package func value<Value>(_ key: KeyPath<Declared, RequiredOption<Value>>) throws(UsageError) -> Value {
        try arguments.value(declared[keyPath: key])
    }

    /// The option's value: the last one given, else its default.
    package func value<Value>(_ key: KeyPath<Declared, DefaultedOption<Value>>) throws(UsageError) -> Value {
        try arguments.value(declared[keyPath: key])
    }

    /// The alias the option was last given by (`output` for `--output` when the option is
    /// `--out`); nil when it was given by its own long or short name, or not at all.
    package func alias<Value>(of key: KeyPath<Declared, ValueOption<Value>>) -> String? {
        arguments.aliasesGiven[declared[keyPath: key].spec.long]
    }

    /// Every value of an option given several times, in order.
    package func values<Value>(_ key: KeyPath<Declared, ValueOption<Value>>) throws(UsageError) -> [Value] {
        try arguments.values(declared[keyPath: key])
    }

    /// The values of a list option (the last one given, else its default), each once, in order.
    package func values<Element>(_ key: KeyPath<Declared, ListOption<Element>>) throws(UsageError) -> [Element] {
        try arguments.values(declared[keyPath: key])
    }

    /// Whether the flag was given.
    package func isSet(_ key: KeyPath<Declared, Flag>) -> Bool { arguments.isSet(declared[keyPath: key]) }

    /// Every value of a positional argument.
    package func values(_ key: KeyPath<Declared, Positional>) -> [String] { arguments.values(declared[keyPath: key]) }

    /// The value of a positional argument that takes one (the parser has checked it is there).
    package func value(_ key: KeyPath<Declared, Positional>) -> String { arguments.value(declared[keyPath: key]) }

    /// A group the declarations hold, read and checked by itself (`as:` names it where the
    /// context does not).
    package func group<Group: OptionGroup>(_ key: KeyPath<Declared, Group.Declared>, as _: Group.Type = Group.self) throws(UsageError) -> Group {
        try Group(Parsed<Group.Declared>(arguments, declared: declared[keyPath: key]))
    }
}

/// Reads by declaration, for `Parsed` (which names the declaration by key path) and the parser's tests.
extension ParsedArguments {
    /// The option's value (the last one given); nil when it was not given.
    func value<Value>(_ option: ValueOption<Value>) throws(UsageError) -> Value? {
        guard let text = value(option.spec.long) else { return nil }
        return try parsed(text, for: option.spec, validation: option.validation)
    }

    /// The option's value; a usage error when it was not given (which the parser has checked).
    func value<Value>(_ option: RequiredOption<Value>) throws(UsageError) -> Value {
        guard let text = value(option.spec.long) else {
            throw UsageError(.missingOption(option.spec.name), commandName: commandName)
        }
        return try parsed(text, for: option.spec, validation: option.validation)
    }

    /// The option's value: the last one given, else its default.
    func value<Value>(_ option: DefaultedOption<Value>) throws(UsageError) -> Value {
        guard let text = value(option.spec.long) else { return option.defaultValue }
        return try parsed(text, for: option.spec, validation: option.validation)
    }

    /// The alias the option was last given by; nil when given by its own name, or not at all.
    func alias<Value>(of option: ValueOption<Value>) -> String? { aliasesGiven[option.spec.long] }

    /// Every value of an option given several times, in order.
    func values<Value>(_ option: ValueOption<Value>) throws(UsageError) -> [Value] {
        var parsedValues: [Value] = []
        for text in values(option.spec.long) { parsedValues.append(try parsed(text, for: option.spec, validation: option.validation)) }
        return parsedValues
    }

    /// The values of a list option (the last one given, else its default), each once, in order.
    func values<Element>(_ option: ListOption<Element>) throws(UsageError) -> [Element] {
        guard let list = value(option.spec.long) else { return option.defaultValue }
        var elements: [Element] = []
        for part in list.split(separator: ",", omittingEmptySubsequences: false) {
            // Spaces around a comma are allowed: `--format "markdown, csv"`.
            let name = String(part.drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
            guard !name.isEmpty else { continue }
            guard let element = Element(optionText: name) else {
                throw UsageError(.unknownListValue(name, option: option.spec.name, choices: Element.allCases.map(\.rawValue)), commandName: commandName)
            }
            if !elements.contains(element) { elements.append(element) }
        }
        guard !elements.isEmpty else {
            throw UsageError(.emptyList(option.spec.name), commandName: commandName)
        }
        return elements
    }

    /// Whether the flag was given.
    func isSet(_ flag: Flag) -> Bool { flags.contains(flag.spec.long) }

    /// Every value of a positional argument.
    func values(_ positional: Positional) -> [String] { positionals[positional.spec.name] ?? [] }

    /// The value of a positional argument that takes one (the parser has checked it is there).
    func value(_ positional: Positional) -> String { values(positional).first ?? "" }

    private func parsed<Value: OptionValue>(_ text: String, for spec: OptionSpec, validation: OptionValidation<Value>?) throws(UsageError) -> Value {
        guard let value = Value(optionText: text) else {
            throw UsageError(.invalidValue(text, option: spec.name, expected: Value.expected), commandName: commandName)
        }
        if let validation, !validation.accepts(value) {
            throw UsageError(.invalidValue(text, option: spec.name, expected: validation.expected), commandName: commandName)
        }
        return value
    }
}
