/// `comparison.xlsx` (`compare --format xlsx`): the comparison for a spreadsheet, in the report
/// language, numbers as numbers - every municipality per measure (score, rank, percentile,
/// z-score), the rank table with rank sums, and the peer groups and changes between waves when
/// there are any.
struct ComparisonWorkbook {
    static let file = "comparison.xlsx"

    let comparison: Comparison
    package let strings: ReportStrings
    let words: ComparisonStrings

    func bytes() -> [UInt8] {
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

        var standings: [[Cell]] = [[strings.id, strings.name, strings.dimension, strings.score, strings.rank, words.percentile, words.zScore,
                                    words.cohortMean, words.cohortMedian].map(Cell.heading)]
        for index in comparison.order {
            let respondent = comparison.respondents[index]
            for (position, standing) in comparison.standings[index].enumerated() {
                let cohort = comparison.measureSummaries[position]
                standings.append([.text(respondent.id), .text(respondent.name), .text(labels[position]), number(standing.score), integer(standing.rank),
                                  number(standing.percentile), standing.zScore.map(Cell.number) ?? .empty,
                                  cohort.mean.map(Cell.number) ?? .empty, number(cohort.median)])
            }
        }
        let dimensionPositions = comparison.measures.indices.filter { comparison.measures[$0] != .total }
        var ranks: [[Cell]] = [([strings.rank, strings.id, strings.name, strings.totalScore] + dimensionPositions.map { labels[$0] }
            + [words.rankSum, words.rankByRankSum]).map(Cell.heading)]
        for index in comparison.order {
            let respondent = comparison.respondents[index], standing = comparison.standings[index]
            ranks.append([integer(standing[0].rank), .text(respondent.id), .text(respondent.name), number(respondent.total)]
                + dimensionPositions.map { integer(standing[$0].rank) } + [integer(comparison.rankSums[index]), integer(comparison.rankSumRanks[index])])
        }
        var sheets = [WorkbookWriter.Sheet(name: words.sideBySide, rows: standings, columnWidths: [16, 20, 26] + Array(repeating: 12, count: 6), frozenRows: 1),
                      WorkbookWriter.Sheet(name: words.ranks, rows: ranks, columnWidths: [8, 16, 20] + Array(repeating: 12, count: ranks[0].count - 3), frozenRows: 1)]
        if comparison.grouping != nil {
            var groups: [[Cell]] = [([words.group, strings.count] + labels.map { "\(strings.median) \($0)" }).map(Cell.heading)]
            for group in comparison.groups {
                groups.append([.text(group.label), .number(Double(group.members.count))]
                    + (group.isShown ? group.medians.map(number) : labels.map { _ in .text(words.notShown) }))
            }
            sheets.append(.init(name: words.peerGroups, rows: groups, columnWidths: [24, 8] + labels.map { _ in 14 }, frozenRows: 1))
        }
        if let waves = comparison.waves {
            var changes: [[Cell]] = [([strings.id, strings.name, words.since] + labels.map { "\(words.change) \($0)" }).map(Cell.heading)]
            for change in waves.changes {
                changes.append([.text(change.id), .text(change.name), .text(change.since)] + change.change.map(number))
            }
            sheets.append(.init(name: words.change, rows: changes, columnWidths: [16, 20, 10] + labels.map { _ in 14 }, frozenRows: 1))
        }
        return WorkbookWriter(sheets: sheets).bytes()
    }
}
