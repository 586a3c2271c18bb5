/// The consumer of one file of a scoring run (`ScoringRun.score`): each record is scored where
/// its piece is parsed (`Processor`), encoded for the spill and counted for the cohort (and the
/// research statistics, for `smartcity stats`) in its piece; merged pieces add their counts to
/// the run's tally, in input order, and their records to the spill when a second pass reads
/// them back.
struct ScoringConsumer: RowConsumer {
    /// What a run counts across its files.
    struct Tally {
        /// The cohort's counts, ranking and left-out rows.
        var accumulator: CohortAccumulator
        /// The statistics counted of the complete respondents, when the run counts them.
        var statistics: ResearchStatisticsAccumulator?
        /// The cohort's metadata columns so far (the union over the files read).
        private(set) var metadataNames: [String] = []
        private var metadataIndex: [String: Int] = [:]

        init(_ run: ScoringRun, counting: ScoringRun.StatisticsCounting?) {
            accumulator = CohortAccumulator(questionnaire: run.questionnaire, rankingLimit: run.settings.rankingLimit, countsValues: run.settings.ranks)
            accumulator.contextMinimum = run.settings.contextMinimum
            statistics = counting?.empty
        }

        /// Where each of a file's metadata columns goes among the cohort's (new ones added).
        mutating func place(_ names: [String]) -> [Int] {
            names.map { name -> Int in
                if let index = metadataIndex[name] { return index }
                metadataIndex[name] = metadataNames.count
                metadataNames.append(name)
                return metadataNames.count - 1
            }
        }
    }

    /// What stays the same from file to file of a run.
    struct Context {
        let engine: ScoringEngine
        let layout: SpillLayout
        let settings: ScoringRun.Settings
        /// Where the scored respondents go for the renderers' pass; nil when there is none.
        let spill: RespondentSpill?
        let counting: ScoringRun.StatisticsCounting?
        /// The paths of every file of the run.
        let files: [String]
        let progress: ScoringRun.Progress?
        /// Called with the scored respondents `settings.observed` says, in input order, when given.
        let observe: ScoringRun.Observer?
        /// Where the rows of `scores-long.csv` go as pieces merge, when the run writes them as it scores.
        var longScores: LongScoresStream? = nil
        /// Where the `scores.csv` rows go instead of the respondents, for a run whose only report is CSV.
        var scoresRows: RespondentSpill? = nil
    }

    let processor: Processor
    var tally: Tally
    private let context: Context
    private let path: String
    /// The file being read, for how far reading has got.
    private let source: ResponseSource
    private var rowsRead = 0
    /// The first failure to spill the file's respondents.
    private(set) var spillFailure: SpillError?

    /// The consumer of `source`, the run's file at `fileIndex`: its metadata columns are placed
    /// among the cohort's in `tally`.
    init(tally: consuming Tally, source: ResponseSource, fileIndex: Int, context: Context) {
        self.tally = tally
        self.context = context
        self.source = source
        path = source.path
        let columns = self.tally.place(source.plan.metadataNames)
        let metadataNames = self.tally.metadataNames
        let idIsRowNumber = source.plan.idColumn == nil
        let settings = context.settings
        processor = Processor(
            engine: context.engine, plan: source.plan, path: source.path,
            encoding: SpillEncoding(layout: context.layout, fileIndex: fileIndex, metadataColumns: columns, metadataCount: metadataNames.count,
                                    idIsRowNumber: idIsRowNumber),
            nameColumn: CohortSummary.nameColumn(in: metadataNames), emptyCohort: idIsRowNumber ? nil : self.tally.accumulator.emptyCopy(),
            keepsAnswers: settings.keepsAnswers || settings.keepsAnswerTexts, keepsAnswerTexts: settings.keepsAnswerTexts,
            observed: context.observe == nil ? nil : settings.observed, statistics: context.counting, metadataNames: metadataNames,
            longRows: context.longScores?.renderer, keepsScoresRows: context.scoresRows != nil,
            encodesSpill: context.spill != nil && context.scoresRows == nil)
    }

    mutating func merge(_ piece: consuming Piece, report: ([Diagnostic]) -> Void) {
        let found = piece.diagnostics(file: path, wording: source.plan.csvWording)
        if !found.isEmpty { report(found) }
        let kept = count(piece)
        if let counted = piece.countedCohort { tally.accumulator.merge(counted, rowOffset: piece.rowOffset) }
        if let counted = piece.countedStatistics { tally.statistics?.merge(counted) }
        if let spill = context.scoresRows ?? context.spill {
            let records = context.scoresRows == nil ? piece.spillRecords() : piece.keptScoresRows()
            do throws(SpillError) { try spill.append(records, count: kept) } catch { spillFailure = spillFailure ?? error }
        }
        context.longScores?.write(piece.keptLongRows())
        rowsRead += piece.rows.count
        if let progress = context.progress {
            let position = source.bytesRead
            progress(ReadingProgress(file: path, rows: rowsRead, bytesRead: position?.read, size: position?.size ?? nil))
        }
    }

    /// Adds the piece's left-out rows to the cohort, hands its respondents to the observer,
    /// and counts those whose counts the piece could not take whole (see `recount`); returns
    /// how many rows were scored.
    private mutating func count(_ piece: borrowing Piece) -> Int {
        var kept = 0
        let recountsCohort = piece.countedCohort == nil
        // Statistics counted in the piece, unless a duplicate id left one of its rows out since.
        let recountsStatistics = tally.statistics != nil && piece.countedStatistics == nil
        var rescored: Piece?
        for index in piece.rows.indices {
            switch piece.rows[index].outcome {
            case .excluded(let excluded):
                tally.accumulator.excluded.append(ExcludedEntry(file: path, row: excluded))
            case .scored(let respondent):
                recount(respondent, cohort: recountsCohort, statistics: recountsStatistics)
                context.observe?(respondent, tally.metadataNames)
                kept += 1
            case .spilled:
                if recountsCohort || recountsStatistics, let respondent = spilledRespondent(at: index, of: piece, rescored: &rescored) {
                    recount(respondent, cohort: recountsCohort, statistics: recountsStatistics)
                }
                kept += 1
            case .checked, .answers:
                break
            }
        }
        return kept
    }

    /// The respondent of a `.spilled` row of `piece`: decoded from its spill record, or else
    /// scored again from the piece's text (all of the piece's records at once, into `rescored`).
    private func spilledRespondent(at index: Int, of piece: borrowing Piece, rescored: inout Piece?) -> ScoredRespondent? {
        if piece.rows[index].spillRecord != nil { return piece.spilledRespondent(at: index, layout: context.layout, files: context.files) }
        guard let text = piece.text else { return nil }
        if rescored == nil {
            rescored = text.read(through: RecordReading(plan: source.plan, processor: processor.rescoring()), questionCount: source.plan.sources.count)
        }
        guard let rows = rescored?.rows, index < rows.count, case .scored(var respondent) = rows[index].outcome else { return nil }
        // Rows were counted from the piece's start.
        respondent.row = piece.rows[index].row
        return respondent
    }

    /// Counts a respondent of a piece whose counts could not be taken whole.
    private mutating func recount(_ respondent: ScoredRespondent, cohort: Bool, statistics recounts: Bool) {
        if cohort { tally.accumulator.add(respondent, name: respondent.name(column: processor.nameColumn)) }
        if recounts, respondent.incomplete == nil {
            tally.statistics?.add(respondent, group: context.counting?.grouping?.parts(of: respondent.metadata, metadataNames: tally.metadataNames),
                                  municipality: context.counting?.municipality(of: respondent, metadataNames: tally.metadataNames))
        }
    }
}
