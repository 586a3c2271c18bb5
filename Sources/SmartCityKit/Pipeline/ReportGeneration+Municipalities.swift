extension ReportGeneration {
    /// `score --municipality-column`: the reports of `municipalities` (`MunicipalityRun.group`) in
    /// the formats, as `render` writes respondents' (summary, one report per municipality, scores
    /// per municipality); with csv, `agreement.csv` and `municipalities.csv` as `stats` writes them;
    /// and the respondent-level files of `respondents` (the run they were grouped from) in
    /// `respondents/`: `scores.csv` and `scores-long.csv` with csv, `item-scores.csv` with items.
    package static func render(municipalities: ScoringRun.Result, respondents: ScoringRun.Result, formats: [OutputFormat], strings: ReportStrings,
                               output: ReportOutput, previous: AssessmentsByID = AssessmentsByID(), targets: Targets? = nil,
                               targetAnswers: AssessmentsByID = AssessmentsByID(), written: ((_ done: Int, _ total: Int) -> Void)? = nil) throws {
        try render(municipalities, formats: formats.filter { $0 != .items }, strings: strings, output: output, previous: previous, targets: targets,
                   targetAnswers: targetAnswers, written: written)
        let respondentFormats = formats.filter { $0 == .csv || $0 == .items }
        if !respondentFormats.isEmpty {
            try render(respondents, formats: respondentFormats, strings: strings, output: SubfolderOutput(MunicipalityScores.respondentFolder, of: output))
        }
        if formats.contains(.csv), let scores = municipalities.summary.municipalityScores {
            for file in MunicipalityStatisticsCSVRenderer().render(scores.statistics, questionnaire: municipalities.summary.questionnaire) {
                try output.write(file.contents, to: file.name)
            }
        }
    }
}
