import ArgumentParsing
import SmartCityKit

/// Options about reading responses files, shared by `validate`, `score`, `map` and `import`.
struct ResponseOptions {
    static let idColumnSpec = OptionSpec.value(
        "id-column", valueName: "name", help: "The column that identifies a respondent (default: id, or the survey tool's own).")
    static let fromSpec = OptionSpec.value(
        "from", valueName: "tool", allowed: SurveyDialect.allCases.map(\.rawValue),
        help: "The survey tool that wrote the responses (default: detected).")
    static let mapSpec = OptionSpec.value("map", valueName: "file", help: "A mapping file from export columns and labels to the questionnaire.")
    static let includeIncompleteSpec = OptionSpec.flag(
        "include-incomplete",
        help: "Rank and count responses the survey tool marks unfinished, or below the questionnaire's minimumTotalCoverage.")
    static let keepColumnSpec = OptionSpec.value(
        "keep-column", valueName: "name",
        help: "Copy this metadata column into the reports although the questionnaire does not declare it, or although it holds personal data (repeatable).")
    static let sheetSpec = OptionSpec.value(
        "sheet", valueName: "name", help: "The sheet of an .xlsx workbook to read (default: the template's answers, or the first sheet).")
    static let specs = [idColumnSpec, fromSpec, mapSpec, sheetSpec]

    var idColumn: String?
    var dialect: SurveyDialect?
    var mapPath: String?
    var includeIncomplete: Bool
    var keepColumns: [String]
    var sheet: String?

    init(_ arguments: ParsedArguments) {
        sheet = arguments.value("sheet")
        keepColumns = arguments.values("keep-column")
        includeIncomplete = arguments.flag("include-incomplete")
        idColumn = arguments.value("id-column")
        dialect = arguments.value("from").flatMap(SurveyDialect.init(rawValue:))
        mapPath = arguments.value("map")
    }

    /// The reading options, with the mapping file loaded and checked against the questionnaire
    /// (when there is one); nil after reporting errors.
    func readingOptions(for questionnaire: Questionnaire?, console: Console) -> (options: ReadingOptions?, diagnostics: [Diagnostic]) {
        var options = ReadingOptions(idColumn: idColumn, dialect: dialect)
        options.includeIncomplete = includeIncomplete
        options.keepColumns = keepColumns
        options.sheet = sheet
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
