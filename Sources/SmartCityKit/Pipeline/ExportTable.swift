/// A CSV file, workbook or survey-tool export read as our canonical table, streaming: what
/// `smartcity import` writes. With a questionnaire, cells are the typed answers written back in
/// our own format (codes, values, yes/no, non-answer codes), one column per question; without
/// one, the export's header rows are flattened, its id column comes first as `id`, and every
/// other column is kept as it is.
package final class ExportTable {
    package let path: String
    /// The canonical header.
    package let header: [String]
    /// Each column's question text, aligned with `header`, when the export has a row of them
    /// (Qualtrics, SurveyMonkey) and no questionnaire renamed the columns; nil otherwise.
    package let labels: [String]?
    private let rows: Rows
    /// What is said about the file's rows, in the run's language.
    private let wording: CSVWording

    private enum Rows {
        /// Typed through the questionnaire's plan.
        case answers(ResponseSource, questionnaire: Questionnaire, questions: [Int])
        /// Kept as written: the rows read ahead, the rest of the file, and where the id is.
        case cells(CSVFileStart.Records, readAhead: [[String]], firstRow: Int, id: IDSource)
    }

    /// Where a row's id comes from when no questionnaire plans the columns.
    private enum IDSource {
        case column(Int)
        /// The tool writes no id (Google Forms): `row-N`, as `score` names such rows.
        case rowNumber
    }

    /// Opens a CSV file, export or workbook (`-` is standard input; a workbook's sheet is read as
    /// its rows, also without a questionnaire).
    package static func open(path: String, questionnaire: Questionnaire?, options: ReadingOptions) -> Checked<ExportTable> {
        if let questionnaire {
            var options = options
            options.keepsAllMetadata = true
            let opened = ResponseSource.open(path: path, questionnaire: questionnaire, options: options, hashing: false)
            guard let source = opened.value else { return Checked(nil, opened.diagnostics) }
            let plan = source.plan
            let questions = questionnaire.questions.indices.filter { if case .none = plan.sources[$0] { false } else { true } }
            let header = ["id"] + plan.metadataNames + questions.map { questionnaire.questions[$0].id }
            let table = ExportTable(path: path, header: header, labels: nil, rows: .answers(source, questionnaire: questionnaire, questions: questions),
                                    wording: options.csvWording)
            return Checked(table, opened.diagnostics)
        }
        let start = CSVFileStart.read(path: path, count: 3, sheet: options.sheet, wording: options.csvWording, workbookWording: options.workbookWording)
        guard let opened = start.value else { return Checked(nil, start.diagnostics) }
        let records = opened.records.map(\.fields)
        let detected = options.dialect == nil ? SurveyDialect.detect(records) : nil
        let dialect = options.dialect ?? detected?.dialect ?? .csv
        let notes = detected.map { [SurveyDialect.detectionNote($0, file: path, wording: options.exportWording)] } ?? []
        let headerCount = min(dialect.headerRowCount(records), records.count)
        var columns = dialect.columns(Array(records.prefix(headerCount)))
        let wanted = options.idColumn.map { [$0] } ?? dialect.defaultIDColumns
        let idColumn = wanted.lazy.compactMap { id in columns.firstIndex { $0.name.lowercased() == id.lowercased() } }.first
        let idText = idColumn.map { columns.remove(at: $0).text ?? "" } ?? ""
        let hasTexts = columns.contains { $0.text != nil }
        let labels = hasTexts ? [idText] + columns.map { column in [column.text, column.subLabel].compactMap { $0 }.joined(separator: " - ") } : nil
        let table = ExportTable(path: path, header: ["id"] + columns.map(\.name), labels: labels, rows: .cells(
            opened.reader, readAhead: Array(records.dropFirst(headerCount)), firstRow: headerCount + 1,
            id: idColumn.map { .column($0) } ?? .rowNumber), wording: options.csvWording)
        return Checked(table, notes)
    }

    private init(path: String, header: [String], labels: [String]?, rows: Rows, wording: CSVWording) {
        self.wording = wording
        self.path = path
        self.header = header
        self.labels = labels
        self.rows = rows
    }

    /// Hands every row's cells (aligned with `header`) to `body`, in file order; rows of empty
    /// cells are skipped. Diagnostics go to `report` as they are found. Stops at the first
    /// error `body` throws, and rethrows it.
    package func forEachRow(report: ([Diagnostic]) -> Void, _ body: ([String]) throws -> Void) throws {
        switch rows {
        case .answers(let source, let questionnaire, let questions):
            var failure: (any Error)?
            ConvertingConsumer.read(source, report: report) { row in
                guard failure == nil, case .answers(let id, let metadata, let answers) = row.outcome else { return }
                let cells = [id] + metadata + questions.map { questionnaire.questions[$0].canonicalText(of: answers[$0], nonAnswers: questionnaire.nonAnswers) }
                do { try body(cells) } catch { failure = error }
            }
            if let failure { throw failure }
        case .cells(var reader, let readAhead, let firstRow, let id):
            var row = firstRow - 1
            func deliver(_ fields: [String]) throws {
                row += 1
                if fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { return }
                var cells: [String]
                switch id {
                case .column(let index):
                    var rest = fields
                    cells = [index < rest.count ? rest.remove(at: index) : ""] + rest
                case .rowNumber:
                    cells = [ResponsePlan.rowNumberID(row)] + fields
                }
                cells.append(contentsOf: repeatElement("", count: max(0, header.count - cells.count)))
                try body(cells)
            }
            for fields in readAhead { try deliver(fields) }
            do {
                while let record = try reader.next() { try deliver(record.fields) }
            } catch let error as CSVSyntaxError {
                report([.error(SourceLocation(file: path, position: .row(row + 1)), error.message(wording) + wording.restNotRead)])
            }
        }
    }
}
