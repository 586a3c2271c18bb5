import Foundation

/// A survey-tool export read as our canonical table, row by row: what `smartcity import`
/// writes and `smartcity map` studies.
public final class ExportTable {
    public let path: String
    /// The canonical header.
    public let header: [String]
    /// Notes and warnings about the header (tool detected, unmapped columns, encoding).
    public let diagnostics: [Diagnostic]
    let transformer: ExportTransformer?
    let columns: [ExportColumn]
    private var reader: CSVReader<DecodingByteSource<FileByteSource>>
    private var buffered: [CSVRecord]
    private var rowNumber: Int

    /// Opens an export; with no questionnaire every column is kept under its own name.
    public static func open(path: String, questionnaire: Questionnaire?, options: ReadingOptions) -> (table: ExportTable?, diagnostics: [Diagnostic]) {
        let location = SourceLocation(file: path)
        guard FileManager.default.fileExists(atPath: path) else { return (nil, [.error(location, "no such file; check the path")]) }
        do {
            var reader = CSVReader(source: DecodingByteSource(try FileByteSource(path: path)))
            guard var prelude = try ExportPrelude.read(&reader, path: path, questionnaire: questionnaire, options: options) else {
                return (nil, [.error(location, "the file is empty")])
            }
            if reader.byteSource.encoding == .windows1252 {
                prelude.diagnostics.insert(.warning(location, "the file is not UTF-8; it was read as Windows-1252. If accented letters look wrong, save it as UTF-8 (\"CSV UTF-8\" in Excel)"), at: 0)
            }
            let table = ExportTable(path: path, prelude: prelude, reader: reader)
            return (table, prelude.diagnostics)
        } catch let error as CSVSyntaxError {
            return (nil, [.error(SourceLocation(file: path, position: .row(1)), error.message)])
        } catch {
            return (nil, [.error(location, "cannot be read; check its permissions")])
        }
    }

    private init(path: String, prelude: ExportPrelude, reader: CSVReader<DecodingByteSource<FileByteSource>>) {
        self.path = path
        header = prelude.header
        diagnostics = prelude.diagnostics
        transformer = prelude.transformer
        columns = prelude.columns
        self.reader = reader
        buffered = prelude.dataRows
        rowNumber = prelude.headerRows
    }

    /// The next row's canonical cells with its raw record, or nil at the end.
    public func next() throws -> (cells: [String], raw: CSVRecord)? {
        guard let record = buffered.isEmpty ? try reader.next() : buffered.removeFirst() else { return nil }
        rowNumber += 1
        let cells = transformer.map { $0.transform(record, row: rowNumber) } ?? record.fields
        return (cells, record)
    }
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
            while let (_, raw) = try table.next() {
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
