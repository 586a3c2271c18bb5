import Foundation

/// A CSV file or survey-tool export read as our canonical table, row by row, streaming: what
/// `score` and `validate` interpret, `smartcity import` writes and `smartcity map` studies.
public final class ExportTable {
    public let path: String
    /// The canonical header.
    public let header: [String]
    /// Notes and warnings about the header (tool detected, unmapped columns, encoding).
    public let diagnostics: [Diagnostic]
    /// The export's own name of each canonical column, for messages (nil: the header's).
    let displayNames: [String]?
    /// The canonical name of the respondent id column.
    let idColumn: String
    let transformer: ExportTransformer?
    let columns: [ExportColumn]
    private let source: FileByteSource
    private var reader: CSVReader<DecodingByteSource<FileByteSource>>
    private var buffered: [CSVRecord]
    private var reportedWarnings = 0
    /// The spreadsheet number of the last row read (the header rows count).
    private(set) var rowNumber: Int

    /// Opens a CSV file or export; with no questionnaire every column is kept under its own name.
    public static func open(path: String, questionnaire: Questionnaire?, options: ReadingOptions) -> (table: ExportTable?, diagnostics: [Diagnostic]) {
        let location = SourceLocation(file: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return (nil, [.error(location, "no such file; check the path")])
        }
        do {
            let source = try FileByteSource(path: path)
            var reader = CSVReader(source: DecodingByteSource(source))
            guard var prelude = try ExportPrelude.read(&reader, path: path, questionnaire: questionnaire, options: options) else {
                return (nil, [.error(location, "the file is empty; it needs a header row with \(options.plainIDColumn) and the question codes, then one row per respondent")])
            }
            if reader.byteSource.encoding == .windows1252 {
                prelude.diagnostics.insert(.warning(location, "the file is not UTF-8; it was read as Windows-1252. If accented letters look wrong, save it as UTF-8 (\"CSV UTF-8\" in Excel)"), at: 0)
            }
            return (ExportTable(path: path, prelude: prelude, source: source, reader: reader), prelude.diagnostics)
        } catch let error as CSVSyntaxError {
            return (nil, [.error(SourceLocation(file: path, position: .row(1)), error.message)])
        } catch {
            return (nil, [.error(location, "cannot be read; check its permissions")])
        }
    }

    private init(path: String, prelude: ExportPrelude, source: FileByteSource, reader: CSVReader<DecodingByteSource<FileByteSource>>) {
        self.path = path
        header = prelude.header
        diagnostics = prelude.diagnostics
        displayNames = prelude.displayNames
        idColumn = prelude.idColumn
        transformer = prelude.transformer
        columns = prelude.columns
        self.source = source
        self.reader = reader
        buffered = prelude.dataRows
        rowNumber = prelude.headerRows
    }

    /// The next row with content - its canonical cells, raw record and spreadsheet row - or nil
    /// at the end. Rows of empty cells (Excel writes ";;;;" for formatted but empty rows) hold
    /// nothing and are skipped.
    public func next() throws -> (cells: [String], raw: CSVRecord, row: Int)? {
        while let record = buffered.isEmpty ? try reader.next() : buffered.removeFirst() {
            rowNumber += 1
            if record.fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
            return (transformer.map { $0.transform(record, row: rowNumber) } ?? record.fields, record, rowNumber)
        }
        return nil
    }

    /// The reader's warnings (a stray quote, ...) not yet taken, located at `row`.
    func takeWarnings(row: Int) -> [Diagnostic] {
        let warnings = reader.warnings
        defer { reportedWarnings = warnings.count }
        return warnings.dropFirst(reportedWarnings).map {
            Diagnostic.warning(SourceLocation(file: path, position: .row(row)), "line \($0.line): \($0.message)")
        }
    }

    /// Whether bytes after the first chunk turned out not to be UTF-8.
    var invalidUTF8: Bool { reader.byteSource.invalidUTF8Later }

    /// The SHA-256 of the file; complete once `next()` returned nil.
    var sha256: String { source.digest() }
}

/// Drafts a mapping file for an export: what every column was matched to, the answer labels
/// that were recognised, and what could not be mapped and why. A person reviews it.
public enum MappingDraft {
    /// At most this many distinct unmatched answers are listed per column.
    static let maximumListedAnswers = 20

    /// The draft mapping file as JSON, with the diagnostics of reading the export.
    public static func draft(path: String, questionnaire: Questionnaire, options: ReadingOptions) -> (json: String?, diagnostics: [Diagnostic]) {
        // An empty mapping sends even a plain CSV file through the column planner.
        var planned = options
        if planned.mapping == nil { planned.mapping = ResponseMapping() }
        let opened = ExportTable.open(path: path, questionnaire: questionnaire, options: planned)
        guard let table = opened.table else { return (nil, opened.diagnostics) }
        let plan = table.transformer?.plan
        let dialect = table.transformer?.dialect ?? .csv
        var columns: [(String, JSONValue)] = []
        var unmapped: [JSONValue] = []
        for (index, column) in table.columns.enumerated() {
            let target = plan?.targets[index] ?? .metadata
            columns.append((column.name, .string(target.description)))
            if let reason = plan?.unmapped.first(where: { $0.column.index == index })?.reason {
                unmapped.append(.object([("column", .string(column.name)), ("reason", .string(reason))]))
            }
        }
        var answers: [String: [String: String]] = [:]
        var unknown: [String: [String]] = [:]
        do {
            while let (_, raw, _) = try table.next() {
                for (index, target) in (plan?.targets ?? []).enumerated() {
                    guard case .question(let id) = target, raw.fields.indices.contains(index),
                        let question = questionnaire.questions.first(where: { $0.id == id }), let transformer = table.transformer
                    else { continue }
                    let text = raw.fields[index].trimmingSpaces
                    guard !text.isEmpty else { continue }
                    let pieces: [String]
                    if case .multi(let options, _) = question.kind { pieces = transformer.split(text, options: options) } else { pieces = [text] }
                    for piece in pieces {
                        let code = transformer.cell(piece, question: id)
                        if Self.isValid(code, for: question, nonAnswers: questionnaire.nonAnswers) {
                            if code != piece { answers[id, default: [:]][piece] = code }
                        } else if (unknown[table.columns[index].name]?.count ?? 0) < maximumListedAnswers, !(unknown[table.columns[index].name]?.contains(piece) ?? false) {
                            unknown[table.columns[index].name, default: []].append(piece)
                        }
                    }
                }
            }
        } catch {
            return (nil, opened.diagnostics + [.error(SourceLocation(file: path), "\(error)")])
        }
        for (column, labels) in unknown.sorted(by: { $0.key < $1.key }) {
            for label in labels {
                unmapped.append(.object([("column", .string(column)), ("answer", .string(label)),
                                         ("reason", .string("matches no option, scale point or non-answer; add it under answers with its code"))]))
            }
        }
        let document = JSONValue.object([
            ("$comment", .string("Drafted by smartcity map from \(SourceFile(path: path, sha256: "").name); review every line before using it with --map.")),
            ("format", .integer(ResponseMapping.supportedFormat)),
            ("questionnaire", .string(questionnaire.id)),
            ("from", .string(dialect.rawValue)),
            ("columns", .object(columns)),
            ("answers", .object(answers.sorted { $0.key < $1.key }.map { id, labels in
                (id, .object(labels.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))
            })),
            ("unmapped", .array(unmapped)),
        ])
        return (document.rendered() + "\n", opened.diagnostics)
    }

    /// Whether a canonical cell is a valid answer to the question.
    private static func isValid(_ code: String, for question: Question, nonAnswers: [NonAnswer]) -> Bool {
        if nonAnswers.contains(where: { $0.code.lowercased() == code.lowercased() }) { return true }
        switch question.kind {
        case .choice(let options), .multi(let options, _): return code.split(separator: ";").allSatisfy { piece in options.contains { $0.code == piece } }
        case .likert(let scale, _), .level(let scale): return NumberFormat.parse(Substring(code)).map { value in scale.points.contains { $0.value == value } } ?? false
        case .yesNo: return YesNoAnswer.parse(code) != nil
        case .number: return NumberFormat.parse(Substring(code)) != nil
        }
    }
}
