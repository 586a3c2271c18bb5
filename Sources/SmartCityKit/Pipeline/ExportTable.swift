/// A CSV file or survey-tool export read as our canonical table, row by row, streaming: what
/// `smartcity import` writes. With a questionnaire, cells are the typed answers written back in
/// our own format (codes, values, yes/no, non-answer codes); without one, the export's header
/// rows are flattened and every column is kept as it is.
public final class ExportTable {
    public let path: String
    /// The canonical header.
    public let header: [String]
    private var reader: CSVReader<DecodingByteSource<FileByteSource>>?
    private var pending: [[String]] = []

    /// Opens a CSV file or export; with no questionnaire every column is kept under its own name.
    public static func open(path: String, questionnaire: Questionnaire?, options: ReadingOptions) -> Checked<ExportTable> {
        if let questionnaire {
            let opened = ResponseSource.open(path: path, questionnaire: questionnaire, options: options, hashing: false)
            guard let source = opened.value else { return Checked(nil, opened.diagnostics) }
            let plan = source.plan
            let questions = questionnaire.questions.indices.filter { if case .none = plan.sources[$0] { false } else { true } }
            let header = ["id"] + plan.metadataNames + questions.map { questionnaire.questions[$0].id }
            var rows: [[String]] = []
            var diagnostics = opened.diagnostics
            ScoringRun.read(source, engine: ScoringEngine(questionnaire: questionnaire), purpose: .convert, fileIndex: 0, report: { diagnostics += $0 }) { piece in
                for row in piece.rows {
                    diagnostics += row.diagnostics(file: path)
                    guard case .answers(let id, let metadata, let answers) = row.outcome else { continue }
                    rows.append([id] + metadata + questions.map { canonicalText(answers[$0], to: questionnaire.questions[$0], nonAnswers: questionnaire.nonAnswers) })
                }
            }
            let table = ExportTable(path: path, header: header, reader: nil)
            table.pending = rows
            return Checked(table, diagnostics)
        }
        let start = CSVFileStart.read(path: path, count: 3)
        guard let opened = start.value else { return Checked(nil, start.diagnostics) }
        let rows = opened.records.map(\.fields)
        let dialect = options.dialect ?? SurveyDialect.detect(rows)?.dialect ?? .csv
        let headerCount = min(dialect.headerRowCount(rows), rows.count)
        let names = dialect.columns(Array(rows.prefix(headerCount))).map(\.name)
        let table = ExportTable(path: path, header: names, reader: opened.reader)
        table.pending = Array(rows.dropFirst(headerCount))
        return Checked(table, [])
    }

    private init(path: String, header: [String], reader: CSVReader<DecodingByteSource<FileByteSource>>?) {
        self.path = path
        self.header = header
        self.reader = reader
    }

    /// The next row's cells, or nil at the end.
    public func next() throws -> [String]? {
        if !pending.isEmpty { return pending.removeFirst() }
        guard var reader else { return nil }
        defer { self.reader = reader }
        while let record = try reader.next() {
            if record.fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
            return record.fields
        }
        return nil
    }
}

/// An answer written in our own responses format: the option code, the value, yes/no, the
/// non-answer code, `#not-shown`.
func canonicalText(_ answer: Answer, to question: Question, nonAnswers: [NonAnswer]) -> String {
    switch answer {
    case .blank, .invalid: return ""
    case .notShown: return AnswerDecoder.notShownCode
    case .nonAnswer(let kind): return nonAnswers.first { $0.kind == kind }?.code ?? kind.rawValue
    case .number(let value): return NumberFormat.plain(value)
    case .yesNo(let yes): return yes ? "yes" : "no"
    case .choice(let option): return JSONReportRenderer.optionCode(option, of: question)
    case .choices(let options): return options.map { JSONReportRenderer.optionCode($0, of: question) }.joined(separator: ";")
    }
}
