import Dispatch
import Foundation

/// Runs the renderers over a scoring run: the cohort's files first, then every respondent as the
/// spill is read back, then what closes the streamed files.
package enum ReportGeneration {
    /// `previous` holds each respondent's previous assessment by id (`--previous`); its reports
    /// then show what changed since. `targets` apply to every respondent; `targetAnswers` give
    /// each respondent found in them its own (the scores its target answers reach). `written` is
    /// told after each batch how many respondents' reports are made, and of how many.
    package static func render(_ run: ScoringRun.Result, formats: [OutputFormat], strings: ReportStrings, output: ReportOutput,
                              previous: AssessmentsByID = AssessmentsByID(), targets: Targets? = nil,
                              targetAnswers: AssessmentsByID = AssessmentsByID(), written: ((_ done: Int, _ total: Int) -> Void)? = nil) throws {
        // Past a sheet's rows the workbook points to scores.csv, which is then written too.
        let formats = Self.formats(formats, for: run.summary).value ?? formats
        let dimensionIDs = run.summary.questionnaire.dimensions.map(\.id)
        precondition(!formats.contains(.items) || run.layout.keepsAnswerTexts,
                     "item-scores.csv needs a run that keeps the answers as read (ScoringRun.Settings.keepsAnswerTexts)")
        // scores-long.csv, when the scoring pass wrote it, failed there or is done.
        if let failure = run.longScores?.failure { throw failure }
        let renderers = OutputFormat.renderers(formats, questionnaire: run.summary.questionnaire, targets: targets,
                                               longScoresWritten: run.longScores != nil)
        let summary = run.summary
        for renderer in renderers { try renderer.begin(summary, strings: strings, output: output) }
        // Batches are written on a queue of their own, in order, while the next is decoded and rendered.
        let writer = BackgroundWriter(output)
        var done = 0
        // The workbook takes each batch's rows as they pass and is written at the end.
        let workbook = try formats.contains(.xlsx)
            ? ScoresWorkbook(summary: summary, strings: strings, temporaryFolder: (output as? FileReportOutput)?.stagingFolder ?? NSTemporaryDirectory())
            : nil
        if let rows = run.scoresRows {
            precondition(Set(formats) == [.csv], "a run that keeps scores.csv's rows instead of its respondents writes CSV only (ScoringRun.Settings.onlyScoresCSV)")
            try writeScoresRows(rows, of: summary, to: writer, written: written)
        }
        // CSV shows no item statuses nor descriptive answers: they are not decoded for it alone.
        // Each slice of a batch is decoded and rendered on one core; the batches are written in order.
        // (Nothing when the run kept scores.csv's rows instead of its respondents.)
        try run.forEachBatch(namingFiles: formats.contains(where: \.writesRespondentFiles), details: formats.contains(where: \.showsDetails),
                             eachSlice: { slice -> (parts: [RenderedParts], workbookRows: ScoresWorkbook.Rows?, count: Int) in
            var parts = renderers.map { _ in RenderedParts() }
            for var ranked in slice {
                ranked.previous = previous.respondent(ranked.respondent.id)
                ranked.targets = targetAnswers.respondent(ranked.respondent.id).map { Targets(reaching: $0.score, dimensionIDs: dimensionIDs) }
                for (position, renderer) in renderers.enumerated() {
                    renderer.respondent(ranked, summary: summary, strings: strings, into: &parts[position])
                }
            }
            // The workbook's rows are made on the slice's core too, and added in order below.
            return (parts, workbook?.rows(of: slice), slice.count)
        }) { slices in
            try writer.write(slices.flatMap(\.parts))
            for case let rows? in slices.map(\.workbookRows) { try workbook?.add(rows) }
            done += slices.reduce(0) { $0 + $1.count }
            written?(done, summary.respondentCount)
        }
        try writer.finish()
        try workbook?.write { try output.append(bytes: $0, to: ScoresWorkbook.file) }
        for renderer in renderers { try renderer.end(summary, strings: strings, output: output) }
    }

    /// Writes the rows of `scores.csv` a run kept instead of its respondents (`ScoresRowRecord`),
    /// each with its rank put in, in batches as they are read back: each batch cut into slices
    /// whose ranks are found on every core, the batches written in order through `writer`.
    private static func writeScoresRows(_ rows: RespondentSpill, of summary: CohortSummary, to writer: BackgroundWriter,
                                        written: ((_ done: Int, _ total: Int) -> Void)?) throws {
        let renderer = CSVReportRenderer(questionnaire: summary.questionnaire, rendersLongRows: false)
        func failure(_ error: SpillError) -> SmartCityError {
            SmartCityError(error.diagnostic(folder: rows.folder, wording: .forLanguage(summary.language)))
        }
        var done = 0
        try rows.forEachChunk(failure: { (error: SpillError) -> any Error in failure(error) }) { bytes, ranges in
            let slices = min(ranges.count, max(1, ProcessInfo.processInfo.activeProcessorCount) * 2)
            let rendered = Parallel.map(Array(0..<slices)) { slice -> Swift.Result<ByteBuffer, SpillError> in
                let records = ranges.count * slice / slices..<ranges.count * (slice + 1) / slices
                var part = ByteBuffer(capacity: 128 * records.count)
                do throws(SpillError) {
                    for index in records {
                        var reader = SpillReader(bytes: bytes, position: ranges[index].lowerBound, end: ranges[index].upperBound)
                        let row = try ScoresRowRecord(&reader)
                        renderer.appendRow(head: row.head, rank: summary.rank(of: row.rankedTotal), tail: row.tail, to: &part)
                    }
                    return .success(part)
                } catch {
                    return .failure(error)
                }
            }
            var parts = RenderedParts()
            for slice in rendered {
                switch slice {
                case .success(let part): parts.append(part, to: CSVReportRenderer.wideFile)
                case .failure(let error): throw failure(error)
                }
            }
            try writer.write([parts])
            done += ranges.count
            written?(done, summary.respondentCount)
        }
    }

    /// The formats `render` writes: with xlsx, csv too when the workbook cannot hold every
    /// respondent (a warning says so).
    package static func formats(_ formats: [OutputFormat], for summary: CohortSummary) -> Checked<[OutputFormat]> {
        ScoresWorkbook.formats(formats, respondentCount: summary.respondentCount, language: summary.language)
    }
}
