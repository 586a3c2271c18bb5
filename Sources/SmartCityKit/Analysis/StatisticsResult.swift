/// The statistics of a scored cohort and the cohort summary they rest on (texts, files).
package struct StatisticsResult: Sendable {
    package let summary: CohortSummary
    package let statistics: ResearchStatistics
    package let grouping: PeerGrouping?
}
