/// `scores-long.csv` written while the responses are scored (`ScoringRun.score(longScoresTo:)`):
/// its rows show no rank, so each row is rendered where its piece is scored, on every core, and
/// the pieces' rows are written in input order as they merge, on a queue of their own. The
/// rendering pass then writes `scores.csv` only, instead of rendering 6 long rows a respondent
/// on top of it.
///
/// Only for a run of one responses file with an id column: the metadata columns of several files
/// are known only once every file is opened, and ids that are row numbers only once a piece
/// has its place in the file.
final class LongScoresStream {
    /// Renders each scored respondent's rows (`CSVReportRenderer.appendLongRows(of:metadataCount:to:cells:)`).
    let renderer: CSVReportRenderer
    private let writer: BackgroundWriter
    /// The first failure to write the file; nothing more is written after it.
    private(set) var failure: (any Error)?

    /// Starts `scores-long.csv` in `output` (its header) for the only file of a run, read
    /// through `plan`; nil when the file's rows cannot be written as they are scored (ids that
    /// are row numbers).
    init?(output: ReportOutput, questionnaire: Questionnaire, plan: ResponsePlan) {
        guard plan.idColumn != nil else { return nil }
        renderer = CSVReportRenderer(questionnaire: questionnaire)
        writer = BackgroundWriter(output)
        do {
            try output.append(renderer.longHeader(metadataNames: plan.metadataNames), to: CSVReportRenderer.longFile)
        } catch {
            failure = error
        }
    }

    /// Queues the rows of a merged piece (those of its rows still scored).
    func write(_ rows: ByteBuffer) {
        guard failure == nil, !rows.isEmpty else { return }
        var parts = RenderedParts()
        parts.append(rows, to: CSVReportRenderer.longFile)
        do { try writer.write([parts]) } catch { failure = error }
    }

    /// Waits until every row queued is written.
    func finish() {
        guard failure == nil else { return }
        do { try writer.finish() } catch { failure = error }
    }
}
