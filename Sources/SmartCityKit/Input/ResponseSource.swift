import Foundation

/// A responses file opened for reading: the plan compiled from its header, and its records -
/// CSV (a survey-tool export or our own format) streamed in blocks, or a JSON array of objects.
/// The file is read once, from start to end, so standard input and pipes work like files.
final class ResponseSource {
    package let path: String
    let plan: ResponsePlan
    /// Notes and warnings about the header (tool detected, unmapped columns, encoding).
    package let diagnostics: [Diagnostic]
    private(set) var records: Records
    /// The CSV file being read, for how far reading has got (workbooks and JSON are read whole on opening).
    private let file: FileByteSource?

    /// What is left to read.
    enum Records {
        /// CSV: records read ahead while the header was studied, then the rest in blocks.
        case csv(CSVReader<DecodingByteSource<FileByteSource>>, readAhead: [CSVRecord], firstRow: Int)
        /// JSON: every respondent's values by column, read whole (JSON files are small).
        case json(rows: [[JSONNode.Value]], digest: String)
        /// A workbook sheet's rows after its header, read whole: sparse, each numbered as the
        /// spreadsheet shows it, read as `width` cells (the header's) where they are.
        case sheet(rows: [WorkbookReader.Row], width: Int, digest: String)
    }

    private init(path: String, plan: ResponsePlan, diagnostics: [Diagnostic], records: Records, file: FileByteSource? = nil) {
        self.file = file
        self.path = path
        self.plan = plan
        self.diagnostics = diagnostics
        self.records = records
    }

    /// How many bytes of the file were read, and its size when known (a regular file being
    /// streamed); nil for a file read whole on opening.
    var bytesRead: (read: Int, size: Int?)? { file.map { ($0.bytesRead, $0.size) } }

    /// Whether a path names JSON responses (by its `.json` extension).
    static func isJSON(path: String) -> Bool { path.lowercased().hasSuffix(".json") }

    /// Opens a file (`-` is standard input) and compiles its plan; nil with errors when the
    /// file cannot be read as responses. A workbook is told from text by its first bytes
    /// (`InputFile`). `hashing` computes the file's SHA-256 as it is read.
    package static func open(path: String, questionnaire: Questionnaire, options: ReadingOptions, hashing: Bool = true) -> Checked<ResponseSource> {
        do {
            switch try InputFile.open(path: path, hashing: hashing, wording: options.csvWording) {
            case .workbook(let bytes):
                return openWorkbook(bytes, path: path, questionnaire: questionnaire, options: options)
            case .text(let file) where isJSON(path: path):
                return openJSON(try file.readToEnd(), path: path, questionnaire: questionnaire, options: options)
            case .text(let file):
                return try openCSV(file, path: path, questionnaire: questionnaire, options: options)
            }
        } catch let error as CSVSyntaxError {
            return .failure(.error(SourceLocation(file: path, position: .row(1)), error.message(options.csvWording)))
        } catch let error as SmartCityError {
            return Checked(error)
        } catch {
            return .failure(UnreadableFile.diagnostic(for: error, path: path, wording: options.csvWording))
        }
    }

    /// CSV: the header rows studied (up to three for the tools that write several), the rest streamed.
    private static func openCSV(_ file: FileByteSource, path: String, questionnaire: Questionnaire, options: ReadingOptions) throws -> Checked<ResponseSource> {
        let location = SourceLocation(file: path)
        var reader = CSVReader(source: DecodingByteSource(file))
        guard let first = try reader.next() else {
            return .failure(.error(location, options.csvWording.emptyResponsesFile(options.plainIDColumn)))
        }
        var rows = [first]
        let given = options.dialect ?? options.mapping?.dialect
        if given == nil || given == .qualtrics || given == .surveyMonkey {
            while rows.count < 3, let more = try reader.next() { rows.append(more) }
        }
        var (plan, headerCount) = ResponsePlan.make(headerRows: rows.map(\.fields), questionnaire: questionnaire, options: options, file: path)
        if reader.byteSource.encoding == .windows1252 {
            plan.diagnostics.insert(.warning(location, options.csvWording.readAsWindows1252), at: 0)
        }
        guard let compiled = plan.value else { return Checked(nil, plan.diagnostics) }
        if compiled.dialect != nil {
            while rows.count < headerCount + AnswerCodingEvidence.sampleRows, let more = try reader.next() { rows.append(more) }
            plan.diagnostics += AnswerCodingEvidence.warnings(compiled, records: rows.dropFirst(headerCount).map(\.fields), mapping: options.mapping,
                                                              wording: options.exportWording)
        }
        let source = ResponseSource(path: path, plan: compiled, diagnostics: plan.diagnostics,
                                    records: .csv(reader, readAhead: Array(rows.dropFirst(headerCount)), firstRow: headerCount + 1), file: file)
        return Checked(source, plan.diagnostics)
    }

    /// A workbook: the template filled in, or a sheet laid out like a responses CSV (`--sheet`).
    private static func openWorkbook(_ bytes: [UInt8], path: String, questionnaire: Questionnaire, options: ReadingOptions) -> Checked<ResponseSource> {
        let location = SourceLocation(file: path)
        let rows: [WorkbookReader.Row]
        do throws(SmartCityError) {
            rows = try InputFile.sheetRows(bytes, named: options.sheet, labels: WorkbookAnswerLabels(questionnaire: questionnaire), path: path,
                                           wording: options.workbookWording)
        } catch {
            return Checked(error)
        }
        guard let header = rows.first else {
            return .failure(.error(location, options.csvWording.emptySheet(options.plainIDColumn)))
        }
        let headerRows = rows.prefix(3).map { $0.fields(width: header.width) }
        let (plan, headerCount) = ResponsePlan.make(headerRows: headerRows, questionnaire: questionnaire, options: options, file: path)
        guard let compiled = plan.value else { return Checked(nil, plan.diagnostics) }
        let records = rows.dropFirst(headerCount).prefix(AnswerCodingEvidence.sampleRows).map { $0.fields(width: header.width) }
        let diagnostics = plan.diagnostics + AnswerCodingEvidence.warnings(compiled, records: Array(records), mapping: options.mapping, wording: options.exportWording)
        return Checked(ResponseSource(path: path, plan: compiled, diagnostics: diagnostics,
                                      records: .sheet(rows: Array(rows.dropFirst(headerCount)), width: header.width, digest: SHA256.hex(of: bytes))), diagnostics)
    }

    private static func openJSON(_ bytes: [UInt8], path: String, questionnaire: Questionnaire, options: ReadingOptions) -> Checked<ResponseSource> {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            return .failure(error.diagnostic(file: path, wording: options.jsonWording))
        }
        // `import` of an export with question texts writes {"labels": {...}, "responses": [...]}.
        let responses = if case .object(let members) = root.value, let member = members.first(where: { $0.key == "responses" }) { member.value } else { root }
        guard case .array(let elements) = responses.value else {
            // A questionnaire is an object with a "format" member.
            let isQuestionnaire = if case .object(let members) = root.value { members.contains { $0.key == "format" } } else { false }
            return .failure(.error(SourceLocation(file: path, line: root.line, column: root.column),
                                   options.csvWording.notAnArray(options.csvWording.jsonType(root.value), isQuestionnaire)))
        }
        var header: [String] = []
        var columnOf: [String: Int] = [:]
        var objects: [[JSONNode.Member]] = []
        for element in elements {
            guard case .object(let members) = element.value else {
                return .failure(.error(SourceLocation(file: path, line: element.line, column: element.column),
                                       options.csvWording.notAnObject(options.csvWording.jsonType(element.value))))
            }
            // The parser refuses a member that appears twice.
            for member in members {
                if columnOf[member.key] == nil {
                    columnOf[member.key] = header.count
                    header.append(member.key)
                }
            }
            objects.append(members)
        }
        let rows = objects.map { members -> [JSONNode.Value] in
            var cells = [JSONNode.Value](repeating: .null, count: header.count)
            for member in members { if let column = columnOf[member.key] { cells[column] = member.value.value } }
            return cells
        }
        let (plan, _) = ResponsePlan.make(headerRows: [header], questionnaire: questionnaire, options: options, file: path, isJSON: true)
        guard let compiled = plan.value else { return Checked(nil, plan.diagnostics) }
        return Checked(ResponseSource(path: path, plan: compiled, diagnostics: plan.diagnostics, records: .json(rows: rows, digest: SHA256.hex(of: bytes))),
                       plan.diagnostics)
    }

    /// Hands the CSV reader to `body` (to read blocks), keeping what it learns.
    func withCSVReader<Result>(_ body: (inout CSVReader<DecodingByteSource<FileByteSource>>) throws -> Result) rethrows -> Result? {
        guard case .csv(var reader, let readAhead, let firstRow) = records else { return nil }
        defer { records = .csv(reader, readAhead: readAhead, firstRow: firstRow) }
        return try body(&reader)
    }

    /// Warnings known only at the end: bytes that were not UTF-8 after the first chunk.
    var endDiagnostics: [Diagnostic] {
        guard case .csv(let reader, _, _) = records, reader.byteSource.invalidUTF8Later else { return [] }
        return [.warning(SourceLocation(file: path), plan.csvWording.invalidUTF8Replaced)]
    }

    /// The SHA-256 of the file (empty when not hashed); complete once everything was read.
    package var sha256: String {
        switch records {
        case .csv(let reader, _, _): return reader.byteSource.underlying.digest()
        case .json(_, let digest), .sheet(_, _, let digest): return digest
        }
    }
}

/// The fields of a record read as strings (header rows and rows read ahead with them).
struct StringCells: ResponseCells {
    let fields: [String]
    let quotedEmpty: [Int]

    var count: Int { fields.count }
    func withText<Result>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Result) -> Result {
        let quoted = quotedEmpty.contains(column)
        return AnswerDecoder.withBytes(fields[column]) { body($0, quoted) }
    }
    func json(_ column: Int) -> JSONNode.Value? { nil }
    func string(_ column: Int) -> String { CSVWriter.withoutFormulaGuard(fields[column]) }
}

/// The cells of a sheet's row, looked up where they are: as many as the header has (or the row's
/// text, when it is wider), without making the empty ones.
struct SheetRowCells: ResponseCells {
    package let row: WorkbookReader.Row
    let count: Int

    init(row: WorkbookReader.Row, width: Int) {
        self.row = row
        count = max(width, row.width)
    }

    func withText<Result>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Result) -> Result {
        AnswerDecoder.withBytes(row.text(column: column)) { body($0, false) }
    }
    func json(_ column: Int) -> JSONNode.Value? { nil }
    func string(_ column: Int) -> String { CSVWriter.withoutFormulaGuard(row.text(column: column)) }
}

/// The fields of a CSV record as byte ranges of its block.
struct BlockCells: ResponseCells {
    let block: UnsafeBufferPointer<UInt8>
    let fields: RecordFields

    var count: Int { fields.count }
    func withText<Result>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Result) -> Result {
        body(UnsafeBufferPointer(rebasing: block[fields.range(column)]), fields.isQuoted(column))
    }
    func json(_ column: Int) -> JSONNode.Value? { nil }
    func string(_ column: Int) -> String {
        String(decoding: CSVWriter.withoutFormulaGuard(UnsafeBufferPointer(rebasing: block[fields.range(column)])), as: UTF8.self)
    }

    /// Whether every field is empty or spaces (Excel writes ";;;;" for formatted, empty rows).
    var isEmptyRow: Bool {
        (0..<fields.count).allSatisfy { column in block[fields.range(column)].allSatisfy(ASCII.isSpace) }
    }
}

/// A JSON respondent's values by column.
struct JSONCells: ResponseCells {
    let values: [JSONNode.Value]

    var count: Int { values.count }
    func withText<Result>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Result) -> Result {
        AnswerDecoder.withBytes(string(column)) { body($0, true) }
    }
    func json(_ column: Int) -> JSONNode.Value? { values[column] }
    /// Metadata and ids: text as it is, numbers in their plain form, booleans as true/false.
    func string(_ column: Int) -> String {
        switch values[column] {
        case .null: return ""
        case .bool(let value): return value ? "true" : "false"
        case .number(let value): return NumberFormat.plain(value)
        case .string(let text): return text
        case .array, .object: return ""
        }
    }
}
