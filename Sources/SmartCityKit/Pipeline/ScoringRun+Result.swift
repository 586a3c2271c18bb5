import Foundation

extension ScoringRun {
    /// What a scoring run keeps for the rendering stage.
    package final class Result {
        package private(set) var summary: CohortSummary
        /// Whether the summary's rank tables were dropped (`dropRankTables()`).
        private var ranksDropped = false
        /// The scored respondents, for the rendering stage; nil when the run has none (`smartcity stats`).
        let spill: RespondentSpill?
        let layout: SpillLayout
        /// The statistics counted of the complete respondents, when the run counted them.
        private(set) var statistics: ResearchStatisticsAccumulator?
        /// `scores-long.csv`, when the run wrote it as it scored (and how that went).
        let longScores: LongScoresStream?
        /// The `scores.csv` rows without their ranks (`ScoresRowRecord`), kept instead of the
        /// respondents (`spill` is then nil) when CSV is the run's only report.
        let scoresRows: RespondentSpill?

        init(summary: CohortSummary, spill: RespondentSpill?, layout: SpillLayout, statistics: ResearchStatisticsAccumulator? = nil,
             longScores: LongScoresStream? = nil, scoresRows: RespondentSpill? = nil) {
            self.summary = summary
            self.spill = spill
            self.layout = layout
            self.statistics = statistics
            self.longScores = longScores
            self.scoresRows = scoresRows
        }

        /// The statistics counted, moved out of the result (nil after): finishing them can then
        /// free their counts as it goes, which it cannot while the result shares them.
        func takeStatistics() -> ResearchStatisticsAccumulator? {
            defer { statistics = nil }
            return statistics
        }

        /// Frees the summary's rank tables, for a run whose respondents are read without their
        /// ranks (`compare` ranks them itself): those read after have none.
        func dropRankTables() {
            summary.rankTable = RankTable(ValueCounts())
            summary.dimensionRankTables = []
            ranksDropped = true
        }

        /// Every scored respondent, in input order, in batches decoded on every core, with its
        /// rank (unless `dropRankTables()`); with a unique file name for its own report when `namingFiles`; with its item
        /// statuses and descriptive answers when `details`.
        func forEachBatch(namingFiles: Bool, details: Bool = true, _ body: ([RankedRespondent]) throws -> Void) throws {
            try forEachBatch(namingFiles: namingFiles, details: details, eachSlice: { $0 }) { slices in try body(slices.flatMap { $0 }) }
        }

        /// Every scored respondent, in input order, in batches without file names, for a body
        /// that cannot fail: only a failure to read the spill back is thrown.
        func forEachBatch(details: Bool, _ body: ([RankedRespondent]) -> Void) throws(SmartCityError) {
            try forEachBatch(namingFiles: false, details: details, eachSlice: { $0 }, failure: { (error: SmartCityError) in error }) { slices throws(SmartCityError) in
                body(slices.flatMap { $0 })
            }
        }

        /// Every scored respondent, in input order, in batches: each batch is cut into slices that
        /// are decoded - and handed to `eachSlice` - on every core, and `body` gets the slices'
        /// results in order. Without file names, a slice goes from the spill to `eachSlice` on
        /// one core (the file names of a batch are given in order first, across its slices).
        /// A failure to read the spill back is thrown as a `SmartCityError`; `body`'s own errors as they are.
        func forEachBatch<SliceResult>(namingFiles: Bool, details: Bool, eachSlice: ([RankedRespondent]) -> SliceResult,
                                       _ body: ([SliceResult]) throws -> Void) throws {
            try forEachBatch(namingFiles: namingFiles, details: details, eachSlice: eachSlice, failure: { (error: SmartCityError) -> any Error in error }, body)
        }

        /// `forEachBatch`, with a failure to read the spill back thrown as `failure` makes it of the `SmartCityError`.
        private func forEachBatch<SliceResult, Failure: Error>(
            namingFiles: Bool, details: Bool, eachSlice: ([RankedRespondent]) -> SliceResult, failure: (SmartCityError) -> Failure,
            _ body: ([SliceResult]) throws(Failure) -> Void
        ) throws(Failure) {
            guard let spill else { return }
            var sequence = 0
            var fileNames = UniqueFileNames()
            let files = summary.responseFiles.map(\.path)
            func spillFailure(_ error: SpillError) -> Failure { failure(SmartCityError(error.diagnostic(folder: spill.folder, wording: .forLanguage(summary.language)))) }
            try spill.forEachChunk(failure: spillFailure) { (bytes, ranges) throws(Failure) in
                let firstSequence = sequence
                sequence += ranges.count
                let results: [SliceResult]
                do throws(SpillError) {
                    if namingFiles {
                        var slices = try decode(ranges, of: bytes, files: files, firstSequence: firstSequence, details: details) { $0 }
                        for slice in slices.indices {
                            for index in slices[slice].indices {
                                let respondent = slices[slice][index].respondent
                                slices[slice][index].fileName = fileNames.name(for: respondent.id, fallback: "respondent-\(respondent.row)")
                            }
                        }
                        results = Parallel.map(slices, eachSlice)
                    } else {
                        results = try decode(ranges, of: bytes, files: files, firstSequence: firstSequence, details: details, then: eachSlice)
                    }
                } catch {
                    throw spillFailure(error)
                }
                try body(results)
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
                                         then: ([RankedRespondent]) -> SliceResult) throws(SpillError) -> [SliceResult] {
            let summary = self.summary, layout = self.layout, ranked = !ranksDropped
            let nameColumn = summary.nameColumn
            let slices = min(ranges.count, max(1, ProcessInfo.processInfo.activeProcessorCount) * 2)
            let decoded = Parallel.map(Array(0..<slices)) { slice -> Swift.Result<SliceResult, SpillError> in
                let first = ranges.count * slice / slices, end = ranges.count * (slice + 1) / slices
                var respondents: [RankedRespondent] = []
                respondents.reserveCapacity(end - first)
                do throws(SpillError) {
                    for index in first..<end {
                        var reader = SpillReader(bytes: bytes, position: ranges[index].lowerBound, end: ranges[index].upperBound)
                        let respondent = try RespondentSpill.decode(&reader, layout: layout, files: files, details: details)
                        let name = respondent.name(column: nameColumn)
                        respondents.append(RankedRespondent(
                            respondent: respondent, name: name.isEmpty ? respondent.id : name,
                            rank: ranked && respondent.incomplete == nil ? summary.rank(of: respondent.score.exactTotal) : nil,
                            fileName: nil, sequence: firstSequence + index))
                    }
                    return .success(then(respondents))
                } catch {
                    return .failure(error)
                }
            }
            return try decoded.map { slice throws(SpillError) in try slice.get() }
        }
    }
}
