/// The one-page summary of a comparison for a council (`council.html` of `compare --format
/// html`): the headline (how many municipalities, the median total), the radar of the first
/// selected municipality beside the medians (the ranking without a selection), the three
/// biggest rises of the total since the previous wave, and the mean change per dimension.
struct ComparisonCouncilDocument {
    static let htmlFile = "council.html"

    /// `charts`: the comparison's charts by path (`ComparisonChartRenderer`), the radar among them.
    func blocks(_ comparison: Comparison, strings: ReportStrings, words: ComparisonStrings, charts: [String]) -> [ReportBlock] {
        let summary = comparison.summary, numbers = strings.numbers, council = CouncilStrings.forLanguage(strings.languageCode)
        let assessment = AssessmentStrings.forLanguage(strings.languageCode)
        var blocks: [ReportBlock] = [.heading(1, "\(summary.text(summary.questionnaire.title)) — \(council.title)")]
        let wave = comparison.waves?.waves.last.map(\.label).flatMap { $0.isEmpty ? nil : $0 }
        var headline = InlineText.strong(words.chartTitle(strings.totalScore, wave, comparison.respondents.count))
        if let median = comparison.measureSummaries.first?.median {
            headline = headline + .plain(" · ") + .strong("\(strings.median)\(strings.colon)\(numbers.score(median)) / 100")
        }
        blocks.append(.paragraph(headline))
        let first = comparison.selected.count < comparison.respondents.count ? comparison.selected.first : nil
        let chart = first.flatMap { ComparisonChartRenderer.radarNames(comparison, of: [$0]).first }.map { FilePath.join(ComparisonChartRenderer.folder, $0) }
        if let path = chart ?? charts.first(where: { $0.hasSuffix("/ranking.svg") }), charts.contains(path) {
            blocks.append(.image(path: path, description: words.rankingChart))
        }
        blocks.append(.heading(2, council.biggestGains))
        guard let waves = comparison.waves else { return blocks + [.text(council.noWave)] }
        let rises = waves.changes.filter { ($0.change[0] ?? .zero) > .zero }.sorted { ($0.change[0] ?? .zero) > ($1.change[0] ?? .zero) }.prefix(CouncilDocument.gainCount)
        if rises.isEmpty {
            blocks.append(.text(council.noRise))
        } else {
            blocks.append(.plainTable(
                header: [strings.name, words.before, words.after, words.change], alignments: [.left, .right, .right, .right],
                rows: rises.map { change in
                    [change.name, change.before[0].map(numbers.score) ?? "—", change.after[0].map(numbers.score) ?? "—",
                     change.change[0].map { ComparisonDocument.signed($0, numbers) } ?? "—"]
                }))
        }
        let labels = waves.waves.map(\.label)
        blocks.append(.heading(2, labels.count >= 2 ? words.changeSince(labels[labels.count - 2], labels[labels.count - 1]) : assessment.sinceLast))
        let measureLabels = [strings.totalScore] + summary.questionnaire.dimensions.map { summary.text($0.label) }
        blocks.append(.plainTable(
            header: [strings.dimension, words.meanChange, strings.count], alignments: [.left, .right, .right],
            rows: zip(measureLabels, waves.meanChanges).map { label, mean in
                [label, mean.mean.map { ($0 > 0 ? "+" : "") + numbers.score($0) } ?? "—", String(mean.count)]
            }))
        return blocks
    }
}
