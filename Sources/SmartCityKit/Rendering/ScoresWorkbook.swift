/// `scores.xlsx` (`score --format xlsx`): the scores for people who open them in Excel or Calc
/// - a Dutch- or French-locale Excel puts a comma-separated CSV in one column and mangles its
/// accents. Three sheets in the report language: the wide scores (what `scores.csv` holds, from
/// the same `ScoresTable`: numbers as numbers, shares as percentages of the same value, a frozen
/// header, readable widths), the scores per dimension, and the summary tables.
///
/// Written as a stream: respondents are added as they are read back and their rows deflated into
/// temporary files, so memory does not grow with the cohort. A sheet holds at most 1,048,576
/// rows: beyond that the Scores sheet holds the first respondents, the summary sheet says so,
/// and `scores.csv` holds them all (`formats(_:respondentCount:)` adds it).
final class ScoresWorkbook {
    typealias Cell = WorkbookWriter.Cell
    static let file = "scores.xlsx"
    /// Rows a sheet can hold, the header included.
    static let rowLimit = SheetRowLimit.excel

    private let summary: CohortSummary
    private let strings: ReportStrings
    private let table: ScoresTable
    private let declaredNumbers: [Bool]
    private let dimensions: [String]
    private let rowLimit: Int
    /// Whether the scores per dimension fit on a sheet of their own.
    private let includesLong: Bool
    private let stream: WorkbookStream
    private var respondentCount = 0

    /// A workbook for the cohort, its sheets staged in `temporaryFolder` (in memory when nil);
    /// `rowLimit` is lowered by tests only.
    init(summary: CohortSummary, strings: ReportStrings, temporaryFolder: String?, rowLimit: Int = ScoresWorkbook.rowLimit) throws {
        self.summary = summary
        self.strings = strings
        self.rowLimit = rowLimit
        let table = ScoresTable(summary)
        self.table = table
        declaredNumbers = ScoresTable.declaredNumbers(in: summary)
        dimensions = summary.questionnaire.dimensions.map { summary.text($0.label) }
        let includesLong = summary.respondentCount * dimensions.count < rowLimit
        self.includesLong = includesLong
        let headings = table.columns.map { Cell.heading(table.heading($0, in: summary, strings: strings)) }
        func widths(_ headers: Int, first: Double) -> [Double] { [first] + Array(repeating: 14, count: max(0, headers - 1)) }
        var sheets = [WorkbookWriter.Sheet(name: strings.scoresSheet, rows: [], columnWidths: widths(headings.count, first: 18), frozenRows: 1)]
        if includesLong { sheets.append(.init(name: strings.longScoresSheet, rows: [], columnWidths: [18, 28, 10, 22, 12, 10], frozenRows: 1)) }
        sheets.append(.init(name: strings.summarySheet, rows: [], columnWidths: widths(9, first: 30)))
        stream = try WorkbookStream(sheets: sheets, temporaryFolder: temporaryFolder)
        try stream.append(headings, to: 0)
        if includesLong {
            try stream.append([strings.id, strings.dimension, strings.score, strings.maturity, "\(strings.coverage) (%)", strings.answered].map(Cell.heading), to: 1)
        }
    }

    /// Whether `count` respondents are more than the Scores sheet holds.
    static func isCut(respondentCount count: Int, rowLimit: Int = rowLimit) -> Bool { SheetRowLimit(rows: rowLimit).cuts(count) }

    /// The formats to write: with `xlsx`, `csv` too when the workbook cannot hold every
    /// respondent (a warning in the run's `language` says so).
    package static func formats(_ formats: [OutputFormat], respondentCount: Int, rowLimit: Int = rowLimit, language: String) -> Checked<[OutputFormat]> {
        SheetRowLimit.formats(formats, workbook: .xlsx, csv: .csv, workbookFile: file, csvFile: CSVReportRenderer.wideFile,
                              count: respondentCount, capacity: rowLimit - 1, unit: .respondents, wording: .forLanguage(language))
    }

    /// Some respondents' rows as sheet XML, numbered by their place in the cohort: made on
    /// every core at once (it only reads), added in input order by `add`.
    struct Rows {
        var respondents = 0
        var wide = ByteBuffer(), wideCount = 0
        var long = ByteBuffer(), longCount = 0
    }

    /// The rows of consecutive respondents. Thread-safe.
    func rows(of respondents: [RankedRespondent]) -> Rows {
        var rows = Rows(respondents: respondents.count)
        let columns = table.columns
        for ranked in respondents where !Self.isCut(respondentCount: ranked.sequence + 1, rowLimit: rowLimit) {
            WorkbookWriter.appendRow(columns.map { column in
                var isDeclaredNumber = false
                if case .metadata(let index) = column { isDeclaredNumber = declaredNumbers[index] }
                return cell(table.value(column, of: ranked), isDeclaredNumber: isDeclaredNumber)
            }, number: ranked.sequence + 2, to: &rows.wide)
            rows.wideCount += 1
            guard includesLong else { continue }
            let respondent = ranked.respondent
            for (index, result) in respondent.score.dimensions.enumerated() {
                WorkbookWriter.appendRow([.text(respondent.id), .text(dimensions[index]), number(result.exactScore),
                                          summary.band(result.bandID, forDimension: index).map { .text(summary.text($0.label)) } ?? .empty,
                                          .percent(ScoresTable.rounded(result.exactCoverage)), .number(Double(result.answered))],
                                         number: 2 + ranked.sequence * dimensions.count + index, to: &rows.long)
                rows.longCount += 1
            }
        }
        return rows
    }

    /// Adds rows made by `rows(of:)`, in input order.
    func add(_ rows: Rows) throws {
        respondentCount += rows.respondents
        try stream.appendRendered(rows.wide, rowCount: rows.wideCount, to: 0)
        if includesLong { try stream.appendRendered(rows.long, rowCount: rows.longCount, to: 1) }
    }

    /// Adds the summary sheet and writes the workbook through `sink`, in pieces.
    package func write(to sink: @escaping ZipStreamWriter.Sink) throws {
        for row in summaryRows() { try stream.append(row, to: includesLong ? 2 : 1) }
        try stream.write(to: sink)
    }

    /// The summary sheet: statistics per dimension and the total, then the maturity types.
    private func summaryRows() -> [[Cell]] {
        let cut = Self.isCut(respondentCount: respondentCount, rowLimit: rowLimit)
        var tables: [[Cell]] = [[.heading("\(summary.text(summary.questionnaire.title)) — \(strings.summaryTitle)")], cut ? [.text(strings.scoresSheetCut)] : [],
                                [strings.dimension, strings.respondents, strings.mean, strings.standardDeviation, strings.minimum,
                                 strings.firstQuartile, strings.median, strings.thirdQuartile, strings.maximum].map(Cell.heading)]
        for (label, statistics) in zip(dimensions + [strings.totalScore], summary.dimensionStatistics + [summary.totalStatistics]) {
            guard let statistics else { tables.append([.text(label), .number(0)]); continue }
            tables.append([.text(label), .number(Double(statistics.count)), .number(statistics.mean), statistics.standardDeviation.map(Cell.number) ?? .empty,
                           .number(statistics.minimum), .number(statistics.firstQuartile), .number(statistics.median),
                           .number(statistics.thirdQuartile), .number(statistics.maximum)])
        }
        tables += [[], [strings.maturity, strings.count, "\(strings.share) (%)", "\(strings.referenceShare) (%)"].map(Cell.heading)]
        for count in summary.bandCounts {
            tables.append([band(count.bandID), .number(Double(count.count)), .percent(count.share), count.referenceShare.map(Cell.percent) ?? .empty])
        }
        if !includesLong { tables += [[], [.text(strings.longSheetOmitted)]] }
        return tables
    }

    /// A value of `scores.csv` as a typed cell: numbers as numbers (a metadata value the
    /// questionnaire declares a number too, where it reads as one), a share as the same fraction
    /// shown as a percentage, a band as its label.
    private func cell(_ value: ScoresTable.Value, isDeclaredNumber: Bool) -> WorkbookWriter.Cell {
        switch value {
        case .text(let text):
            if isDeclaredNumber, let number = NumberFormat.parse(Substring(text)), number.isFinite { return .number(number) }
            return text.isEmpty ? .empty : .text(text)
        case .fixed(let value): return number(value)
        case .share(let share): return .percent(ScoresTable.rounded(share))
        case .integer(let value): return value.map { .number(Double($0)) } ?? .empty
        case .band(let id): return band(id)
        case .level(let level): return level.map(WorkbookWriter.Cell.number) ?? .empty
        }
    }

    /// An exact score as the number `scores.csv` shows.
    private func number(_ value: Fraction?) -> WorkbookWriter.Cell { value.map { .number(ScoresTable.rounded($0)) } ?? .empty }

    /// The maturity type's label in the report language.
    private func band(_ id: String?) -> WorkbookWriter.Cell {
        summary.bandLabel(id, in: summary.questionnaire.bands).map(WorkbookWriter.Cell.text) ?? .empty
    }
}
