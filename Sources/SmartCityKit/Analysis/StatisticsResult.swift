/// The statistics of a scored cohort and the cohort summary they rest on (texts, files).
package struct StatisticsResult: Sendable {
    package let summary: CohortSummary
    package let statistics: ResearchStatistics
    package let grouping: PeerGrouping?
    /// The rows of the responses files not counted, and why (incomplete ones only when
    /// `--include-incomplete` is not given), by file and row.
    package let leftOut: [LeftOutRow]

    /// How many municipalities the respondents make with `--municipality-column`, else nil.
    package var municipalityCount: Int? { statistics.municipalities?.municipalities.count }
}
