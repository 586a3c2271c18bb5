import Foundation

/// `score --municipality-column`: a scoring run's respondents grouped by municipality. The
/// respondents, scored one by one, are read back from the run's spill; each municipality becomes
/// one scored respondent (`MunicipalityScores`) in a spill and a cohort of its own, which the
/// renderers then report as they report respondents. The municipalities' summary keeps the run's
/// rows left out and its descriptive counts (over respondents).
package enum MunicipalityRun {
    /// The municipalities of `run`, named by `column`. Incomplete respondents are left out of the
    /// means, as `compare` leaves them out; fails when the column is not among the metadata or
    /// the spill cannot be read or written.
    package static func group(_ run: ScoringRun.Result, column: String, settings: ScoringRun.Settings) -> Checked<ScoringRun.Result> {
        let summary = run.summary
        let location = SourceLocation(file: summary.responseFiles.first?.path ?? "")
        let wording = AnalysisWording.forLanguage(summary.language)
        if let missing = MunicipalityStatistics.missingColumn(column, in: summary.metadataNames, location: location, wording: wording) {
            return Checked(nil, [missing])
        }
        var respondents: [ScoredRespondent] = [], labels: [String?] = [], incomplete = 0
        do {
            try run.forEachBatch(details: true) { batch in
                for ranked in batch {
                    guard ranked.respondent.incomplete == nil else {
                        incomplete += 1
                        continue
                    }
                    respondents.append(ranked.respondent)
                    labels.append(PeerGrouping.value(of: column, in: ranked.respondent.metadata, metadataNames: summary.metadataNames))
                }
            }
        } catch {
            return Checked(nil, error.diagnostics)
        }
        let scores = MunicipalityScores(column: column, respondents: respondents, labels: labels, incompleteRespondents: incomplete,
                                        questionnaire: summary.questionnaire, nameColumn: summary.nameColumn)
        let notes = [scores.means.withoutMunicipalityWarning(at: location, leftOutOf: .scores, wording: wording)].compactMap { $0 }
        do throws(SpillError) {
            return Checked(try spilled(scores, of: summary, settings: settings), notes)
        } catch {
            return Checked(nil, notes + [error.diagnostic(folder: settings.temporaryFolder, wording: .forLanguage(summary.language))])
        }
    }

    /// The municipalities as a run of their own: spilled, counted in a cohort, ranked.
    private static func spilled(_ scores: MunicipalityScores, of summary: CohortSummary, settings: ScoringRun.Settings)
        throws(SpillError) -> ScoringRun.Result {
        let questionnaire = summary.questionnaire
        let layout = SpillLayout(questionnaire)
        let spill = RespondentSpill(layout: layout, folder: settings.temporaryFolder, memoryLimit: settings.spillMemoryLimit)
        var cohort = CohortAccumulator(questionnaire: questionnaire, rankingLimit: settings.rankingLimit)
        cohort.contextMinimum = settings.contextMinimum
        cohort.excluded = summary.excluded
        let files = summary.responseFiles.map(\.path)
        let metadataCount = summary.metadataNames.count, metadataColumns = Array(0..<metadataCount)
        var scratch = SpillWriter(), records = ByteBuffer()
        for respondent in scores.respondents {
            let encoding = SpillEncoding(layout: layout, fileIndex: files.firstIndex(of: respondent.file) ?? 0,
                                         metadataColumns: metadataColumns, metadataCount: metadataCount, idIsRowNumber: false)
            RespondentSpill.encode(respondent, encoding: encoding, scratch: &scratch, into: &records)
            cohort.add(respondent, name: respondent.name(column: summary.nameColumn))
        }
        try spill.append(records, count: scores.respondents.count)
        var grouped = cohort.finish(questionnaireFile: summary.questionnaireFile, responseFiles: summary.responseFiles, language: summary.language,
                                    metadataNames: summary.metadataNames)
        grouped.descriptiveSummaries = summary.descriptiveSummaries
        grouped.municipalityScores = scores
        return ScoringRun.Result(summary: grouped, spill: spill, layout: layout)
    }
}
