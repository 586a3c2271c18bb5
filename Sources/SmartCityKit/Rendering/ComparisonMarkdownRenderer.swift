/// `comparison.md`: the selected municipalities side by side (score and rank, percentile,
/// z-score per measure, beside the cohort mean and median), ranks per dimension with the two
/// orders, and peer groups. User text is escaped; numbers follow the report language.
struct ComparisonMarkdownRenderer {
    static let file = "comparison.md"

    func render(_ comparison: Comparison, strings: ReportStrings, words: ComparisonStrings) -> String {
        let summary = comparison.summary
        let numbers = strings.numbers
        let escape = MarkdownReportRenderer.escape
        var lines = ["# \(escape(summary.text(summary.questionnaire.title))) — \(words.title)", ""]
        lines.append(words.comparedCount(comparison.respondents.count, comparison.selected.count))
        lines.append("")
        let measureLabels = comparison.measures.map { measure -> String in
            switch measure {
            case .total: strings.totalScore
            case .dimension(let index): escape(summary.text(summary.questionnaire.dimensions[index].label))
            }
        }
        let selectedNames = comparison.selected.map { escape(comparison.respondents[$0].name) }
        func sideTable(_ cell: (Standing) -> String, cohort: [String], cohortValues: (MeasureSummary) -> [String]) -> [String] {
            let rows = comparison.measures.indices.map { position in
                [measureLabels[position]] + comparison.selected.map { cell(comparison.standings[$0][position]) }
                    + cohortValues(comparison.measureSummaries[position])
            }
            return MarkdownReportRenderer.table(
                header: [strings.dimension] + selectedNames + cohort,
                alignments: [.left] + selectedNames.map { _ in .right } + cohort.map { _ in .right }, rows: rows)
        }

        lines += ["## \(words.sideBySide)", "", "### \(strings.score) (\(strings.rank))", ""]
        lines += sideTable({ standing in
            standing.score.map { "\(numbers.score($0)) (\(standing.rank.map(String.init) ?? "—"))" } ?? strings.insufficientData
        }, cohort: [words.cohortMean, words.cohortMedian]) { measure in
            [measure.mean.map(numbers.score) ?? "—", measure.median.map(numbers.score) ?? "—"]
        }
        lines += ["", "### \(words.percentile)", ""]
        lines += sideTable({ $0.percentile.map(numbers.score) ?? "—" }, cohort: []) { _ in [] }
        lines += ["", "### \(words.zScore)", ""]
        lines += sideTable({ $0.zScore.map(numbers.score) ?? "—" }, cohort: []) { _ in [] }
        lines += ["", words.rankNote + " " + words.percentileNote, ""]

        lines += ["## \(words.ranks)", ""]
        let dimensionPositions = comparison.measures.indices.filter { comparison.measures[$0] != .total }
        let rankRows = comparison.orderByScore.map { index -> [String] in
            let respondent = comparison.respondents[index], standing = comparison.standings[index]
            return [standing[0].rank.map(String.init) ?? "—", escape(respondent.id), escape(respondent.name),
                    respondent.total.map(numbers.score) ?? "—"]
                + dimensionPositions.map { standing[$0].rank.map(String.init) ?? "—" }
                + [comparison.rankSums[index].map(String.init) ?? "—", comparison.rankSumRanks[index].map(String.init) ?? "—"]
        }
        lines += MarkdownReportRenderer.table(
            header: [strings.rank, strings.id, strings.name, strings.totalScore] + dimensionPositions.map { measureLabels[$0] }
                + [words.rankSum, words.rankByRankSum],
            alignments: [.right, .left, .left, .right] + dimensionPositions.map { _ in .right } + [.right, .right], rows: rankRows)
        lines += ["", words.rankSumNote, ""]
        lines += ["### \(words.orders)", ""]
        if comparison.ordersDiffer {
            let orderRows = zip(comparison.orderByScore, comparison.orderByRankSum).map { byScore, byRankSum -> [String] in
                [comparison.standings[byScore][0].rank.map(String.init) ?? "—", escape(comparison.respondents[byScore].name),
                 comparison.rankSumRanks[byRankSum].map(String.init) ?? "—", escape(comparison.respondents[byRankSum].name)]
            }
            lines += MarkdownReportRenderer.table(header: [words.rankByScore, strings.name, words.rankByRankSum, strings.name],
                                                  alignments: [.right, .left, .right, .left], rows: orderRows)
        } else {
            lines.append(words.sameOrderNote)
        }
        lines.append("")

        if comparison.grouping != nil {
            lines += ["## \(words.peerGroups)", ""]
            let bands = summary.questionnaire.bands.bands
            let groupRows = comparison.groups.map { group -> [String] in
                guard group.isShown else {
                    return [escape(group.label), String(group.members.count)] + measureLabels.map { _ in words.notShown } + [words.notShown]
                }
                let distribution = zip(bands, group.bandCounts).filter { $0.1 > 0 }.map { "\(escape(summary.text($0.0.label))): \($0.1)" }
                return [escape(group.label), String(group.members.count)] + group.medians.map { $0.map(numbers.score) ?? "—" }
                    + [distribution.joined(separator: ", ")]
            }
            lines += MarkdownReportRenderer.table(
                header: [words.group, strings.count] + measureLabels.map { "\(strings.median) \($0)" } + [strings.distribution],
                alignments: [.left, .right] + measureLabels.map { _ in .right } + [.left], rows: groupRows)
            lines += ["", words.smallGroupNote(comparison.minimumGroupSize), ""]
            lines += ["### \(words.fromGroupMedian)", ""]
            let differenceRows = comparison.selected.map { index -> [String] in
                let group = comparison.groupOfRespondent[index].map { escape(comparison.groups[$0].label) } ?? "—"
                return [escape(comparison.respondents[index].name), group]
                    + comparison.standings[index].map { standing in standing.fromGroupMedian.map { Self.signed($0, numbers) } ?? "—" }
            }
            lines += MarkdownReportRenderer.table(header: [strings.name, words.group] + measureLabels,
                                                  alignments: [.left, .left] + measureLabels.map { _ in .right }, rows: differenceRows)
            lines.append("")
        }
        lines += MarkdownReportRenderer().footer(summary, files: summary.responseFiles, strings)
        return lines.joined(separator: "\n") + "\n"
    }

    /// A difference with its sign: +2.50, −1.25, 0.00.
    static func signed(_ value: Fraction, _ numbers: ReportNumbers) -> String {
        value > .zero ? "+" + numbers.score(value) : numbers.score(value)
    }
}
