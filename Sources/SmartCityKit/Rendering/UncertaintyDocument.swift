/// `uncertainty.md` and `uncertainty.html`: what was varied, how often each municipality keeps
/// its type, its rank and total intervals, which choice drives the changes, and the charts, in
/// the report language.
struct UncertaintyDocument {
    static let markdownFile = "uncertainty.md", htmlFile = "uncertainty.html"

    let strings: ReportStrings
    let words: UncertaintyStrings

    /// The labels of the analysis's bands (lowest first) in the report language.
    static func bandLabels(_ analysis: UncertaintyAnalysis, summary: CohortSummary) -> [String] {
        analysis.bandIDs.map { id in summary.questionnaire.bands.bands.first { $0.id == id }.map { summary.text($0.label) } ?? id }
    }

    /// The blocks of the document; `charts` are the chart files it shows (relative paths) and their descriptions.
    func blocks(_ analysis: UncertaintyAnalysis, summary: CohortSummary, charts: [(path: String, description: String)]) -> [ReportBlock] {
        let numbers = strings.numbers, settings = analysis.settings
        let questionnaire = summary.questionnaire
        let bandLabels = Self.bandLabels(analysis, summary: summary)
        var blocks: [ReportBlock] = [
            .heading(1, "\(summary.text(questionnaire.title)) — \(words.title)"),
            .text(words.intro),
            .text(words.drawsNote(String(analysis.draws), String(settings.seed))),
            .heading(2, words.varied),
        ]
        let noise = numbers.decimal(settings.weightNoise, digits: 2), points = numbers.decimal(settings.thresholdNoise, digits: 2)
        blocks.append(.bullets(UncertaintyMethod.allCases.map { method in
            let text = analysis.methods.contains(method) ? words.methodText(method, noise, settings.itemWeights, points) : words.notVaried
            return .strong(words.methodName(method)) + .plain("\(strings.colon)\(text)")
        }))
        blocks.append(.paragraph(.strong(words.stableCohort(numbers.percent(analysis.stableCohortShare)))))

        blocks.append(.heading(2, words.perMunicipality))
        let rows = analysis.rowsByRank
        func interval(_ low: String?, _ high: String?) -> String { "\(low ?? "—")–\(high ?? "—")" }
        blocks.append(.plainTable(
            header: [words.municipality, strings.totalScore, words.type, words.typeHolds] + bandLabels
                + [words.rank, words.rankInterval, words.totalInterval, words.boundaryDistance],
            alignments: [.left, .right, .left, .right] + bandLabels.map { _ in .right } + [.right, .right, .right, .right],
            rows: rows.map { row in
                [row.name.isEmpty ? row.id : row.name, numbers.score(row.nominalTotal), bandLabels[row.nominalBand], numbers.percent(row.nominalShare)]
                    + row.bandShares.map { numbers.percent($0) }
                    + [String(row.nominalRank), interval(row.rankP05.map(String.init), row.rankP95.map(String.init)),
                       interval(row.totalP05.map(numbers.score), row.totalP95.map(numbers.score)),
                       row.nearestBoundaryDistance.map(numbers.score) ?? "—"]
            }))
        blocks.append(.text(words.tableNote))
        for row in rows where row.unscoredDraws > 0 { blocks.append(.text(words.unscoredNote(row.name.isEmpty ? row.id : row.name, row.unscoredDraws))) }

        blocks.append(.heading(2, words.sensitivity))
        if analysis.sensitivity.isEmpty {
            blocks.append(.text(words.noSensitivity))
        } else {
            blocks.append(.text(words.sensitivityNote))
            func index(_ value: Double, _ range: ClosedRange<Double>) -> String {
                "\(numbers.decimal(value, digits: 2)) [\(numbers.decimal(range.lowerBound, digits: 2)); \(numbers.decimal(range.upperBound, digits: 2))]"
            }
            var table: [[String]] = []
            for (output, indices) in zip(UncertaintyAnalysis.Output.allCases, analysis.sensitivity) {
                for (method, value) in zip(analysis.methods, indices) {
                    table.append([words.outputName(output), words.methodName(method),
                                  value.map { index($0.firstOrder, $0.firstOrderInterval) } ?? words.notComputed,
                                  value.map { index($0.total, $0.totalInterval) } ?? words.notComputed])
                }
            }
            blocks.append(.plainTable(header: [words.output, words.choice, words.firstOrder, words.totalIndex],
                                      alignments: [.left, .left, .right, .right], rows: table))
        }
        if !charts.isEmpty {
            blocks.append(.heading(2, words.charts))
            for chart in charts { blocks.append(.image(path: chart.path, description: chart.description)) }
        }
        blocks.append(.footer(ScoreDocument.footer(summary, files: summary.responseFiles, strings)))
        return blocks
    }
}
