/// `comparison.md`: the selected municipalities side by side (score and rank, percentile,
/// z-score per measure, beside the cohort mean and median), ranks per dimension with the two
/// orders, and peer groups. User text is escaped; numbers follow the report language.
struct ComparisonMarkdownRenderer {
    static let file = "comparison.md"

    /// The report; `charts` are the paths of the SVG charts written beside it, shown in a section of their own.
    func render(_ comparison: Comparison, strings: ReportStrings, words: ComparisonStrings, charts: [String] = []) -> String {
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
        if let waves = comparison.waves { lines += wavesSection(waves, comparison, measureLabels: measureLabels, strings: strings, words: words) }
        if !charts.isEmpty {
            lines += ["## \(words.charts)", ""]
            for chart in charts { lines += ["![\(escape(chart))](\(chart))", ""] }
        }
        lines += MarkdownReportRenderer().footer(summary, files: comparison.waves?.waves.flatMap(\.files) ?? summary.responseFiles, strings)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The change since the previous wave per municipality, the transitions between types, the
    /// mean change per measure and who took part in one wave only.
    private func wavesSection(_ waves: WaveComparison, _ comparison: Comparison, measureLabels: [String],
                              strings: ReportStrings, words: ComparisonStrings) -> [String] {
        let summary = comparison.summary, numbers = strings.numbers, escape = MarkdownReportRenderer.escape
        let labels = waves.waves.map(\.label)
        let previous = labels.count >= 2 ? labels[labels.count - 2] : "", current = labels.last ?? ""
        let bands = summary.questionnaire.bands
        func band(_ id: String?) -> String { summary.bandLabel(id, in: bands).map(escape) ?? words.noTotal }
        var lines = ["## \(escape(words.changeSince(previous, current)))", ""]
        let rows = waves.changes.map { change -> [String] in
            let total = [change.before[0], change.after[0]].map { $0.map(numbers.score) ?? "—" }
            return [escape(change.name), escape(change.since), "\(total[0]) → \(total[1])"]
                + change.change.map { $0.map { Self.signed($0, numbers) } ?? "—" } + ["\(band(change.bandBefore)) → \(band(change.bandAfter))"]
        }
        lines += MarkdownReportRenderer.table(
            header: [strings.name, words.since, strings.totalScore] + measureLabels.map { "\(words.change) \($0)" } + [strings.maturity],
            alignments: [.left, .left, .right] + measureLabels.map { _ in .right } + [.left], rows: rows)
        lines += ["", "### \(escape(words.transitions(previous, current)))", ""]
        let bandNames = bands.bands.map { escape(summary.text($0.label)) } + [words.noTotal]
        lines += MarkdownReportRenderer.table(
            header: [""] + bandNames, alignments: [.left] + bandNames.map { _ in .right },
            rows: zip(bandNames, waves.transitions).map { name, counts in [name] + counts.map(String.init) })
        lines += ["", "### \(words.meanChange)", ""]
        lines += MarkdownReportRenderer.table(
            header: [strings.dimension, words.meanChange, strings.count], alignments: [.left, .right, .right],
            rows: zip(measureLabels, waves.meanChanges).map { label, mean in
                [label, mean.mean.map { ($0 > 0 ? "+" : "") + numbers.score($0) } ?? "—", String(mean.count)]
            })
        lines.append("")
        for only in waves.onlyIn {
            lines.append("\(escape(words.onlyIn(only.label)))\(strings.colon)" + (only.ids.isEmpty ? words.nobody : only.ids.map(escape).joined(separator: ", ")) + "  ")
        }
        lines.append("")
        return lines
    }

    /// A difference with its sign: +2.50, −1.25, 0.00.
    static func signed(_ value: Fraction, _ numbers: ReportNumbers) -> String {
        value > .zero ? "+" + numbers.score(value) : numbers.score(value)
    }
}
