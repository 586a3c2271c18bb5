/// `score --format svg`: a radar of each municipality's dimension scores beside the cohort
/// median, as `municipalities/<id>.svg` (next to its Markdown report).
struct SVGReportRenderer: ReportRenderer {
    init() {}

    func begin(_ summary: CohortSummary, strings: ReportStrings, output: ReportOutput) throws {}

    package func respondent(_ ranked: RankedRespondent, summary: CohortSummary, strings: ReportStrings, into parts: inout RenderedParts) {
        guard let fileName = ranked.fileName else { return }
        parts.write(Self.radar(ranked, summary: summary, strings: strings), to: RankedRespondent.reportPath(of: fileName, "svg"))
    }

    /// The radar of one municipality's dimension scores beside the cohort median - when the
    /// cohort is large enough to show its context (`CohortSummary.showsCohortContext`): the
    /// median of a cohort of one is the municipality itself.
    static func radar(_ ranked: RankedRespondent, summary: CohortSummary, strings: ReportStrings) -> String {
        let words = ComparisonStrings.forLanguage(strings.languageCode)
        var series = [
            RadarChart.Series(name: ranked.name, values: ranked.respondent.score.dimensions.map(\.score), colour: SVGCanvas.palette[4], dashed: false),
        ]
        if summary.showsCohortContext {
            series.append(RadarChart.Series(name: words.cohortMedian, values: summary.dimensionStatistics.map { $0?.median }, colour: SVGCanvas.palette[5], dashed: true))
        }
        return RadarChart.render(title: ranked.name, subtitle: words.chartTitle(words.heatMap, nil, summary.respondentCount),
                                 axes: summary.questionnaire.dimensions.map { summary.text($0.label) }, series: series,
                                 numbers: strings.numbers)
    }

    func end(_ summary: CohortSummary, strings: ReportStrings, output: ReportOutput) throws {}
}
