import Foundation
import ArgumentParsing
import SmartCityKit

// The declarations and option groups that several commands share, in one place. A command's own
// arguments are one `CommandArguments` group (in its file) whose `Declared` value holds every
// declaration it takes, these among them, in `--help` order, and which reads them by key path into
// that value, through the groups below.

/// A command's arguments: its declarations, read and checked at once before it runs.
protocol CommandArguments: OptionGroup {
    /// `--color`, which every command takes (applied to the console before the command runs).
    var color: ColorMode { get }
}

/// Options that several subcommands take, declared once.
enum SharedOptions {
    static let strict = Flag("strict", help: "Treat warnings as errors (exit 1).")
    static let color = DefaultedOption<ColorMode>("color", valueName: "when", default: .auto, help: "Colour diagnostics on stderr.")
    static let quiet = Flag("quiet", help: "No progress lines on stderr (shown only when stderr is a terminal).")
    static let language = ValueOption<String>(
        "lang", valueName: "code",
        help: "Language of the texts: nl, fr or en, also as nl-BE or nl_BE.UTF-8 (default: LC_ALL, LC_MESSAGES or LANG, else the questionnaire's default language).")
}

/// When diagnostics on stderr get colour (`--color`).
enum ColorMode: String, OptionChoice {
    /// When stderr is a terminal that shows colour.
    case auto
    case always
    case never
}

/// Arguments that several commands declare alike. The one file a command writes is named with
/// `-o/--output`, the folder of a report set with `-o/--out`; the other spelling is a hidden alias
/// of each, read the same with a note on stderr.
enum CommonArguments {
    static let questionnaire = Positional("questionnaire", help: "The questionnaire file (JSON).")
    /// `-o/--output FILE`: the one file a command writes (standard output without it).
    static let outFile = ValueOption<String>("output", aliases: ["out"], short: "o", valueName: "file",
                                             help: "Write to this file instead of standard output.")
    static let forceOutput = Flag("force", short: "f", help: "Overwrite the output file.")
    /// `-o/--out DIR`: the folder of a report set.
    static let outFolder = ValueOption<String>("out", aliases: ["output"], short: "o", valueName: "dir", help: "The output folder.")
    static let forceReports = Flag("force", short: "f", help: "Overwrite the files of an existing report set (all are replaced at once).")
}

/// `-o/--output FILE` and `-f/--force`: the one text file a command writes, or standard output.
struct OutputFileOptions: OptionGroup {
    struct Declared: Declarations {
        let output = CommonArguments.outFile
        let force = CommonArguments.forceOutput
    }

    /// The file; nil (or "-") for standard output.
    var path: String?
    var force: Bool
    /// How the file was named when with `--out`.
    var spelling: OutputPathCheck.OtherSpelling?

    /// A blank `--output` is a usage error.
    init(_ arguments: Parsed<Declared>) throws(UsageError) {
        path = try OutputPathCheck.nonBlank(arguments, \.output)
        force = arguments.isSet(\.force)
        spelling = OutputPathCheck.otherSpelling(arguments, \.output)
    }

    /// Opens the file (or standard output); nil after reporting why it cannot be. One naming an
    /// input is a usage error. A note on the option's spelling is worded by `messages`.
    func open(inputs: [String], messages: MessageStrings, wording: OutputFileWording = .english, commandName: String,
              console: Console) throws(UsageError) -> TextOutput? {
        if let spelling { console.err(spelling.note(messages)) }
        try OutputPathCheck.requireDistinct(output: path, inputs: inputs, commandName: commandName)
        let opened = TextOutput.open(path: path, force: force, wording: wording)
        console.report(opened.diagnostics)
        return opened.value
    }

    /// Finishes it: the exit code, after reporting a write failure.
    static func finish(_ output: TextOutput, console: Console) -> ExitCode {
        guard let problem = output.finish() else { return .success }
        console.report([problem])
        return .invalidInput
    }
}

/// The declarations of how to read an export that `ResponseOptions` reads: `map` declares them
/// without `--sheet`, with its own help for `--map`.
protocol ResponseFormatDeclarations: Declarations {
    var idColumn: ValueOption<String> { get }
    var from: ValueOption<SurveyDialect> { get }
    var map: ValueOption<String> { get }
}

/// Options about reading responses files, shared by `validate`, `import`, `score`, `compare` and `stats`.
struct ResponseOptions: OptionGroup {
    /// `--id-column` and `--from`, which `map` declares too.
    static let idColumn = ValueOption<String>(
        "id-column", valueName: "name", help: "The column that identifies a respondent (default: id, or the survey tool's own).")
    static let from = ValueOption<SurveyDialect>("from", valueName: "tool", help: "The survey tool that wrote the responses (default: detected).")

    struct Declared: ResponseFormatDeclarations {
        let idColumn = ResponseOptions.idColumn
        let from = ResponseOptions.from
        let map = ValueOption<String>("map", valueName: "file", help: "A mapping file from export columns and labels to the questionnaire.")
        let sheet = ValueOption<String>(
            "sheet", valueName: "name", help: "The sheet of an .xlsx workbook to read (default: the template's answers, or the first sheet).")
    }

    var idColumn: String?
    var dialect: SurveyDialect?
    var mapPath: String?
    var sheet: String?
    /// What the commands that score read besides (none for the others).
    var scoring = ScoringOptions()

    init(_ arguments: Parsed<Declared>) throws(UsageError) {
        let sheet = try arguments.value(\.sheet)
        try self.init(format: arguments)
        self.sheet = sheet
    }

    /// The options of a command that declares no `--sheet` (`map`).
    init<Declared: ResponseFormatDeclarations>(format arguments: Parsed<Declared>) throws(UsageError) {
        idColumn = try arguments.value(\.idColumn)
        dialect = try arguments.value(\.from)
        mapPath = try arguments.value(\.map)
    }

    /// The reading options, with the mapping file loaded and checked against the questionnaire
    /// (when there is one), and the mapping's diagnostics (reported here, in `wording`); no value after errors.
    func readingOptions(for questionnaire: Questionnaire?, console: Console, wording: MappingWording = .english) -> Checked<ReadingOptions> {
        var options = ReadingOptions(idColumn: idColumn, dialect: dialect)
        options.includeIncomplete = scoring.includeIncomplete
        options.keepColumns = scoring.keepColumns
        options.impliedKeepColumns = scoring.impliedKeepColumns
        options.sheet = sheet
        options.catalogDirectory = QuestionnaireCatalog.defaultFolder
        guard let mapPath else { return Checked(options) }
        let loaded = ResponseMapping.load(path: mapPath, wording: wording)
        var diagnostics = loaded.diagnostics
        if let mapping = loaded.value, let questionnaire {
            diagnostics += mapping.diagnostics(against: questionnaire, file: mapPath, wording: wording)
        }
        console.report(diagnostics)
        guard let mapping = loaded.value, !diagnostics.contains(where: { $0.severity == .error }) else { return Checked(nil, diagnostics) }
        options.mapping = mapping
        return Checked(options, diagnostics)
    }
}

extension SurveyDialect: OptionValue, OptionChoice {}

/// What the commands that score (`score`, `compare`, `stats`) read about responses besides.
struct ScoringOptions: OptionGroup {
    struct Declared: Declarations {
        let includeIncomplete = Flag(
            "include-incomplete",
            help: "Rank and count responses the survey tool marks unfinished, or below the questionnaire's minimumTotalCoverage.")
        let keepColumn = ValueOption<String>(
            "keep-column", valueName: "name",
            help: "Copy this metadata column into the reports although the questionnaire does not declare it, or although it holds personal data (repeatable).")
    }

    var includeIncomplete = false
    var keepColumns: [String] = []
    /// Columns kept because another option needs them (`--municipality-column`), which says
    /// itself when one is missing.
    var impliedKeepColumns: [String] = []

    init() {}

    init(_ arguments: Parsed<Declared>) throws(UsageError) {
        keepColumns = try arguments.values(\.keepColumn)
        includeIncomplete = arguments.isSet(\.includeIncomplete)
    }
}

/// `--municipality-column COLUMN`: several respondents answer for one municipality, named in
/// that metadata column (kept in the reports without `--keep-column`).
struct MunicipalityOptions: OptionGroup {
    struct Declared: Declarations {
        let column = ValueOption<String>(
            "municipality-column", valueName: "column",
            help: "A metadata column naming each respondent's municipality, when several respondents answer for one.")
    }

    /// The column; nil when not given.
    var column: String?

    init(_ arguments: Parsed<Declared>) throws(UsageError) {
        column = try arguments.value(\.column).map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The run options with the column kept in the reports.
    func keepingColumn(_ run: ReportRunOptions) -> ReportRunOptions {
        guard let column else { return run }
        var kept = run
        kept.responses.scoring.impliedKeepColumns.append(column)
        return kept
    }
}

/// `--group-by COLUMN` and `--bins COLUMN=EDGES`, as `compare` and `stats` take them.
struct GroupingOptions: OptionGroup {
    struct Declared: Declarations {
        let groupBy = ValueOption<String>("group-by", valueName: "column", help: "A metadata column whose values make groups (region, urban/rural, ...).")
        let bins = ValueOption<String>("bins", valueName: "column=edges",
                                       help: "Size classes of a number column as groups, e.g. population=0,10000,25000,50000.")
    }

    /// The grouping the options ask for; nil when neither is given.
    var grouping: PeerGrouping?

    init(_ arguments: Parsed<Declared>) throws(UsageError) {
        var bins: PeerGrouping.Bins?
        if let text = try arguments.value(\.bins) {
            switch PeerGrouping.Bins.parse(text) {
            case .success(let parsed): bins = parsed
            case .failure(let error):
                throw UsageError(CommandProblem.invalidBins(text, error), commandName: arguments.commandName)
            }
        }
        let groupBy = try arguments.value(\.groupBy).map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        grouping = groupBy != nil || bins != nil ? PeerGrouping(column: groupBy, bins: bins) : nil
    }
}

/// What `score`, `compare`, `stats` and `uncertainty` declare, in their `--help` order: the
/// declarations they share - the questionnaire, `--out`, `--lang`, `--force`, how to read and
/// score the responses, `--strict`, `--quiet`, `--color` - written once, here, around the places
/// where each command declares its own (`Own`). One group would list the shared options together
/// and change `--help`'s order; this one keeps it, and a new shared option is added here for all four.
struct ReportRunDeclared<Own: ReportCommandDeclarations>: Declarations {
    let questionnaire = CommonArguments.questionnaire
    let analysis = Own.Analysis()
    let out = CommonArguments.outFolder
    let format = Own.format
    let language = SharedOptions.language
    let afterLanguage = Own.AfterLanguage()
    let force = CommonArguments.forceReports
    let reading = ResponseOptions.Declared()
    let scoring = ScoringOptions.Declared()
    let afterScoring = Own.AfterScoring()
    let strict = SharedOptions.strict
    let quiet = SharedOptions.quiet
    let color = SharedOptions.color
}

/// What a command declares of its own in the places `ReportRunDeclared` leaves it.
protocol ReportCommandDeclarations {
    /// The formats the command writes.
    associatedtype Format: OptionChoice & Equatable
    /// After the questionnaire: the responses files and the options of the analysis.
    associatedtype Analysis: Declarations
    /// After `--lang`: what the reports take besides (`score`'s ranking and targets).
    associatedtype AfterLanguage: Declarations = NoDeclarations
    /// After the scoring options (`score`'s `--municipality-column`).
    associatedtype AfterScoring: Declarations = NoDeclarations
    /// `--format`, with the command's formats and default.
    static var format: ListOption<Format> { get }
}

/// Nothing declared: a place of `ReportRunDeclared` a command leaves empty.
struct NoDeclarations: Declarations {}

/// What `score`, `compare`, `stats` and `uncertainty` read alike: the questionnaire, the report
/// folder, the language, how to read and score the responses, `--strict`, `--quiet` and `--color`.
struct ReportRunOptions {
    var questionnairePath: String
    /// The report folder; nil for the command's default.
    var folder: String?
    /// How the folder was named when with `--output`.
    var spelling: OutputPathCheck.OtherSpelling?
    var force: Bool
    var language: String?
    var responses: ResponseOptions
    var strict: Bool
    /// No progress lines (`--quiet`).
    var quiet: Bool
    var color: ColorMode

    init<Own>(_ arguments: Parsed<ReportRunDeclared<Own>>) throws(UsageError) {
        questionnairePath = arguments.value(\.questionnaire)
        folder = try OutputPathCheck.nonBlank(arguments, \.out)
        spelling = OutputPathCheck.otherSpelling(arguments, \.out)
        force = arguments.isSet(\.force)
        language = try arguments.value(\.language)
        responses = try arguments.group(\.reading)
        responses.scoring = try arguments.group(\.scoring)
        strict = arguments.isSet(\.strict)
        quiet = arguments.isSet(\.quiet)
        color = try arguments.value(\.color)
    }
}

/// Checks of an output path before anything is read or written: usage errors (exit 64).
enum OutputPathCheck {
    /// The option's value; one given as empty or blank is a usage error.
    static func nonBlank<Declared>(_ arguments: Parsed<Declared>, _ key: KeyPath<Declared, ValueOption<String>>) throws(UsageError) -> String? {
        let value = try arguments.value(key)
        let option = arguments.declared[keyPath: key]
        if let value, value.allSatisfy(\.isWhitespace) {
            throw UsageError(CommandProblem.emptyOutput(option: option.spec.long, namesFolder: option.spec.name.valueName == "dir"), commandName: arguments.commandName)
        }
        return value
    }

    /// An output named by the other spelling (`--out` for a file, `--output` for a folder): read
    /// the same, and said once on stderr in the run's language.
    struct OtherSpelling {
        /// The spelling given (`output`) and the option's own name (`out`).
        var given: String, option: String
        /// Whether the option names a folder.
        var namesFolder: Bool

        /// The note, worded by `messages`.
        func note(_ messages: MessageStrings) -> String {
            "smartcity: note: " + messages.otherSpelling(given, option, namesFolder) + "\n"
        }
    }

    /// How the output was named when by the other spelling; nil for the option's own name.
    static func otherSpelling<Declared>(_ arguments: Parsed<Declared>, _ key: KeyPath<Declared, ValueOption<String>>) -> OtherSpelling? {
        guard let alias = arguments.alias(of: key) else { return nil }
        let option = arguments.declared[keyPath: key]
        let namesFolder = if case .value("dir", _, _) = option.spec.kind { true } else { false }
        return OtherSpelling(given: alias, option: option.spec.long, namesFolder: namesFolder)
    }

    /// An output file that is one of the inputs (the same file by any path or link): writing it
    /// would destroy what is being read.
    static func requireDistinct(output: String?, inputs: [String], commandName: String) throws(UsageError) {
        guard let output, output != "-" else { return }
        for input in inputs where input != "-" && SmartCityKit.isSameFile(input, output) {
            throw UsageError(CommandProblem.outputIsInput(output), commandName: commandName)
        }
    }
}

extension MessageStrings {
    /// The terminal's wording for a command without `--lang` (`generate`, `import`, `map`): in
    /// the environment's language when smartcity has wording in it, else English.
    static var ofEnvironment: MessageStrings { ReportLanguage.messages(requested: nil, environment: ProcessInfo.processInfo.environment) }
}
