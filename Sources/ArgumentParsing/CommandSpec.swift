/// Declarations of a command's arguments. The same declarations drive parsing and `--help`,
/// so the two can never disagree (the convention of swift-argument-parser).
package struct CommandSpec: Sendable {
    /// The subcommand's name as typed on the command line (`validate`).
    package var name: String
    /// One line that says what the command does.
    package var abstract: String
    /// Optional longer text printed after the overview in `--help`.
    package var discussion: String?
    /// Positional arguments, in order.
    package var positionals: [PositionalSpec]
    /// Named options and flags.
    package var options: [OptionSpec]

    /// A command whose arguments are `declared`'s stored declarations, in order: what the parser
    /// takes and `--help` lists is what the command reads by key path (`Parsed<Declared>`).
    package init<Declared: Declarations>(name: String, abstract: String, discussion: String? = nil, declared: Declared.Type) {
        self.init(name: name, abstract: abstract, discussion: discussion, positionals: declared.positionals, options: declared.options)
    }

    /// A command with typed declarations (the parser's own tests).
    init(
        name: String, abstract: String, discussion: String? = nil,
        positionals: [Positional] = [], options: [any OptionDeclaration] = []
    ) {
        self.init(name: name, abstract: abstract, discussion: discussion,
                  positionals: positionals.map(\.spec), options: options.map(\.spec))
    }

    /// A command from plain specs (the parser's own tests).
    init(
        name: String, abstract: String, discussion: String? = nil,
        positionals: [PositionalSpec] = [], options: [OptionSpec] = []
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.positionals = positionals
        self.options = options
    }
}

extension CommandSpec {
    /// The same command described by other texts (its help in another language): the abstract,
    /// the discussion, and the help of each argument and option by name (`questionnaire`, `out`);
    /// what `texts` does not name keeps its own.
    package func described(by texts: CommandTexts) -> CommandSpec {
        var copy = self
        copy.abstract = texts.abstract
        copy.discussion = texts.discussion
        for index in copy.positionals.indices {
            copy.positionals[index].help = texts.help[copy.positionals[index].name] ?? copy.positionals[index].help
        }
        for index in copy.options.indices {
            copy.options[index].help = texts.help[copy.options[index].long] ?? copy.options[index].help
        }
        return copy
    }
}

/// What `--help` says about a command, in one language: its abstract, its discussion, and the help
/// of its arguments and options by name.
package struct CommandTexts: Sendable {
    package var abstract: String
    package var discussion: String?
    /// The help of each positional argument (by its name) and option (by its long name).
    package var help: [String: String]

    package init(abstract: String, discussion: String?, help: [String: String]) {
        (self.abstract, self.discussion, self.help) = (abstract, discussion, help)
    }
}

/// How many values a positional argument takes.
package enum Arity: Sendable, Equatable {
    case one, optional, oneOrMore, zeroOrMore

    var isRequired: Bool { self == .one || self == .oneOrMore }
}

/// A positional argument such as `<questionnaire>`.
package struct PositionalSpec: Sendable {
    package var name: String
    package var help: String
    package var arity: Arity

    init(_ name: String, help: String, arity: Arity = .one) {
        self.name = name
        self.help = help
        self.arity = arity
    }
}

/// A named option (`--out DIR`) or flag (`--force`).
package struct OptionSpec: Sendable {
    /// What an option takes.
    package enum Kind: Sendable, Equatable {
        /// A Boolean flag: present or not.
        case flag
        /// An option with a value; `allowed` lists the accepted values when the set is closed.
        case value(valueName: String, defaultValue: String?, allowed: [String]?)
    }

    package var long: String
    /// Other long names that work the same, not shown in `--help` (an older or other spelling).
    package var aliases: [String] = []
    package var short: Character?
    package var help: String
    package var kind: Kind
    /// Whether the command cannot run without it (shown without brackets in the usage line).
    package var isRequired = false

    /// The same option, required.
    var required: OptionSpec {
        var copy = self
        copy.isRequired = true
        return copy
    }

    /// A flag, such as `--strict`.
    static func flag(_ long: String, short: Character? = nil, help: String) -> OptionSpec {
        OptionSpec(long: long, short: short, help: help, kind: .flag)
    }

    /// The option as usage errors name it (`--out <dir>`, `--force`).
    package var name: OptionName {
        if case .value(let valueName, _, _) = kind { OptionName(long: long, valueName: valueName) } else { OptionName(long: long, valueName: nil) }
    }

    /// Whether `--name` names this option, by its long name or an alias.
    func isNamed(_ name: String) -> Bool { long == name || aliases.contains(name) }

    /// An option with a value, such as `--out <dir>`.
    package static func value(
        _ long: String, aliases: [String] = [], short: Character? = nil, valueName: String, defaultValue: String? = nil,
        allowed: [String]? = nil, help: String
    ) -> OptionSpec {
        OptionSpec(
            long: long, aliases: aliases, short: short, help: help,
            kind: .value(valueName: valueName, defaultValue: defaultValue, allowed: allowed))
    }
}
