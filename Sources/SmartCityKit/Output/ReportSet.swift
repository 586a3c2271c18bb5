/// The kinds of report sets a folder holds, and the entries each run writes at the top of its
/// folder: what a run replaces (everything else in the folder is kept).
package enum ReportSet: Sendable {
    /// `smartcity score`: summary, scores and one report per municipality.
    case scores
    /// `smartcity compare`: the comparison files (in `compare/` by default).
    case comparison
    /// `smartcity stats`: the statistics files (in `stats/` by default).
    case statistics
    /// `smartcity uncertainty`: the uncertainty and sensitivity files (in `uncertainty/` by default).
    case uncertainty

    /// The report files at the top of the folder.
    var fileNames: [String] {
        switch self {
        case .scores:
            [MarkdownReportRenderer.summaryFile, HTMLReportRenderer.summaryFile, CSVReportRenderer.wideFile, CSVReportRenderer.longFile,
             JSONReportRenderer.file, CSVReportRenderer.descriptiveFile, ItemScoresCSVRenderer.file, ScoresWorkbook.file]
                // With `--municipality-column`: the respondents' agreement and spread, and their own files.
                + MunicipalityStatisticsCSVRenderer.files + [MunicipalityScores.respondentFolder]
        case .comparison:
            [ComparisonDocument.markdownFile, ComparisonCSVRenderer.tidyFile, ComparisonCSVRenderer.ranksFile, ComparisonCSVRenderer.groupsFile,
             ComparisonCSVRenderer.wavesFile, ComparisonJSONRenderer.file, ComparisonDocument.htmlFile, ComparisonCouncilDocument.htmlFile,
             ComparisonWorkbook.file]
        case .statistics: [StatisticsDocument.file, StatisticsJSONRenderer.file] + StatisticsCSVRenderer.files + MunicipalityStatisticsCSVRenderer.files
        case .uncertainty: [UncertaintyDocument.markdownFile, UncertaintyDocument.htmlFile, UncertaintyCSVRenderer.file,
                            UncertaintyCSVRenderer.sensitivityFile, UncertaintyJSONRenderer.file]
        }
    }

    /// The folder of per-municipality reports (or charts), when the set has one.
    var respondentFolder: String? {
        switch self {
        case .scores: RankedRespondent.reportFolder
        case .comparison: ComparisonChartRenderer.folder
        case .statistics: nil
        case .uncertainty: UncertaintyChartRenderer.folder
        }
    }

    /// Every entry the set writes at the top of its folder.
    package var entries: [String] { fileNames + (respondentFolder.map { [$0] } ?? []) }
}
