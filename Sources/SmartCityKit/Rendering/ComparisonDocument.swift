/// The comparison report as blocks, written as `comparison.md` and `comparison.html`: the
/// charted municipalities (`Comparison.charted`) side by side (score and rank, percentile, z-score per measure, beside
/// the cohort mean and median), ranks per dimension with the two orders, peer groups, waves and
/// charts. Text is plain (each writer escapes it); numbers follow the report language.
struct ComparisonDocument {
    static let markdownFile = "comparison.md", htmlFile = "comparison.html"

    /// The rows of a table of one row per municipality handed on at a time (`ReportBlock.moreRows` after the first).
    static let partRows = 1_000

    /// The most rows a table of one row per municipality lists by default: a page of a million
    /// rows serves no reader (a browser does not open it), so beyond it the table lists its first
    /// rows and says how many there are and which CSV file holds them all.
    static let listedRows = 1_000

    /// The most rows a table of one row per municipality lists (`listedRows`; lowered by tests).
    var rowLimit = ComparisonDocument.listedRows

    /// The report; `charts` are the paths of the SVG charts written beside it, shown in a section of their own.
    func blocks(_ comparison: Comparison, strings: ReportStrings, words: ComparisonStrings, charts: [String] = []) -> [ReportBlock] {
        var blocks: [ReportBlock] = []
        write(comparison, strings: strings, words: words, charts: charts) { blocks.append($0) }
        return blocks
    }

    /// The report's blocks handed to `sink` as they are made: a table with a row per
    /// municipality in parts of `partRows` rows, so that the report of a large cohort is never
    /// held whole. The municipalities side by side are those charted (`Comparison.charted`):
    /// the selected ones, or every one of a cohort of at most `Comparison.radarLimit`.
    /// `advance` hears of each municipality's row of the rank table.
    func write(_ comparison: Comparison, strings: ReportStrings, words: ComparisonStrings, charts: [String] = [], advance: () -> Void = {},
               into sink: (ReportBlock) throws -> Void) rethrows {
        let summary = comparison.summary
        let numbers = strings.numbers
        let shown = comparison.charted
        var lines: [ReportBlock] = [.heading(1, "\(summary.text(summary.questionnaire.title)) — \(words.title)")]
        lines.append(.text(words.comparedCount(comparison.respondents.count, shown.count)))
        let measureLabels = comparison.measures.map { measure -> String in
            switch measure {
            case .total: strings.totalScore
            case .dimension(let index): summary.text(summary.questionnaire.dimensions[index].label)
            }
        }
        let selectedNames = shown.map { comparison.respondents[$0].name }
        func sideTable(_ cell: (Standing) -> String, cohort: [String], cohortValues: (MeasureSummary) -> [String]) -> ReportBlock {
            let rows = comparison.measures.indices.map { position in
                [measureLabels[position]] + shown.map { cell(comparison.standings.standing(of: $0, on: position)) }
                    + cohortValues(comparison.measureSummaries[position])
            }
            return .plainTable(
                header: [strings.dimension] + selectedNames + cohort,
                alignments: [.left] + selectedNames.map { _ in .right } + cohort.map { _ in .right }, rows: rows)
        }

        if let means = comparison.municipalityMeans {
            lines += MunicipalityStatisticsDocument().comparisonBlocks(means, measureLabels: measureLabels, strings: strings,
                                                                        words: .forLanguage(strings.languageCode))
        }
        lines += [.heading(2, words.sideBySide), .heading(3, "\(strings.score) (\(strings.rank))")]
        lines.append(sideTable({ standing in
            standing.score.map { "\(numbers.score($0)) (\(standing.rank.map(String.init) ?? "—"))" } ?? strings.insufficientData
        }, cohort: [words.cohortMean, words.cohortMedian]) { measure in
            [measure.mean.map(numbers.score) ?? "—", measure.median.map(numbers.score) ?? "—"]
        })
        if shown.isEmpty && !comparison.respondents.isEmpty {
            lines.append(.text(words.sideBySideOmitted(Comparison.radarLimit)))
        } else {
            lines.append(.heading(3, words.percentile))
            lines.append(sideTable({ $0.percentile.map(numbers.score) ?? "—" }, cohort: []) { _ in [] })
            lines.append(.heading(3, words.zScore))
            lines.append(sideTable({ $0.zScore.map(numbers.score) ?? "—" }, cohort: []) { _ in [] })
        }
        lines.append(.text(words.rankNote + " " + words.percentileNote + " " + words.zScoreNote))

        lines.append(.heading(2, words.ranks))
        let dimensionPositions = comparison.measures.indices.filter { comparison.measures[$0] != .total }
        for line in lines { try sink(line) }
        lines = []
        try longTable(
            header: [strings.rank, strings.id, strings.name, strings.totalScore] + dimensionPositions.map { measureLabels[$0] }
                + [words.rankSum, words.rankByRankSum],
            alignments: [.right, .left, .left, .right] + dimensionPositions.map { _ in .right } + [.right, .right], rows: comparison.order,
            count: comparison.order.count, file: ComparisonCSVRenderer.ranksFile, words: words, into: sink
        ) { index in
            advance()
            let respondent = comparison.respondents[index], standings = comparison.standings
            return [standings.rank(of: index, on: 0).map(String.init) ?? "—", respondent.id, respondent.name,
                    respondent.total.map(numbers.score) ?? "—"]
                + dimensionPositions.map { standings.rank(of: index, on: $0).map(String.init) ?? "—" }
                + [comparison.rankSums[index].map(String.init) ?? "—", comparison.rankSumRanks[index].map(String.init) ?? "—"]
        }
        try sink(.text(words.rankSumNote))
        try sink(.heading(3, words.orders))
        if comparison.ordersDiffer {
            try longTable(header: [words.rankByScore, strings.name, words.rankByRankSum, strings.name],
                          alignments: [.right, .left, .right, .left], rows: zip(comparison.orderByScore, comparison.orderByRankSum),
                          count: comparison.orderByScore.count, file: ComparisonCSVRenderer.ranksFile, words: words, into: sink) { byScore, byRankSum in
                [comparison.standings.rank(of: byScore, on: 0).map(String.init) ?? "—", comparison.respondents[byScore].name,
                 comparison.rankSumRanks[byRankSum].map(String.init) ?? "—", comparison.respondents[byRankSum].name]
            }
        } else {
            try sink(.text(words.sameOrderNote))
        }

        if comparison.grouping != nil {
            lines.append(.heading(2, words.peerGroups))
            let bands = summary.questionnaire.bands.bands
            func label(_ group: PeerGroup) -> String { comparison.grouping?.label(ofParts: group.parts, in: summary) ?? group.label }
            let groupRows = comparison.groups.map { group -> [String] in
                guard group.isShown else {
                    return [label(group), String(group.members.count)] + measureLabels.map { _ in words.notShown } + [words.notShown]
                }
                let distribution = zip(bands, group.bandCounts).filter { $0.1 > 0 }.map { summary.text($0.0.label) + strings.colon + String($0.1) }
                return [label(group), String(group.members.count)] + group.medians.map { $0.map(numbers.score) ?? "—" }
                    + [distribution.joined(separator: ", ")]
            }
            lines.append(.plainTable(
                header: [words.group, strings.count] + measureLabels.map { "\(strings.median) \($0)" } + [strings.distribution],
                alignments: [.left, .right] + measureLabels.map { _ in .right } + [.left], rows: groupRows))
            lines.append(.text(words.smallGroupNote(comparison.minimumGroupSize)))
            if !shown.isEmpty {
                lines.append(.heading(3, words.fromGroupMedian))
                let differenceRows = shown.map { index -> [String] in
                    let group = comparison.groupOfRespondent[index].map { label(comparison.groups[$0]) } ?? "—"
                    return [comparison.respondents[index].name, group]
                        + comparison.standings[index].map { standing in standing.fromGroupMedian.map { Self.signed($0, numbers) } ?? "—" }
                }
                lines.append(.plainTable(header: [strings.name, words.group] + measureLabels,
                                    alignments: [.left, .left] + measureLabels.map { _ in .right }, rows: differenceRows))
            }
        }
        for line in lines { try sink(line) }
        if let waves = comparison.waves { try wavesSection(waves, comparison, measureLabels: measureLabels, strings: strings, words: words, into: sink) }
        if !charts.isEmpty {
            try sink(.heading(2, words.charts))
            for chart in charts { try sink(.image(path: chart, description: chart)) }
        }
        try sink(.footer(ScoreDocument.footer(summary, files: comparison.waves?.waves.flatMap(\.files) ?? summary.responseFiles, strings)))
    }

    /// A table of plain cells with a row per element of `rows` (`count` of them), handed to `sink`
    /// in parts of `partRows` rows; beyond `rowLimit` rows the first ones, then a line saying so
    /// and that `file` holds them all.
    private func longTable<Rows: Sequence>(header: [String], alignments: [ReportBlock.Alignment], rows: Rows, count: Int, file: String,
                                           words: ComparisonStrings, into sink: (ReportBlock) throws -> Void,
                                           row: (Rows.Element) -> [String]) rethrows {
        var elements = rows.prefix(rowLimit).makeIterator()
        var next = elements.next(), first = true
        var part: [[InlineText]] = []
        while first || next != nil {
            while part.count < Self.partRows, let element = next {
                part.append(row(element).map(InlineText.plain))
                next = elements.next()
            }
            try sink(first ? .table(header: header, alignments: alignments, rows: part) : .moreRows(part))
            first = false
            part.removeAll(keepingCapacity: true)
        }
        if count > rowLimit { try sink(.text(words.tableCut(rowLimit, count, file))) }
    }

    /// The questionnaire and files the report rests on, the rules, and the version.
    /// The change since the previous wave per municipality, whether it is reliable, the
    /// transitions between types, the mean change per measure and who took part in one wave only.
    private func wavesSection(_ waves: WaveComparison, _ comparison: Comparison, measureLabels: [String],
                              strings: ReportStrings, words: ComparisonStrings, into sink: (ReportBlock) throws -> Void) rethrows {
        let summary = comparison.summary, numbers = strings.numbers
        let labels = waves.waves.map(\.label)
        let previous = labels.count >= 2 ? labels[labels.count - 2] : "", current = labels.last ?? ""
        let bands = summary.questionnaire.bands
        func band(_ id: String?) -> String { summary.bandLabel(id, in: bands) ?? words.noTotal }
        try sink(.heading(2, words.changeSince(previous, current)))
        try longTable(
            header: [strings.name, words.since, strings.totalScore] + measureLabels.map { "\(words.change) \($0)" } + [strings.maturity],
            alignments: [.left, .left, .right] + measureLabels.map { _ in .right } + [.left], rows: waves.changes, count: waves.changes.count,
            file: ComparisonCSVRenderer.wavesFile, words: words, into: sink
        ) { change in
            let total = [change.before[0], change.after[0]].map { $0.map(numbers.score) ?? "—" }
            return [change.name, change.since, "\(total[0]) → \(total[1])"]
                + change.change.map { $0.map { Self.signed($0, numbers) } ?? "—" } + ["\(band(change.bandBefore)) → \(band(change.bandAfter))"]
        }
        try reliableChangeSection(waves, measureLabels: measureLabels, strings: strings, words: words, into: sink)
        var lines: [ReportBlock] = [.heading(3, words.transitions(previous, current))]
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
        for line in lines { try sink(line) }
    }

    /// Per municipality and measure the reliable change index and its verdict (a row per
    /// municipality, handed on in parts of `partRows` rows), then per earlier wave compared with
    /// the standard deviation and alpha the index rests on.
    private func reliableChangeSection(_ waves: WaveComparison, measureLabels: [String], strings: ReportStrings,
                                       words: ComparisonStrings, into sink: (ReportBlock) throws -> Void) rethrows {
        let numbers = strings.numbers
        func index(_ value: Double) -> String { (value > 0 ? "+" : "") + numbers.decimal(value, digits: 2) }
        try sink(.heading(3, words.reliableChange))
        try sink(.text(words.reliableChangeNote))
        try longTable(
            header: [strings.name, words.since] + measureLabels, alignments: [.left, .left] + measureLabels.map { _ in .left },
            rows: waves.changes, count: waves.changes.count, file: ComparisonCSVRenderer.wavesFile, words: words, into: sink
        ) { change in
            [change.name, change.since] + zip(change.reliableChangeIndex, change.reliableChange).map { value, verdict in
                guard let value, let verdict else { return "—" }
                return "\(index(value)) \(words.verdict(verdict))"
            }
        }
        let compared = Set(waves.changes.map(\.since))
        func coefficient(_ value: Double?) -> String { value.map { numbers.decimal($0, digits: 3) } ?? "—" }
        try sink(.heading(4, words.reliableChangeBasis))
        try sink(.plainTable(
            header: [words.wave, strings.dimension, words.standardDeviation, words.alpha, words.differenceError],
            alignments: [.left, .left, .right, .right, .right],
            rows: waves.waves.dropLast().filter { compared.contains($0.label) }.flatMap { wave in
                zip(measureLabels, wave.reliability).map { label, basis in
                    [wave.label, label, basis.standardDeviation.map(numbers.score) ?? "—", coefficient(basis.alpha),
                     basis.differenceError.map(numbers.score) ?? "—"]
                }
            }))
    }

    /// A difference with its sign: +2.50, −1.25, 0.00.
    static func signed(_ value: Fraction, _ numbers: ReportNumbers) -> String {
        value > .zero ? "+" + numbers.score(value) : numbers.score(value)
    }
}
