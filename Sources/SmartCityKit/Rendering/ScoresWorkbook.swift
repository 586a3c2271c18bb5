/// `scores.xlsx` (`score --format xlsx`): the scores for people who open them in Excel or Calc
/// - a Dutch- or French-locale Excel puts a comma-separated CSV in one column and mangles its
/// accents. Three sheets in the report language: the wide scores (what `scores.csv` holds, from
/// the same `ScoresTable`: numbers as numbers, shares as percentages of the same value, a frozen
/// header, readable widths), the scores per dimension, and the summary tables.
struct ScoresWorkbook {
    static let file = "scores.xlsx"
    /// Rows a sheet can hold, the header included.
    static let rowLimit = 1_048_576

    let summary: CohortSummary
    let respondents: [RankedRespondent]
    let strings: ReportStrings

    func bytes() -> [UInt8] {
        typealias Cell = WorkbookWriter.Cell
        let questionnaire = summary.questionnaire
        let dimensions = questionnaire.dimensions.map { summary.text($0.label) }
        let table = ScoresTable(summary), columns = table.columns
        let declaredNumbers = ScoresTable.declaredNumbers(in: summary)
        func cell(_ column: ScoresTable.Column, _ ranked: RankedRespondent) -> Cell {
            var isDeclaredNumber = false
            if case .metadata(let index) = column { isDeclaredNumber = declaredNumbers[index] }
            return self.cell(table.value(column, of: ranked), isDeclaredNumber: isDeclaredNumber)
        }

        var wide: [[Cell]] = [columns.map { .heading(table.heading($0, in: summary, strings: strings)) }]
        var long: [[Cell]] = [[strings.id, strings.dimension, strings.score, strings.maturity, "\(strings.coverage) (%)", strings.answered].map(Cell.heading)]
        let includesLong = respondents.count * dimensions.count < Self.rowLimit
        for ranked in respondents.prefix(Self.rowLimit - 1) {
            let respondent = ranked.respondent, score = respondent.score
            wide.append(columns.map { cell($0, ranked) })
            guard includesLong else { continue }
            for (index, result) in score.dimensions.enumerated() {
                long.append([.text(respondent.id), .text(dimensions[index]), number(result.exactScore),
                             summary.band(result.bandID, forDimension: index).map { .text(summary.text($0.label)) } ?? .empty,
                             .percent(ScoresTable.rounded(result.exactCoverage)), .number(Double(result.answered))])
            }
        }

        var tables: [[Cell]] = [[.heading("\(summary.text(questionnaire.title)) — \(strings.summaryTitle)")], [],
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

        func widths(_ headers: Int, first: Double) -> [Double] { [first] + Array(repeating: 14, count: max(0, headers - 1)) }
        var sheets = [WorkbookWriter.Sheet(name: strings.scoresSheet, rows: wide, columnWidths: widths(wide[0].count, first: 18), frozenRows: 1)]
        if includesLong { sheets.append(.init(name: strings.longScoresSheet, rows: long, columnWidths: [18, 28, 10, 22, 12, 10], frozenRows: 1)) }
        sheets.append(.init(name: strings.summarySheet, rows: tables, columnWidths: widths(9, first: 30)))
        return WorkbookWriter(sheets: sheets).bytes()
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
