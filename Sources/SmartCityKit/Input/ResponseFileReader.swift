import Foundation

/// Reads a responses file (CSV streamed in chunks, a survey-tool export, or a JSON array of
/// objects) row by row, checking each against the questionnaire. Memory does not grow with the
/// number of rows, except for the set of respondent ids kept to detect duplicates.
public final class ResponseFileReader {
    private enum Records {
        case csv(ExportTable)
        case json([[String]], digest: String)
    }

    public let path: String
    public private(set) var interpreter: ResponseInterpreter
    private var records: Records
    /// Whether the last row was read (or reading failed).
    private var finished = false
    /// The spreadsheet number of the last JSON element read.
    private var jsonRow = 1
    private var invalidUTF8 = false

    /// The layout found in the header.
    public var layout: ResponseLayout { interpreter.layout }

    /// Opens a file and reads its header; the diagnostics include the header's warnings and a
    /// note naming the survey tool detected. Returns nil (with errors) when the file cannot be
    /// read as responses at all.
    public static func open(
        path: String, questionnaire: Questionnaire, options: ReadingOptions
    ) -> (reader: ResponseFileReader?, diagnostics: [Diagnostic]) {
        open(path: path, questionnaire: questionnaire, options: options, checksDuplicates: true)
    }

    /// Opens a file; `checksDuplicates` off leaves duplicate ids to a caller that tracks them over files.
    static func open(
        path: String, questionnaire: Questionnaire, options: ReadingOptions, checksDuplicates: Bool
    ) -> (reader: ResponseFileReader?, diagnostics: [Diagnostic]) {
        if Self.isJSON(path: path) {
            return openJSON(path: path, questionnaire: questionnaire, options: options, checksDuplicates: checksDuplicates)
        }
        let opened = ExportTable.open(path: path, questionnaire: questionnaire, options: options)
        guard let table = opened.table else { return (nil, opened.diagnostics) }
        let made = ResponseInterpreter.make(
            header: table.header, displayNames: table.displayNames, idColumn: table.idColumn, questionnaire: questionnaire, file: path)
        guard var interpreter = made.interpreter else { return (nil, opened.diagnostics + made.diagnostics) }
        interpreter.checksDuplicates = checksDuplicates
        return (ResponseFileReader(path: path, interpreter: interpreter, records: .csv(table)), opened.diagnostics + made.diagnostics)
    }

    private static func openJSON(
        path: String, questionnaire: Questionnaire, options: ReadingOptions, checksDuplicates: Bool
    ) -> (reader: ResponseFileReader?, diagnostics: [Diagnostic]) {
        switch FileInput.readAll(path: path) {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let bytes):
            switch JSONResponseTable.read(bytes, path: path) {
            case .failure(let diagnostic): return (nil, [diagnostic])
            case .success(let table):
                let made = ResponseInterpreter.make(header: table.header, idColumn: options.plainIDColumn, questionnaire: questionnaire, file: path)
                guard var interpreter = made.interpreter else { return (nil, made.diagnostics) }
                interpreter.checksDuplicates = checksDuplicates
                return (ResponseFileReader(path: path, interpreter: interpreter, records: .json(table.rows, digest: SHA256.hex(of: bytes))),
                        made.diagnostics)
            }
        }
    }

    private init(path: String, interpreter: ResponseInterpreter, records: Records) {
        self.path = path
        self.interpreter = interpreter
        self.records = records
    }

    /// Responses in JSON are recognised by the `.json` extension.
    static func isJSON(path: String) -> Bool {
        path.lowercased().hasSuffix(".json")
    }

    /// The next row's outcome and its diagnostics, or nil at the end of the file.
    public func next() -> (outcome: ResponseInterpreter.Outcome, diagnostics: [Diagnostic])? {
        guard !finished else { return nil }
        switch records {
        case .json(let rows, _):
            guard jsonRow - 1 < rows.count else { return nil }
            let fields = rows[jsonRow - 1]
            jsonRow += 1
            return interpreter.interpret(fields, row: jsonRow, line: jsonRow)
        case .csv(let table):
            do {
                guard let (fields, record, row) = try table.next() else {
                    invalidUTF8 = table.invalidUTF8
                    finished = true
                    return nil
                }
                let result = interpreter.interpret(fields, row: row, line: record.line)
                return (result.0, table.takeWarnings(row: row) + result.1)
            } catch {
                finished = true
                let message = (error as? CSVSyntaxError)?.message ?? "reading failed: \(error)"
                let row = table.rowNumber + 1
                return (.excluded(ExcludedRow(row: row, respondentID: nil, reason: .unreadable)),
                        [.error(SourceLocation(file: path, position: .row(row)), message + "; the rest of the file is not read")])
            }
        }
    }

    /// Warnings known only at the end: a header without rows, bytes that were not UTF-8 after
    /// the first chunk. Ask once `next()` returned nil.
    public var endDiagnostics: [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if !interpreter.hasSeenRows { diagnostics.append(.warning(SourceLocation(file: path), "the file has a header but no respondent rows")) }
        if invalidUTF8 {
            diagnostics.append(.warning(SourceLocation(file: path), "part of the file is not valid UTF-8; those characters were replaced. Save the file as UTF-8"))
        }
        return diagnostics
    }

    /// The SHA-256 of the file; complete once `next()` returned nil.
    public var sha256: String {
        switch records {
        case .csv(let table): return table.sha256
        case .json(_, let digest): return digest
        }
    }
}

/// The header rows of a CSV file: which survey tool wrote it, where its data start, and how its
/// columns translate into our canonical header.
struct ExportPrelude {
    var header: [String]
    var displayNames: [String]?
    var idColumn: String
    var headerRows: Int
    /// The export's columns as its header rows describe them.
    var columns: [ExportColumn]
    var dataRows: [CSVRecord]
    var transformer: ExportTransformer?
    var diagnostics: [Diagnostic]

    /// Reads the header rows (and a few rows ahead when the tool must be detected); nil for an empty file.
    static func read<Source: ByteSource>(
        _ reader: inout CSVReader<Source>, path: String, questionnaire: Questionnaire?, options: ReadingOptions
    ) throws -> ExportPrelude? {
        guard let first = try reader.next() else { return nil }
        var rows = [first]
        let given = options.dialect ?? options.mapping?.dialect
        if given == nil || given == .qualtrics || given == .surveyMonkey {
            while rows.count < 3, let more = try reader.next() { rows.append(more) }
        }
        var diagnostics: [Diagnostic] = []
        let detected = SurveyDialect.detect(rows.map(\.fields))
        let dialect = given ?? detected?.dialect ?? .csv
        if given == nil, let detected {
            diagnostics.append(.note(SourceLocation(file: path), "read as an export of \(detected.dialect.displayName) (found \(detected.evidence)); use --from to choose another tool"))
        } else if let given, given != .csv, detected == nil || detected?.dialect != given {
            if let other = detected { diagnostics.append(.warning(SourceLocation(file: path), "the header looks like an export of \(other.dialect.displayName), but it is read as \(given.displayName) as asked")) }
        }
        let headerCount = min(dialect.headerRowCount(rows.map(\.fields)), rows.count)
        let dataRows = Array(rows.dropFirst(headerCount))
        guard dialect != .csv || options.mapping != nil else {
            return ExportPrelude(header: first.fields, displayNames: nil, idColumn: options.plainIDColumn, headerRows: 1,
                                 columns: first.fields.enumerated().map { ExportColumn(index: $0.offset, name: $0.element) },
                                 dataRows: dataRows, transformer: nil, diagnostics: diagnostics)
        }
        let columns = dialect.columns(rows.prefix(headerCount).map(\.fields))
        let plan = ColumnPlanner(dialect: dialect, questionnaire: questionnaire, mapping: options.mapping, idColumn: options.idColumn).plan(columns)
        for (column, reason) in plan.unmapped {
            diagnostics.append(.warning(SourceLocation(file: path, row: 1, column: column.name), "column \"\(column.name)\" \(reason)"))
        }
        if !plan.hasID {
            diagnostics.append(.note(SourceLocation(file: path), "no respondent id column; rows are identified as row-N by their row number (name one with --id-column)"))
        }
        let transformer = ExportTransformer(dialect: dialect, columns: columns, plan: plan, questionnaire: questionnaire, mapping: options.mapping)
        return ExportPrelude(header: transformer.header, displayNames: transformer.displayNames, idColumn: "id", headerRows: headerCount,
                             columns: columns, dataRows: dataRows, transformer: transformer, diagnostics: diagnostics)
    }
}

/// A JSON responses file: an array of objects, turned into a header and rows of cells.
enum JSONResponseTable {
    struct Table {
        var header: [String]
        var rows: [[String]]
    }

    static func read(_ bytes: [UInt8], path: String) -> Result<Table, Diagnostic> {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            return .failure(.error(SourceLocation(file: path, line: error.line, column: error.column), "invalid JSON: \(error.message)"))
        }
        guard case .array(let elements) = root.value else {
            return .failure(.error(SourceLocation(file: path, line: root.line, column: root.column),
                                   "expected an array of respondent objects, found \(root.typeName)"))
        }
        var header: [String] = []
        var columnOf: [String: Int] = [:]
        var objects: [[JSONNode.Member]] = []
        for element in elements {
            guard case .object(let members) = element.value else {
                return .failure(.error(SourceLocation(file: path, line: element.line, column: element.column),
                                       "expected an object per respondent, found \(element.typeName)"))
            }
            for member in members where columnOf[member.key] == nil {
                columnOf[member.key] = header.count
                header.append(member.key)
            }
            objects.append(members)
        }
        let rows = objects.map { members -> [String] in
            var cells = [String](repeating: "", count: header.count)
            for member in members { cells[columnOf[member.key]!] = cell(member.value) }
            return cells
        }
        return .success(Table(header: header, rows: rows))
    }

    /// A JSON value as the text a CSV cell would hold (arrays become `;`-separated codes).
    private static func cell(_ node: JSONNode) -> String {
        switch node.value {
        case .null: return ""
        case .bool(let value): return value ? "yes" : "no"
        case .number(let value): return NumberFormat.plain(value)
        case .string(let text): return text
        case .array(let elements): return elements.map(cell).joined(separator: ";")
        case .object: return "[object]"
        }
    }
}
