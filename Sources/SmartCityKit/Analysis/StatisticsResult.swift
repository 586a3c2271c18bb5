/// The statistics of a scored cohort and the cohort summary they rest on (texts, files).
public struct StatisticsResult: Sendable {
    public let summary: CohortSummary
    public let statistics: ResearchStatistics
    public let grouping: PeerGrouping?
}
