import Foundation

/// Reads a responses file (CSV streamed in chunks, a survey-tool export, or a JSON array of
/// objects) row by row, checking each against the questionnaire. Memory does not grow with the
/// number of rows, except for the set of respondent ids kept to detect duplicates.
public final class ResponseFileReader {
    private enum Records {
        case csv(FileByteSource)
        case json([[String]], digest: String)
    }

    /// Reads the CSV bytes of a file, decoded to UTF-8.
    typealias TextSource = DecodingByteSource<FileByteSource>

    public let path: String
    public private(set) var interpreter: ResponseInterpreter
    private var records: Records
    /// The CSV reader, kept outside `records` so that reading mutates it in place; nil once finished.
    private var csv: CSVReader<TextSource>?
    /// Data rows read ahead while looking at the header rows.
    private var buffered: [CSVRecord] = []
    /// Translates a survey-tool export's rows into canonical cells; nil for our own format.
    private var transformer: ExportTransformer?
    private var rowNumber: Int
    private var invalidUTF8 = false
    private var reportedWarnings = 0

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
        let fileLocation = SourceLocation(file: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return (nil, [.error(fileLocation, "no such file; check the path")])
        }
        if Self.isJSON(path: path) { return openJSON(path: path, questionnaire: questionnaire, options: options, checksDuplicates: checksDuplicates) }
        do {
            let source = try FileByteSource(path: path)
            var reader = CSVReader(source: TextSource(source))
            guard let prelude = try ExportPrelude.read(&reader, path: path, questionnaire: questionnaire, options: options) else {
                return (nil, [.error(fileLocation, "the file is empty; it needs a header row with \(options.plainIDColumn) and the question codes, then one row per respondent")])
            }
            var diagnostics = prelude.diagnostics
            if reader.byteSource.encoding == .windows1252 {
                diagnostics.insert(.warning(fileLocation,
                    "the file is not UTF-8; it was read as Windows-1252. If accented letters look wrong, save it as UTF-8 (\"CSV UTF-8\" in Excel)"), at: 0)
            }
            let made = ResponseInterpreter.make(
                header: prelude.header, displayNames: prelude.displayNames, idColumn: prelude.idColumn, questionnaire: questionnaire, file: path)
            diagnostics += made.diagnostics
            guard var interpreter = made.interpreter else { return (nil, diagnostics) }
            interpreter.checksDuplicates = checksDuplicates
            let opened = ResponseFileReader(path: path, interpreter: interpreter, records: .csv(source), headerRows: prelude.headerRows)
            opened.csv = reader
            opened.buffered = prelude.dataRows
            opened.transformer = prelude.transformer
            return (opened, diagnostics)
        } catch let error as CSVSyntaxError {
            return (nil, [.error(SourceLocation(file: path, position: .row(1)), error.message)])
        } catch {
            return (nil, [.error(fileLocation, "cannot be read; check its permissions")])
        }
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
                return (ResponseFileReader(path: path, interpreter: interpreter, records: .json(table.rows, digest: SHA256.hex(of: bytes)), headerRows: 1),
                        made.diagnostics)
            }
        }
    }

    private init(path: String, interpreter: ResponseInterpreter, records: Records, headerRows: Int) {
        self.path = path
        self.interpreter = interpreter
        self.records = records
        rowNumber = headerRows
    }

    /// Responses in JSON are recognised by the `.json` extension.
    static func isJSON(path: String) -> Bool {
        path.lowercased().hasSuffix(".json")
    }

    /// The next row's outcome and its diagnostics, or nil at the end of the file.
    public func next() -> (outcome: ResponseInterpreter.Outcome, diagnostics: [Diagnostic])? {
        switch records {
        case .json(let rows, _):
            guard rowNumber - 1 < rows.count else { return nil }
            let fields = rows[rowNumber - 1]
            rowNumber += 1
            return interpreter.interpret(fields, row: rowNumber, line: rowNumber)
        case .csv:
            guard csv != nil else { return nil }
            do {
                var record = buffered.isEmpty ? try csv!.next() : buffered.removeFirst()
                // Rows of empty cells (Excel writes ";;;;" for formatted but empty rows) hold nothing: skip them.
                while let empty = record, empty.fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) {
                    rowNumber += 1
                    record = buffered.isEmpty ? try csv!.next() : buffered.removeFirst()
                }
                let warnings = csv!.warnings
                var diagnostics = warnings.dropFirst(reportedWarnings).map {
                    Diagnostic.warning(SourceLocation(file: path, position: .row(rowNumber + 1)), "line \($0.line): \($0.message)")
                }
                reportedWarnings = warnings.count
                guard let record else {
                    invalidUTF8 = csv!.byteSource.invalidUTF8Later
                    csv = nil
                    return nil
                }
                rowNumber += 1
                let fields = transformer.map { $0.transform(record, row: rowNumber) } ?? record.fields
                let result = interpreter.interpret(fields, row: rowNumber, line: record.line)
                diagnostics += result.1
                return (result.0, diagnostics)
            } catch {
                csv = nil
                let message = (error as? CSVSyntaxError)?.message ?? "reading failed: \(error)"
                rowNumber += 1
                return (.excluded(ExcludedRow(row: rowNumber, respondentID: nil, reason: .unreadable)),
                        [.error(SourceLocation(file: path, position: .row(rowNumber)), message + "; the rest of the file is not read")])
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
        case .csv(let source): return source.digest()
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
