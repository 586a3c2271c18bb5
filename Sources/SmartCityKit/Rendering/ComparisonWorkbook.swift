/// `comparison.xlsx` (`compare --format xlsx`): the comparison for a spreadsheet, in the report
/// language, numbers as numbers - every municipality per measure (score, rank, percentile,
/// z-score), the rank table with rank sums, and the peer groups and changes between waves when
/// there are any. A sheet holds at most 1,048,576 rows (`SheetRowLimit`): beyond that it lists
/// its first rows and its last row says which CSV file holds them all (`ComparisonRun.formats`
/// writes it).
struct ComparisonWorkbook {
    static let file = "comparison.xlsx"

    let comparison: Comparison
    package let strings: ReportStrings
    let words: ComparisonStrings
    /// Rows a sheet holds (lowered by tests only).
    var rowLimit = SheetRowLimit()

    /// The rows of the largest sheet (the side-by-side one: a row per municipality and measure).
    static func largestSheet(of comparison: Comparison) -> Int { comparison.respondents.count * comparison.measures.count }

    /// The workbook, made in memory (small cohorts and tests).
    func bytes() -> [UInt8] {
        var archive: [UInt8] = []
        do {
            try write(temporaryFolder: nil) { archive += $0 }
        } catch {
            // In memory nothing is written to a file: nothing can fail.
            preconditionFailure("a workbook in memory failed: \(error)")
        }
        return archive
    }

    /// Writes the workbook through `sink` in pieces, its rows made one at a time and each sheet's
    /// XML deflated in batches into a temporary file in `temporaryFolder` (in memory when nil):
    /// memory does not grow with the cohort. The bytes are those of `WorkbookWriter` for the same rows.
    /// `advance` hears of each municipality written to the side-by-side sheet.
    func write(temporaryFolder: String?, advance: () -> Void = {}, to sink: @escaping ZipStreamWriter.Sink) throws {
        typealias Cell = WorkbookWriter.Cell
        let summary = comparison.summary
        let labels = comparison.measures.map { measure -> String in
            switch measure {
            case .total: strings.totalScore
            case .dimension(let index): summary.text(summary.questionnaire.dimensions[index].label)
            }
        }
        func number(_ value: Fraction?) -> Cell { value.map { .number($0.doubleValue) } ?? .empty }
        func integer(_ value: Int?) -> Cell { value.map { .number(Double($0)) } ?? .empty }
        let dimensionPositions = comparison.measures.indices.filter { comparison.measures[$0] != .total }
        let rankHeader = ([strings.rank, strings.id, strings.name, strings.totalScore] + dimensionPositions.map { labels[$0] }
            + [words.rankSum, words.rankByRankSum]).map(Cell.heading)
        var sheets = [WorkbookWriter.Sheet(name: words.sideBySide, rows: [], columnWidths: [16, 20, 26] + Array(repeating: 12, count: 6), frozenRows: 1),
                      WorkbookWriter.Sheet(name: words.ranks, rows: [], columnWidths: [8, 16, 20] + Array(repeating: 12, count: rankHeader.count - 3), frozenRows: 1)]
        if comparison.grouping != nil {
            sheets.append(.init(name: words.peerGroups, rows: [], columnWidths: [24, 8] + labels.map { _ in 14 }, frozenRows: 1))
        }
        if comparison.waves != nil {
            sheets.append(.init(name: words.change, rows: [], columnWidths: [16, 20, 10] + labels.map { _ in 14 }, frozenRows: 1))
        }
        let stream = try WorkbookStream(sheets: sheets, temporaryFolder: temporaryFolder)
        // A sheet of more rows than it holds lists the first ones, then says where they all are.
        let listed = rowLimit.rows - 2
        var appended = [Int](repeating: 0, count: sheets.count)
        /// Appends a row of a sheet of `count` rows from `csvFile`; false once the sheet is full.
        func append(_ row: [Cell], to sheet: Int, of count: Int, csvFile: String) throws -> Bool {
            guard rowLimit.cuts(count) else {
                try stream.append(row, to: sheet)
                return true
            }
            guard appended[sheet] < listed else {
                try stream.append([.text(words.sheetCut(listed, csvFile))], to: sheet)
                return false
            }
            try stream.append(row, to: sheet)
            appended[sheet] += 1
            return true
        }
        let sideBySideRows = Self.largestSheet(of: comparison), count = comparison.respondents.count

        try stream.append([strings.id, strings.name, strings.dimension, strings.score, strings.rank, words.percentile, words.zScore,
                           words.cohortMean, words.cohortMedian].map(Cell.heading), to: 0)
        sideBySide: for index in comparison.order {
            let respondent = comparison.respondents[index]
            for (position, standing) in comparison.standings[index].enumerated() {
                let cohort = comparison.measureSummaries[position]
                guard try append([.text(respondent.id), .text(respondent.name), .text(labels[position]), number(standing.score), integer(standing.rank),
                                  number(standing.percentile), standing.zScore.map(Cell.number) ?? .empty,
                                  cohort.mean.map(Cell.number) ?? .empty, number(cohort.median)],
                                 to: 0, of: sideBySideRows, csvFile: ComparisonCSVRenderer.tidyFile) else { break sideBySide }
            }
            advance()
        }
        try stream.append(rankHeader, to: 1)
        for index in comparison.order {
            let respondent = comparison.respondents[index], standing = comparison.standings[index]
            guard try append([integer(standing[0].rank), .text(respondent.id), .text(respondent.name), number(respondent.total)]
                + dimensionPositions.map { integer(standing[$0].rank) } + [integer(comparison.rankSums[index]), integer(comparison.rankSumRanks[index])],
                to: 1, of: count, csvFile: ComparisonCSVRenderer.ranksFile) else { break }
        }
        var sheet = 2
        if comparison.grouping != nil {
            try stream.append(([words.group, strings.count] + labels.map { "\(strings.median) \($0)" }).map(Cell.heading), to: sheet)
            for group in comparison.groups {
                try stream.append([.text(group.label), .number(Double(group.members.count))]
                    + (group.isShown ? group.medians.map(number) : labels.map { _ in .text(words.notShown) }), to: sheet)
            }
            sheet += 1
        }
        if let waves = comparison.waves {
            try stream.append(([strings.id, strings.name, words.since] + labels.map { "\(words.change) \($0)" }).map(Cell.heading), to: sheet)
            for change in waves.changes {
                guard try append([.text(change.id), .text(change.name), .text(change.since)] + change.change.map(number),
                                 to: sheet, of: waves.changes.count, csvFile: ComparisonCSVRenderer.wavesFile) else { break }
            }
        }
        try stream.write(to: sink)
    }
}
