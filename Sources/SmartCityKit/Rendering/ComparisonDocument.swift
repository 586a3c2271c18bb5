/// The comparison report as blocks, written as `comparison.md` and `comparison.html`: the
/// selected municipalities side by side (score and rank, percentile, z-score per measure, beside
/// the cohort mean and median), ranks per dimension with the two orders, peer groups, waves and
/// charts. Text is plain (each writer escapes it); numbers follow the report language.
struct ComparisonDocument {
    static let markdownFile = "comparison.md", htmlFile = "comparison.html"

    /// The report; `charts` are the paths of the SVG charts written beside it, shown in a section of their own.
    func blocks(_ comparison: Comparison, strings: ReportStrings, words: ComparisonStrings, charts: [String] = []) -> [ReportBlock] {
        let summary = comparison.summary
        var lines: [ReportBlock] = [.heading(1, "\(summary.text(summary.questionnaire.title)) — \(words.title)")]
        lines.append(.text(words.comparedCount(comparison.respondents.count, comparison.selected.count)))
        let measureLabels = comparison.measures.map { measure -> String in
            switch measure {
            case .total: strings.totalScore
            case .dimension(let index): summary.text(summary.questionnaire.dimensions[index].label)
            }
        }
        lines += sideBySideSection(comparison, measureLabels: measureLabels, strings: strings, words: words)
        lines += ranksSection(comparison, measureLabels: measureLabels, strings: strings, words: words)
        lines += peerGroupsSection(comparison, measureLabels: measureLabels, strings: strings, words: words)
        if let waves = comparison.waves { lines += wavesSection(waves, comparison, measureLabels: measureLabels, strings: strings, words: words) }
        if !charts.isEmpty {
            lines.append(.heading(2, words.charts))
            for chart in charts { lines.append(.image(path: chart, description: chart)) }
        }
        lines.append(.footer(ScoreDocument.footer(summary, files: comparison.waves?.waves.flatMap(\.files) ?? summary.responseFiles, strings)))
        return lines
    }

    /// The selected municipalities side by side: score and rank, percentile and z-score per measure.
    private func sideBySideSection(_ comparison: Comparison, measureLabels: [String], strings: ReportStrings, words: ComparisonStrings) -> [ReportBlock] {
        let numbers = strings.numbers
        var lines: [ReportBlock] = []
        let selectedNames = comparison.selected.map { comparison.respondents[$0].name }
        func sideTable(_ cell: (Standing) -> String, cohort: [String], cohortValues: (MeasureSummary) -> [String]) -> ReportBlock {
            let rows = comparison.measures.indices.map { position in
                [measureLabels[position]] + comparison.selected.map { cell(comparison.standings.standing(of: $0, on: position)) }
                    + cohortValues(comparison.measureSummaries[position])
            }
            return .plainTable(
                header: [strings.dimension] + selectedNames + cohort,
                alignments: [.left] + selectedNames.map { _ in .right } + cohort.map { _ in .right }, rows: rows)
        }

        lines += [.heading(2, words.sideBySide), .heading(3, "\(strings.score) (\(strings.rank))")]
        lines.append(sideTable({ standing in
            standing.score.map { "\(numbers.score($0)) (\(standing.rank.map(String.init) ?? "—"))" } ?? strings.insufficientData
        }, cohort: [words.cohortMean, words.cohortMedian]) { measure in
            [measure.mean.map(numbers.score) ?? "—", measure.median.map(numbers.score) ?? "—"]
        })
        lines.append(.heading(3, words.percentile))
        lines.append(sideTable({ $0.percentile.map(numbers.score) ?? "—" }, cohort: []) { _ in [] })
        lines.append(.heading(3, words.zScore))
        lines.append(sideTable({ $0.zScore.map(numbers.score) ?? "—" }, cohort: []) { _ in [] })
        lines.append(.text(words.rankNote + " " + words.percentileNote + " " + words.zScoreNote))
        return lines
    }

    /// Every municipality's ranks per dimension and rank sum, and the two orders when they differ.
    private func ranksSection(_ comparison: Comparison, measureLabels: [String], strings: ReportStrings, words: ComparisonStrings) -> [ReportBlock] {
        let numbers = strings.numbers
        var lines: [ReportBlock] = []
        lines.append(.heading(2, words.ranks))
        let dimensionPositions = comparison.measures.indices.filter { comparison.measures[$0] != .total }
        let rankRows = comparison.order.map { index -> [String] in
            let respondent = comparison.respondents[index], standings = comparison.standings
            return [standings.rank(of: index, on: 0).map(String.init) ?? "—", respondent.id, respondent.name,
                    respondent.total.map(numbers.score) ?? "—"]
                + dimensionPositions.map { standings.rank(of: index, on: $0).map(String.init) ?? "—" }
                + [comparison.rankSums[index].map(String.init) ?? "—", comparison.rankSumRanks[index].map(String.init) ?? "—"]
        }
        lines.append(.plainTable(
            header: [strings.rank, strings.id, strings.name, strings.totalScore] + dimensionPositions.map { measureLabels[$0] }
                + [words.rankSum, words.rankByRankSum],
            alignments: [.right, .left, .left, .right] + dimensionPositions.map { _ in .right } + [.right, .right], rows: rankRows))
        lines.append(.text(words.rankSumNote))
        lines.append(.heading(3, words.orders))
        if comparison.ordersDiffer {
            let orderRows = zip(comparison.orderByScore, comparison.orderByRankSum).map { byScore, byRankSum -> [String] in
                [comparison.standings.rank(of: byScore, on: 0).map(String.init) ?? "—", comparison.respondents[byScore].name,
                 comparison.rankSumRanks[byRankSum].map(String.init) ?? "—", comparison.respondents[byRankSum].name]
            }
            lines.append(.plainTable(header: [words.rankByScore, strings.name, words.rankByRankSum, strings.name],
                                alignments: [.right, .left, .right, .left], rows: orderRows))
        } else {
            lines.append(.text(words.sameOrderNote))
        }
        return lines
    }

    /// The peer groups' medians and types, and each selected municipality's distance to its group's median.
    private func peerGroupsSection(_ comparison: Comparison, measureLabels: [String], strings: ReportStrings, words: ComparisonStrings) -> [ReportBlock] {
        let summary = comparison.summary, numbers = strings.numbers
        var lines: [ReportBlock] = []
        if comparison.grouping != nil {
            lines.append(.heading(2, words.peerGroups))
            let bands = summary.questionnaire.bands.bands
            let groupRows = comparison.groups.map { group -> [String] in
                guard group.isShown else {
                    return [group.label, String(group.members.count)] + measureLabels.map { _ in words.notShown } + [words.notShown]
                }
                let distribution = zip(bands, group.bandCounts).filter { $0.1 > 0 }.map { "\(summary.text($0.0.label)): \($0.1)" }
                return [group.label, String(group.members.count)] + group.medians.map { $0.map(numbers.score) ?? "—" }
                    + [distribution.joined(separator: ", ")]
            }
            lines.append(.plainTable(
                header: [words.group, strings.count] + measureLabels.map { "\(strings.median) \($0)" } + [strings.distribution],
                alignments: [.left, .right] + measureLabels.map { _ in .right } + [.left], rows: groupRows))
            lines.append(.text(words.smallGroupNote(comparison.minimumGroupSize)))
            lines.append(.heading(3, words.fromGroupMedian))
            let differenceRows = comparison.selected.map { index -> [String] in
                let group = comparison.groupOfRespondent[index].map { comparison.groups[$0].label } ?? "—"
                return [comparison.respondents[index].name, group]
                    + comparison.standings[index].map { standing in standing.fromGroupMedian.map { Self.signed($0, numbers) } ?? "—" }
            }
            lines.append(.plainTable(header: [strings.name, words.group] + measureLabels,
                                alignments: [.left, .left] + measureLabels.map { _ in .right }, rows: differenceRows))
        }
        return lines
    }

    /// The questionnaire and files the report rests on, the rules, and the version.
    /// The change since the previous wave per municipality, the transitions between types, the
    /// mean change per measure and who took part in one wave only.
    private func wavesSection(_ waves: WaveComparison, _ comparison: Comparison, measureLabels: [String],
                              strings: ReportStrings, words: ComparisonStrings) -> [ReportBlock] {
        let summary = comparison.summary, numbers = strings.numbers
        let labels = waves.waves.map(\.label)
        let previous = labels.count >= 2 ? labels[labels.count - 2] : "", current = labels.last ?? ""
        let bands = summary.questionnaire.bands
        func band(_ id: String?) -> String { summary.bandLabel(id, in: bands) ?? words.noTotal }
        var lines: [ReportBlock] = [.heading(2, words.changeSince(previous, current))]
        let rows = waves.changes.map { change -> [String] in
            let total = [change.before[0], change.after[0]].map { $0.map(numbers.score) ?? "—" }
            return [change.name, change.since, "\(total[0]) → \(total[1])"]
                + change.change.map { $0.map { Self.signed($0, numbers) } ?? "—" } + ["\(band(change.bandBefore)) → \(band(change.bandAfter))"]
        }
        lines.append(.plainTable(
            header: [strings.name, words.since, strings.totalScore] + measureLabels.map { "\(words.change) \($0)" } + [strings.maturity],
            alignments: [.left, .left, .right] + measureLabels.map { _ in .right } + [.left], rows: rows))
        lines.append(.heading(3, words.transitions(previous, current)))
        let bandNames = bands.bands.map { summary.text($0.label) } + [words.noTotal]
        lines.append(.plainTable(
            header: [""] + bandNames, alignments: [.left] + bandNames.map { _ in .right },
            rows: zip(bandNames, waves.transitions).map { name, counts in [name] + counts.map(String.init) }))
        lines.append(.heading(3, words.meanChange))
        lines.append(.plainTable(
            header: [strings.dimension, words.meanChange, strings.count], alignments: [.left, .right, .right],
            rows: zip(measureLabels, waves.meanChanges).map { label, mean in
                [label, mean.mean.map { ($0 > 0 ? "+" : "") + numbers.score($0) } ?? "—", String(mean.count)]
            }))
        if waves.questionnairesDiffer {
            lines.append(.heading(3, words.questionnaireVersions))
            lines.append(.text(words.questionnaireVersionsNote))
            lines.append(.table(header: [words.wave, strings.questionnaire, "SHA-256"], alignments: [.left, .left, .left],
                                rows: waves.waves.map { [.plain($0.label), .plain($0.questionnaire), .code($0.questionnaireFile.sha256)] }))
        }
        lines.append(.lines(waves.onlyIn.map { only in
            .plain(words.onlyIn(only.label) + strings.colon + (only.ids.isEmpty ? words.nobody : only.ids.joined(separator: ", ")))
        }))
        return lines
    }

    /// A difference with its sign: +2.50, −1.25, 0.00.
    static func signed(_ value: Fraction, _ numbers: ReportNumbers) -> String {
        value > .zero ? "+" + numbers.score(value) : numbers.score(value)
    }
}
