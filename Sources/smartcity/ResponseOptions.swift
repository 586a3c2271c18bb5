import ArgumentParsing
import SmartCityKit

/// Options about reading responses files, shared by `validate`, `score`, `map` and `import`.
struct ResponseOptions {
    static let idColumn = ValueOption<String>(
        "id-column", valueName: "name", help: "The column that identifies a respondent (default: id, or the survey tool's own).")
    static let from = ValueOption<SurveyDialect>("from", valueName: "tool", help: "The survey tool that wrote the responses (default: detected).")
    static let map = ValueOption<String>("map", valueName: "file", help: "A mapping file from export columns and labels to the questionnaire.")
    static let includeIncomplete = Flag(
        "include-incomplete",
        help: "Rank and count responses the survey tool marks unfinished, or below the questionnaire's minimumTotalCoverage.")
    static let keepColumn = ValueOption<String>(
        "keep-column", valueName: "name",
        help: "Copy this metadata column into the reports although the questionnaire does not declare it, or although it holds personal data (repeatable).")
    static let sheet = ValueOption<String>(
        "sheet", valueName: "name", help: "The sheet of an .xlsx workbook to read (default: the template's answers, or the first sheet).")
    /// What every command that reads responses declares.
    static let reading: [any OptionDeclaration] = [idColumn, from, map, sheet]
    /// What the commands that score declare besides.
    static let scoring: [any OptionDeclaration] = [includeIncomplete, keepColumn]

    var idColumn: String?
    var dialect: SurveyDialect?
    var mapPath: String?
    var includeIncomplete: Bool
    var keepColumns: [String]
    var sheet: String?

    init(_ arguments: ParsedArguments) throws(UsageError) {
        sheet = try arguments.value(Self.sheet)
        keepColumns = try arguments.values(Self.keepColumn)
        includeIncomplete = arguments.isSet(Self.includeIncomplete)
        idColumn = try arguments.value(Self.idColumn)
        dialect = try arguments.value(Self.from)
        mapPath = try arguments.value(Self.map)
    }

    /// The reading options, with the mapping file loaded and checked against the questionnaire
    /// (when there is one); nil after reporting errors.
    func readingOptions(for questionnaire: Questionnaire?, console: Console) -> (options: ReadingOptions?, diagnostics: [Diagnostic]) {
        var options = ReadingOptions(idColumn: idColumn, dialect: dialect)
        options.includeIncomplete = includeIncomplete
        options.keepColumns = keepColumns
        options.sheet = sheet
        options.catalogDirectory = "Questionnaires"
        guard let mapPath else { return (options, []) }
        let loaded = ResponseMapping.load(path: mapPath)
        var diagnostics = loaded.diagnostics
        if let mapping = loaded.mapping, let questionnaire {
            diagnostics += mapping.diagnostics(against: questionnaire, file: mapPath)
        }
        console.report(diagnostics)
        guard let mapping = loaded.mapping, !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        options.mapping = mapping
        return (options, diagnostics)
    }
}

extension SurveyDialect: OptionValue, OptionChoice {}
