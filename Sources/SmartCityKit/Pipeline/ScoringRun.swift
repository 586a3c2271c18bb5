import Dispatch
import Foundation

/// Reads responses files once: each file's plan is compiled from its header, its records are
/// parsed into typed answers and scored - large files in pieces on every core, cut at record
/// boundaries and merged back in input order - and each respondent is spilled for the
/// renderers while the cohort summary accumulates. Diagnostics are reported once, in file order.
package enum ScoringRun {
    /// Progress callback: how far reading a file has got, after each block.
    package typealias Progress = (ReadingProgress) -> Void

    /// What a scoring run keeps for the rendering stage.
    package final class Result {
        package let summary: CohortSummary
        let spill: RespondentSpill
        let layout: SpillLayout
        /// The statistics counted of the complete respondents, when the run counted them.
        let statistics: ResearchStatisticsAccumulator?

        init(summary: CohortSummary, spill: RespondentSpill, statistics: ResearchStatisticsAccumulator? = nil) {
            self.summary = summary
            self.spill = spill
            layout = spill.layout
            self.statistics = statistics
        }

        /// Every scored respondent, in input order, in batches decoded on every core, with its
        /// rank; with a unique file name for its own report when `namingFiles`; with its item
        /// statuses and descriptive answers when `details`.
        func forEachBatch(namingFiles: Bool, details: Bool = true, _ body: ([RankedRespondent]) throws -> Void) throws {
            try forEachBatch(namingFiles: namingFiles, details: details, eachSlice: { $0 }) { slices in try body(slices.flatMap { $0 }) }
        }

        /// Every scored respondent, in input order, in batches: each batch is cut into slices that
        /// are decoded - and handed to `eachSlice` - on every core, and `body` gets the slices'
        /// results in order. Without file names, a slice goes from the spill to `eachSlice` on
        /// one core (the file names of a batch are given in order first, across its slices).
        func forEachBatch<SliceResult>(namingFiles: Bool, details: Bool, eachSlice: ([RankedRespondent]) -> SliceResult,
                                       _ body: ([SliceResult]) throws -> Void) throws {
            var sequence = 0
            var fileNames = UniqueFileNames()
            let files = summary.responseFiles.map(\.path)
            do {
                try spill.forEachChunk { bytes, ranges in
                    let firstSequence = sequence
                    sequence += ranges.count
                    guard namingFiles else {
                        try body(decode(ranges, of: bytes, files: files, firstSequence: firstSequence, details: details, then: eachSlice))
                        return
                    }
                    var slices = try decode(ranges, of: bytes, files: files, firstSequence: firstSequence, details: details) { $0 }
                    for slice in slices.indices {
                        for index in slices[slice].indices {
                            let respondent = slices[slice][index].respondent
                            slices[slice][index].fileName = fileNames.name(for: respondent.id, fallback: "respondent-\(respondent.row)")
                        }
                    }
                    try body(Parallel.map(slices, eachSlice))
                }
            } catch let error as SpillError {
                throw Diagnostic.error(SourceLocation(file: ""), error.message)
            }
        }

        /// Every scored respondent, in input order (see `forEachBatch`).
        package func forEachRespondent(namingFiles: Bool = true, _ body: (RankedRespondent) throws -> Void) throws {
            try forEachBatch(namingFiles: namingFiles) { batch in
                for ranked in batch { try body(ranked) }
            }
        }

        /// Decodes spill records in slices on every core, each slice then handed to `then` on its core; in order.
        private func decode<SliceResult>(_ ranges: [Range<Int>], of bytes: [UInt8], files: [String], firstSequence: Int, details: Bool,
                                         then: ([RankedRespondent]) -> SliceResult) throws -> [SliceResult] {
            let summary = self.summary, layout = self.layout
            let nameColumn = summary.nameColumn
            let slices = min(ranges.count, max(1, ProcessInfo.processInfo.activeProcessorCount) * 2)
            let decoded = Parallel.map(Array(0..<slices)) { slice -> Swift.Result<SliceResult, SpillError> in
                let first = ranges.count * slice / slices, end = ranges.count * (slice + 1) / slices
                var respondents: [RankedRespondent] = []
                respondents.reserveCapacity(end - first)
                do {
                    for index in first..<end {
                        var reader = SpillReader(bytes: bytes, position: ranges[index].lowerBound, end: ranges[index].upperBound)
                        let respondent = try RespondentSpill.decode(&reader, layout: layout, files: files, details: details)
                        let name = respondent.name(column: nameColumn)
                        respondents.append(RankedRespondent(
                            respondent: respondent, name: name.isEmpty ? respondent.id : name,
                            rank: respondent.incomplete == nil ? summary.rank(of: respondent.score.exactTotal) : nil,
                            fileName: nil, sequence: firstSequence + index))
                    }
                    return .success(then(respondents))
                } catch let error as SpillError {
                    return .failure(error)
                } catch {
                    return .failure(SpillError(message: "\(error)"))
                }
            }
            return try decoded.map { try $0.get() }
        }
    }

    /// Settings of a run.
    package struct Settings: Sendable {
        /// The most respondents `summary.md` ranks (top and bottom halves beyond).
        package var rankingLimit = 50
        /// Whether the reports show the files' SHA-256 (it costs a pass over the bytes).
        package var needsDigests = true
        /// Where the spill file may go (a folder of the run's own).
        package var temporaryFolder = NSTemporaryDirectory()
        /// How much of the spill is kept in memory before it moves to a file.
        var spillMemoryLimit = RespondentSpill.defaultMemoryLimit
        /// The fewest ranked respondents for which each report shows the cohort median and the
        /// respondent's percentile per dimension (`--min-group`).
        package var contextMinimum = 5
        /// The size of the blocks a large file is read in (smaller in tests, to make many pieces).
        var blockSize = ScoringRun.blockSize
        /// Whether each scored respondent keeps its answers to the scored questions, in the spill
        /// too (`score --format items`, `smartcity stats`).
        package var keepsAnswers = false
        /// Whether each scored respondent also keeps the cells of its scored answers as read
        /// (`score --format items`); implies `keepsAnswers`. Off, no answer text is made.
        package var keepsAnswerTexts = false
        /// Whether the scored respondents are kept in the spill for a second pass (the
        /// renderers'); `smartcity stats` has none.
        var spills = true

        package init() {}
    }

    /// Research statistics to count of the complete respondents where each piece is scored
    /// (`smartcity stats`): the empty accumulator each piece starts from, and the grouping.
    package struct StatisticsCounting {
        var empty: ResearchStatisticsAccumulator
        var grouping: PeerGrouping?
        /// The metadata column naming each respondent's municipality, when several respondents answer for one.
        var municipalityColumn: String?

        /// The municipality of a respondent, from its metadata; nil without the column or a value.
        func municipality(of respondent: ScoredRespondent, metadataNames: [String]) -> String? {
            municipalityColumn.flatMap { PeerGrouping.value(of: $0, in: respondent.metadata, metadataNames: metadataNames) }
        }
    }

    /// Scores the files. Diagnostics go to `report` as they are found, in file order.
    package static func score(
        questionnaire: Questionnaire, questionnaireFile: SourceFile, responsePaths: [String], language: String,
        options: ReadingOptions, settings: Settings = Settings(), progress: Progress? = nil,
        observe: ((_ respondent: ScoredRespondent, _ metadataNames: [String]) -> Void)? = nil, report: ([Diagnostic]) -> Void
    ) -> Result {
        score(questionnaire: questionnaire, questionnaireFile: questionnaireFile, responsePaths: responsePaths, language: language,
              options: options, settings: settings, progress: progress, observe: observe, statistics: nil, report: report)
    }

    /// Scores the files, counting `statistics` (in the result) when given.
    package static func score(
        questionnaire: Questionnaire, questionnaireFile: SourceFile, responsePaths: [String], language: String,
        options: ReadingOptions, settings: Settings, progress: Progress? = nil,
        observe: ((_ respondent: ScoredRespondent, _ metadataNames: [String]) -> Void)?, statistics counting: StatisticsCounting?,
        report: ([Diagnostic]) -> Void
    ) -> Result {
        let engine = ScoringEngine(questionnaire: questionnaire)
        let spill = RespondentSpill(questionnaire: questionnaire, folder: settings.temporaryFolder, memoryLimit: settings.spillMemoryLimit,
                                    keepsScoredAnswers: settings.keepsAnswers || settings.keepsAnswerTexts, keepsAnswerTexts: settings.keepsAnswerTexts)
        var accumulator = CohortAccumulator(questionnaire: questionnaire, rankingLimit: settings.rankingLimit)
        accumulator.contextMinimum = settings.contextMinimum
        var metadataNames: [String] = []
        var metadataIndex: [String: Int] = [:]
        var ids = RespondentIDTable()
        var files: [SourceFile] = []
        var spillFailure: Diagnostic?
        var statistics = counting?.empty
        for (fileIndex, path) in responsePaths.enumerated() {
            let opened = ResponseSource.open(path: path, questionnaire: questionnaire, options: options, hashing: settings.needsDigests)
            report(opened.diagnostics)
            guard let source = opened.value else {
                accumulator.excluded.append(ExcludedEntry(file: path, row: ExcludedRow(row: 1, respondentID: nil, reason: .unreadable)))
                continue
            }
            // This file's metadata columns within the union over all files.
            let columnMap = source.plan.metadataNames.map { name -> Int in
                if let index = metadataIndex[name] { return index }
                metadataIndex[name] = metadataNames.count
                metadataNames.append(name)
                return metadataNames.count - 1
            }
            let nameColumn = CohortSummary.nameColumn(in: metadataNames)
            let idIsRowNumber = source.plan.idColumn == nil
            let target = ScoreTarget(
                encoding: SpillEncoding(layout: spill.layout, fileIndex: fileIndex, metadataColumns: columnMap, metadataCount: metadataNames.count,
                                        idIsRowNumber: idIsRowNumber),
                nameColumn: nameColumn, emptyCohort: idIsRowNumber ? nil : accumulator.emptyCopy(), keepsAnswers: settings.keepsAnswers || settings.keepsAnswerTexts,
                keepsAnswerTexts: settings.keepsAnswerTexts, keepsRespondents: observe != nil, statistics: counting, metadataNames: metadataNames)
            var rowsRead = 0
            read(source, engine: engine, purpose: .score(target), files: responsePaths, fileIndex: fileIndex, ids: &ids,
                 blockSize: settings.blockSize, report: report) { piece in
                var kept = 0
                let found = piece.diagnostics(file: path)
                if !found.isEmpty { report(found) }
                let counted = piece.countedCohort
                // Statistics counted in the piece, unless a duplicate id left one of its rows out since.
                let countedStatistics = piece.countedStatistics, recountsStatistics = statistics != nil && countedStatistics == nil
                /// Counts a respondent of the piece whose counts could not be taken whole.
                func recount(_ respondent: ScoredRespondent) {
                    if counted == nil { accumulator.add(respondent, name: respondent.name(column: nameColumn)) }
                    if recountsStatistics, respondent.incomplete == nil {
                        statistics?.add(respondent, group: counting?.grouping?.label(ofMetadata: respondent.metadata, metadataNames: metadataNames),
                                        municipality: counting?.municipality(of: respondent, metadataNames: metadataNames))
                    }
                }
                for index in piece.rows.indices {
                    switch piece.rows[index].outcome {
                    case .excluded(let excluded):
                        accumulator.excluded.append(ExcludedEntry(file: path, row: excluded))
                    case .scored(let respondent):
                        recount(respondent)
                        observe?(respondent, metadataNames)
                        kept += 1
                    case .spilled:
                        if counted == nil || recountsStatistics,
                           let respondent = piece.spilledRespondent(at: index, layout: spill.layout, files: responsePaths) {
                            recount(respondent)
                        }
                        kept += 1
                    case .checked, .answers:
                        break
                    }
                }
                if let counted { accumulator.merge(counted, rowOffset: piece.rowOffset) }
                if let countedStatistics { statistics?.merge(countedStatistics) }
                do {
                    if settings.spills { try spill.append(piece.spillRecords(), count: kept) }
                } catch let error as SpillError {
                    spillFailure = spillFailure ?? .error(SourceLocation(file: settings.temporaryFolder), error.message)
                } catch {
                    spillFailure = spillFailure ?? .error(SourceLocation(file: settings.temporaryFolder), "\(error)")
                }
                rowsRead += piece.rows.count
                if let progress {
                    let position = source.bytesRead
                    progress(ReadingProgress(file: path, rows: rowsRead, bytesRead: position?.read, size: position?.size ?? nil))
                }
            }
            if let spillFailure { report([spillFailure]) }
            files.append(SourceFile(path: path, sha256: source.sha256))
        }
        let summary = accumulator.finish(questionnaireFile: questionnaireFile, responseFiles: files, language: language, metadataNames: metadataNames)
        return Result(summary: summary, spill: spill, statistics: statistics)
    }

    /// One record's outcome in a piece, with its problems; rows and lines are counted from
    /// the piece's start until the piece is shifted into place.
    struct PieceRow {
        enum Outcome {
            /// Scored and kept whole (boxed: a respondent is large, and most rows are `spilled`,
            /// which keeps a piece's rows small).
            indirect case scored(ScoredRespondent)
            /// Scored, counted in its piece's cohort and kept only as its spill record.
            case spilled(id: String)
            case excluded(ExcludedRow)
            /// Read and checked, not scored (`validate`).
            case checked(id: String)
            /// Read into typed answers, not scored (`import`).
            case answers(id: String, metadata: [String], answers: [Answer])
        }

        var outcome: Outcome
        var row: Int
        var line: Int
        var problems: [RecordProblem]
        /// A scored row's spill record in its piece's `spill`.
        var spillRecord: SpillRecordRange?

        /// The respondent id of a row that was read.
        var respondentID: String? {
            switch outcome {
            case .scored(let respondent): respondent.id
            case .spilled(let id), .checked(let id), .answers(let id, _, _): id
            case .excluded: nil
            }
        }

        /// Leaves the row out when its id was seen before, in this file or an earlier one of
        /// `files`; returns whether it did. An id that differs from an earlier one only in
        /// letter case or Unicode normalisation is kept, with a warning.
        mutating func excludeIfDuplicate(ids: inout RespondentIDTable, files: [String], fileIndex: Int, idColumn: String) -> Bool {
            guard let id = respondentID else { return false }
            switch ids.insert(id, file: fileIndex, row: row) {
            case .new:
                return false
            case .twin(let other, let file, let firstRow):
                let place = file == fileIndex ? "row \(firstRow)" : "\(files[file]) row \(firstRow)"
                problems.append(RecordProblem(severity: .warning, column: idColumn, message: Self.twinMessage(id, of: other, place: place)))
                return false
            case .duplicate(let file, let firstRow):
                let firstFile = files[file]
                let message = file == fileIndex
                    ? Self.duplicateMessage(id, firstRow: firstRow)
                    : "respondent id \"\(id)\" was already scored from \(firstFile) row \(firstRow); ids must be unique across files. The row is left out."
                problems.append(RecordProblem(severity: .error, column: idColumn, message: message))
                outcome = .excluded(ExcludedRow(row: row, respondentID: id, reason: .duplicateID(file: firstFile, row: firstRow)))
                return true
            }
        }

        /// The warning of a row whose id differs from one first seen at `place` only in letter
        /// case or Unicode normalisation.
        static func twinMessage(_ id: String, of other: String, place: String) -> String {
            // Swift compares strings by canonical equivalence: equal ones differ only in their encoding.
            let difference = id == other ? "how its accents are encoded (Unicode NFD and NFC)" : "letter case"
            return "respondent id \"\(id)\" differs from \"\(other)\" (\(place)) only in \(difference); both are kept "
                + "as different municipalities. If they are one, write its id the same way in both rows"
        }

        /// The error of a row whose id was first seen on `firstRow` of the same file.
        static func duplicateMessage(_ id: String, firstRow: Int) -> String {
            "duplicate respondent id \"\(id)\" (first on row \(firstRow)); ids must be unique. The row is left out."
        }

        /// Whether `diagnostics` has something to say (checked without copying the row).
        var hasDiagnostics: Bool {
            if !problems.isEmpty { return true }
            if case .excluded(let excluded) = outcome, case .wrongFieldCount = excluded.reason { return true }
            return false
        }

        /// The diagnostics of the row, located in `file`.
        func diagnostics(file: String) -> [Diagnostic] {
            var found = problems.map { problem in
                Diagnostic(problem.severity, problem.column.map { SourceLocation(file: file, row: row, column: $0) } ?? SourceLocation(file: file, position: .row(row)), problem.message)
            }
            if case .excluded(let excluded) = outcome, case .wrongFieldCount(let count, let expected) = excluded.reason {
                found.append(.error(SourceLocation(file: file, position: .row(row)),
                    "row \(row) (line \(line)) has \(count) fields but the header has \(expected); check for a missing or extra delimiter or an unquoted delimiter inside a value. The row is left out."))
            }
            return found
        }
    }

    /// What a piece of a file gave, in input order.
    struct Piece {
        var rows: [PieceRow] = []
        /// Problems of the CSV syntax that did not stop reading, by line.
        var warnings: [(line: Int, message: String)] = []
        /// The spill records of the scored rows, encoded where the piece was scored.
        var spill = ByteBuffer()
        /// The scored rows counted for the cohort where the piece was scored (rows counted from
        /// the piece's start until `rowOffset` is set); nil when they are counted as merged.
        var cohort: CohortAccumulator?
        /// What was added to the piece's rows to count them from the file's start.
        var rowOffset = 0
        /// The statistics of the piece's complete respondents, from its first scored row on.
        var statistics: ResearchStatisticsAccumulator?
        /// Whether a row scored in the piece was left out when merged (a duplicate id).
        var lostScoredRows = false

        /// The cohort counts of the piece, unless a row they count was left out since.
        var countedCohort: CohortAccumulator? { lostScoredRows ? nil : cohort }
        /// The statistics of the piece, unless a row they count was left out since.
        var countedStatistics: ResearchStatisticsAccumulator? { lostScoredRows ? nil : statistics }

        /// The spill records of the rows still scored, in order.
        func spillRecords() -> ByteBuffer {
            guard lostScoredRows else { return spill }
            var records = ByteBuffer(capacity: spill.count)
            for index in rows.indices {
                switch rows[index].outcome {
                case .scored, .spilled:
                    if let record = rows[index].spillRecord { records.append(contentsOf: spill.bytes[record.bytes]) }
                case .excluded, .checked, .answers:
                    continue
                }
            }
            return records
        }

        /// The respondent of a `.spilled` row, decoded from its spill record.
        func spilledRespondent(at index: Int, layout: SpillLayout, files: [String]) -> ScoredRespondent? {
            guard let record = rows[index].spillRecord else { return nil }
            var reader = SpillReader(bytes: spill.bytes, position: record.rowField, end: record.bytes.upperBound)
            return try? RespondentSpill.decode(&reader, layout: layout, files: files)
        }

        /// The piece's diagnostics located in `file`: syntax warnings, then each row's problems.
        func diagnostics(file: String) -> [Diagnostic] {
            var found: [Diagnostic] = warnings.map { .warning(SourceLocation(file: file), "line \($0.line): \($0.message)") }
            for index in rows.indices where rows[index].hasDiagnostics { found += rows[index].diagnostics(file: file) }
            return found
        }
    }

    /// The size of the blocks a large file is read in, and how many pieces a block is cut into.
    static let blockSize = 2 << 20
    static var piecesPerBlock: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) * 4 }

    /// What a pass over a file makes of its records: scored respondents encoded for the spill
    /// and counted for the cohort, checked rows, or typed answers.
    enum Purpose { case score(ScoreTarget), check, convert }

    /// Where the scored respondents of a file go: their spill encoding, and the cohort counts
    /// each piece starts from (nil when ids are row numbers: such rows are counted as merged,
    /// since the ranking orders ties by id).
    struct ScoreTarget {
        var encoding: SpillEncoding
        var nameColumn: Int?
        var emptyCohort: CohortAccumulator?
        var keepsAnswers = false
        /// Whether the respondents keep the cells of their scored answers as read.
        var keepsAnswerTexts = false
        /// Whether each piece row keeps its scored respondent (for an observer), not only its spill record.
        var keepsRespondents = false
        /// The statistics each piece counts, and the cohort's metadata columns the grouping reads.
        var statistics: StatisticsCounting?
        var metadataNames: [String] = []
    }

    /// Reads every record of a source, in pieces parsed (and scored) in parallel, handing the
    /// pieces to `merge` in input order. A row whose id is already in `ids` (from this file or
    /// an earlier one of `files`) is left out with an error; diagnostics of the file as a whole
    /// go to `report`.
    static func read(_ source: ResponseSource, engine: ScoringEngine, purpose: Purpose, files: [String], fileIndex: Int,
                     ids: inout RespondentIDTable, blockSize: Int = blockSize, report: ([Diagnostic]) -> Void, merge deliver: (Piece) -> Void) {
        let plan = source.plan
        let descriptive = engine.questionnaire.descriptiveQuestionIndices
        let scored = engine.questionnaire.scoredQuestionIndices
        let minimumTotalCoverage = engine.questionnaire.minimumTotalCoverage.flatMap { Fraction(decimal: $0) }
        let path = source.path
        var answers = [Answer](repeating: .blank, count: engine.questionnaire.questions.count)

        func merge(_ piece: consuming Piece) {
            for index in piece.rows.indices {
                if piece.rows[index].excludeIfDuplicate(ids: &ids, files: files, fileIndex: fileIndex, idColumn: plan.idName) {
                    piece.lostScoredRows = true
                }
            }
            deliver(piece)
        }

        /// One record: typed, checked, scored.
        func process<Cells: ResponseCells>(_ cells: Cells, row: Int, line: Int, answers: inout [Answer], scratch: inout SpillWriter, into piece: inout Piece) {
            var problems: [RecordProblem] = []
            let outcome = plan.read(cells, row: row, answers: &answers) { problems.append($0) }
            switch outcome {
            case .excluded(let excluded):
                piece.rows.append(PieceRow(outcome: .excluded(excluded), row: row, line: line, problems: problems))
            case .row(let id, let metadata, let markedIncomplete):
                switch purpose {
                case .check:
                    piece.rows.append(PieceRow(outcome: .checked(id: id), row: row, line: line, problems: problems))
                    return
                case .convert:
                    piece.rows.append(PieceRow(outcome: .answers(id: id, metadata: metadata, answers: answers), row: row, line: line, problems: problems))
                    return
                case .score(let target):
                    let encoding = target.encoding
                    let score = engine.score(answers)
                    var incomplete = markedIncomplete
                    if incomplete == nil, plan.keepsIncompleteOut, let minimum = minimumTotalCoverage, score.exactCoverage < minimum {
                        incomplete = .lowCoverage(score.exactCoverage)
                    }
                    let respondent = ScoredRespondent(id: id, metadata: encoding.cohortMetadata(metadata), score: score,
                                                      descriptiveAnswers: descriptive.map { answers[$0] }, file: path, row: row, incomplete: incomplete,
                                                      scoredAnswers: target.keepsAnswers ? scored.map { answers[$0] } : [],
                                                      scoredAnswerTexts: target.keepsAnswerTexts ? scored.map { plan.answerText(of: $0, in: cells) } : [])
                    let record = RespondentSpill.encode(respondent, encoding: encoding, scratch: &scratch, into: &piece.spill)
                    if let empty = target.emptyCohort {
                        if piece.cohort == nil { piece.cohort = empty }
                        piece.cohort?.add(respondent, name: respondent.name(column: target.nameColumn))
                    }
                    if let counting = target.statistics {
                        if piece.statistics == nil { piece.statistics = counting.empty }
                        if incomplete == nil {
                            piece.statistics?.add(respondent, group: counting.grouping?.label(ofMetadata: respondent.metadata, metadataNames: target.metadataNames),
                                                  municipality: counting.municipality(of: respondent, metadataNames: target.metadataNames))
                        }
                    }
                    let kept: PieceRow.Outcome = target.emptyCohort == nil || target.keepsRespondents ? .scored(respondent) : .spilled(id: id)
                    piece.rows.append(PieceRow(outcome: kept, row: row, line: line, problems: problems, spillRecord: record))
                }
            }
        }

        switch source.records {
        case .json(let rows, _):
            var piece = Piece()
            var scratch = SpillWriter()
            for (index, values) in rows.enumerated() {
                process(JSONCells(values: values), row: index + 2, line: index + 2, answers: &answers, scratch: &scratch, into: &piece)
            }
            merge(piece)
        case .sheet(let rows, let width, _):
            var piece = Piece()
            var scratch = SpillWriter()
            for row in rows where !row.cells.allSatisfy({ $0.text.trimmingSpaces.isEmpty }) {
                process(SheetRowCells(row: row, width: width), row: row.number, line: row.number,
                        answers: &answers, scratch: &scratch, into: &piece)
            }
            merge(piece)
        case .csv(_, let readAhead, let firstRow):
            var row = firstRow - 1
            var piece = Piece()
            var scratch = SpillWriter()
            for record in readAhead {
                row += 1
                if record.fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
                process(StringCells(fields: record.fields, quotedEmpty: record.quotedEmpty), row: row, line: record.line,
                        answers: &answers, scratch: &scratch, into: &piece)
            }
            merge(piece)
            var failure: Diagnostic?
            source.withCSVReader { reader in
                let delimiter = reader.delimiter ?? UInt8(ascii: ",")
                var line = reader.nextLine
                do {
                    nonisolated(unsafe) let processCells: (BlockCells, Int, Int, inout [Answer], inout SpillWriter, inout Piece) -> Void = {
                        process($0, row: $1, line: $2, answers: &$3, scratch: &$4, into: &$5)
                    }
                    let questionCount = answers.count
                    /// Merges a parsed block's pieces; false when a piece stopped at a syntax error.
                    func mergeBlock(_ results: consuming [PieceResult]) -> Bool {
                        // Rows and lines were counted from each piece's start: shift them, in place.
                        for index in results.indices {
                            let (records, lines) = (results[index].records, results[index].lines)
                            results[index].shift(rows: row, lines: line - 1, idsAreRowNumbers: plan.idColumn == nil)
                            var piece = results[index].piece
                            results[index].piece = Piece()
                            if let error = results[index].error {
                                let failedRow = row + records + 1
                                piece.rows.append(PieceRow(outcome: .excluded(ExcludedRow(row: failedRow, respondentID: nil, reason: .unreadable)),
                                                           row: failedRow, line: error.line, problems: []))
                                merge(piece)
                                failure = .error(SourceLocation(file: path, position: .row(failedRow)), error.message + "; the rest of the file is not read")
                                return false
                            }
                            merge(piece)
                            row += records
                            line += lines
                        }
                        return true
                    }
                    // Each block is parsed on every core while the one before it is merged here.
                    var parsing: BlockParse?
                    while let block = try reader.nextBlock(size: blockSize) {
                        let next = BlockParse {
                            parseBlock(block, delimiter: delimiter, questionCount: questionCount, processCells)
                        }
                        if let previous = parsing, !mergeBlock(previous.results()) {
                            _ = next.results()
                            return
                        }
                        parsing = next
                    }
                    if let last = parsing, !mergeBlock(last.results()) { return }
                } catch let error as CSVSyntaxError {
                    failure = .error(SourceLocation(file: path, position: .row(row + 1)), error.message + "; the rest of the file is not read")
                    merge(Piece(rows: [PieceRow(outcome: .excluded(ExcludedRow(row: row + 1, respondentID: nil, reason: .unreadable)),
                                                row: row + 1, line: error.line, problems: [])]))
                } catch {
                    failure = .error(SourceLocation(file: path), "reading failed: \(error.localizedDescription)")
                }
            }
            if let failure { report([failure]) }
            if row < firstRow { report([.warning(SourceLocation(file: path), "the file has a header but no respondent rows")]) }
            report(source.endDiagnostics)
        }
    }

    /// A block parsed on other threads: its pieces' results, once `results()` has waited for them.
    final class BlockParse: @unchecked Sendable {
        private let group = DispatchGroup()
        private var parsed: [PieceResult] = []

        init(_ work: @escaping () -> [PieceResult]) {
            nonisolated(unsafe) let work = work
            DispatchQueue.global().async(group: group) { self.parsed = work() }
        }

        /// Waits for the parse to finish and hands over its results.
        func results() -> [PieceResult] {
            group.wait()
            let taken = parsed
            parsed = []
            return taken
        }
    }

    /// A piece's outcome with rows and lines counted from its start.
    struct PieceResult {
        var piece: Piece
        var records: Int
        var lines: Int
        var warnings: [(line: Int, message: String)]
        var error: CSVSyntaxError?

        /// Counts the piece's rows and lines from the file's start.
        mutating func shift(rows: Int, lines: Int, idsAreRowNumbers: Bool) {
            for index in piece.rows.indices {
                piece.rows[index].row += rows
                piece.rows[index].line += lines
                let row = piece.rows[index].row
                let id = idsAreRowNumbers ? ResponsePlan.rowNumberID(row) : nil
                switch piece.rows[index].outcome {
                case .scored(var respondent):
                    // Taken out so that the row's copy is the only one while it changes.
                    piece.rows[index].outcome = .checked(id: "")
                    respondent.row = row
                    respondent.id = id ?? respondent.id
                    piece.rows[index].outcome = .scored(respondent)
                    if let record = piece.rows[index].spillRecord { piece.spill.patchRow(of: record, to: row) }
                case .excluded(var excluded):
                    excluded.row = row
                    piece.rows[index].outcome = .excluded(excluded)
                case .checked(let checked):
                    piece.rows[index].outcome = .checked(id: id ?? checked)
                case .spilled(let spilled):
                    piece.rows[index].outcome = .spilled(id: id ?? spilled)
                    if let record = piece.rows[index].spillRecord { piece.spill.patchRow(of: record, to: row) }
                case .answers(let answered, let metadata, let answers):
                    piece.rows[index].outcome = .answers(id: id ?? answered, metadata: metadata, answers: answers)
                }
            }
            piece.rowOffset = rows
            piece.warnings = warnings.map { ($0.line + lines + 1, $0.message) }
            error = error?.shifted(by: lines)
        }
    }

    /// Cuts a block into pieces at record boundaries and parses them on every core.
    static func parseBlock(
        _ block: CSVBlock, delimiter: UInt8, questionCount: Int,
        _ process: (BlockCells, Int, Int, inout [Answer], inout SpillWriter, inout Piece) -> Void
    ) -> [PieceResult] {
        var bytes = block.bytes
        let count = bytes.count
        let pieces = count < 1 << 16 ? 1 : piecesPerBlock
        let targets = (1..<pieces).map { count * $0 / pieces }
        let cuts = bytes.withUnsafeBufferPointer { RecordBoundaries.find(in: $0, delimiter: delimiter, targets: targets, isFinal: true).cuts }
        let bounds = zip([0] + cuts, cuts + [count]).filter { $0.0 < $0.1 }
        var results = [PieceResult?](repeating: nil, count: bounds.count)
        // Each piece reads and rewrites (quotes) only its own range of the block and fills only
        // its own slot; `process` reads immutable state (the plan and the engine).
        nonisolated(unsafe) let process = process
        bytes.withUnsafeMutableBufferPointer { all in
            nonisolated(unsafe) let base = all
            results.withUnsafeMutableBufferPointer { slots in
                nonisolated(unsafe) let slots = slots
                DispatchQueue.concurrentPerform(iterations: bounds.count) { index in
                    let (start, end) = bounds[index]
                    var parser = CSVBlockParser(delimiter: delimiter, position: start)
                    var fields = RecordFields()
                    var piece = Piece()
                    var answers = [Answer](repeating: .blank, count: questionCount)
                    var scratch = SpillWriter()
                    var records = 0
                    var error: CSVSyntaxError?
                    do {
                        while try parser.next(base, end: end, into: &fields) {
                            records += 1
                            let cells = BlockCells(block: UnsafeBufferPointer(base), fields: fields)
                            if cells.isEmptyRow { continue }
                            process(cells, records, fields.line + 1, &answers, &scratch, &piece)
                        }
                    } catch let caught as CSVSyntaxError {
                        error = caught
                    } catch {}
                    slots[index] = PieceResult(piece: piece, records: records, lines: parser.line, warnings: parser.warnings, error: error)
                }
            }
        }
        return results.compactMap { $0 }
    }
}

/// Checks a responses file against a questionnaire without scoring (`smartcity validate`).
package enum ResponseChecker {
    /// Reads the file, handing every diagnostic to `report` as it is found; returns the number of
    /// data rows. Memory does not grow with the rows: at most `idsInMemory` ids (about 40 bytes
    /// each) are kept for the duplicate check, later ones are checked by an external sort in runs
    /// of `idRunBytes`, and their duplicates are reported last.
    @discardableResult
    package static func check(path: String, questionnaire: Questionnaire, options: ReadingOptions,
                             idsInMemory: Int = 1 << 18, idRunBytes: Int = 4 << 20, report: ([Diagnostic]) -> Void) -> Int {
        let opened = ResponseSource.open(path: path, questionnaire: questionnaire, options: options, hashing: false)
        report(opened.diagnostics)
        guard let source = opened.value else { return 0 }
        var rows = 0
        var ids = RespondentIDTable(limit: idsInMemory, overflow: IDRuns(runBytes: idRunBytes))
        ScoringRun.read(source, engine: ScoringEngine(questionnaire: questionnaire), purpose: .check, files: [path], fileIndex: 0,
                        ids: &ids, report: report) { piece in
            report(piece.diagnostics(file: path))
            rows += piece.rows.count
        }
        report(overflowDuplicates(ids, file: path, idName: source.plan.idName, idsInMemory: idsInMemory))
        return rows
    }

    /// The duplicates among the ids beyond the table's limit, found once the file is read:
    /// reported after the rows' own diagnostics, in row order.
    private static func overflowDuplicates(_ ids: RespondentIDTable, file: String, idName: String, idsInMemory: Int) -> [Diagnostic] {
        func unchecked(_ failure: SpillError) -> [Diagnostic] {
            [.error(SourceLocation(file: file), failure.message + "; the ids after the first \(idsInMemory) were not checked for duplicates")]
        }
        if let failure = ids.overflowFailure { return unchecked(failure) }
        guard let overflow = ids.overflow else { return [] }
        do throws(SpillError) {
            return try overflow.duplicates().map { duplicate in
                let location = SourceLocation(file: file, row: duplicate.row, column: idName)
                if let other = duplicate.twinOf {
                    return .warning(location, ScoringRun.PieceRow.twinMessage(duplicate.id, of: other, place: "row \(duplicate.firstRow)"))
                }
                return .error(location, ScoringRun.PieceRow.duplicateMessage(duplicate.id, firstRow: duplicate.firstRow))
            }
        } catch {
            return unchecked(error)
        }
    }

    /// The number of data rows and every diagnostic of reading the file (for small files and tests).
    package static func check(path: String, questionnaire: Questionnaire, options: ReadingOptions) -> (rows: Int, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let rows = check(path: path, questionnaire: questionnaire, options: options) { diagnostics += $0 }
        return (rows, diagnostics)
    }
}
