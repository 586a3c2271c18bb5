import XCTest
@testable import SmartCityKit

/// `stats` counts its respondents where each piece of a file is scored, in parallel, and merges
/// the pieces' accumulators in input order: merged, they must give exactly what counting the
/// respondents one by one gives, groups, duplicates and incomplete respondents included.
final class StatisticsAccumulatorTests: XCTestCase {
    private let questionnaire: Questionnaire = {
        let path = Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/i-monitor/questionnaire.json").path
        var questionnaire = QuestionnaireLoader.load(path: path).questionnaire!
        // Some generated respondents fall below this, so incomplete respondents occur in every piece.
        questionnaire.minimumTotalCoverage = 0.9
        return questionnaire
    }()

    /// `count` generated respondents, scored, with their answers.
    private func respondents(_ count: Int, seed: UInt64) -> [ScoredRespondent] {
        var generator = ResponseGenerator(questionnaire: questionnaire, seed: seed)
        var text = generator.header()
        for _ in 0..<count { text += generator.nextRow() }
        let read = Fixtures.readResponses(path: Fixtures.write(text, name: "accumulated-\(seed).csv"), questionnaire: questionnaire)
        let engine = ScoringEngine(questionnaire: questionnaire)
        let scored = questionnaire.scoredQuestionIndices
        return read.rows.enumerated().map { position, row in
            ScoredRespondent(id: row.respondentID, metadata: [], score: engine.score(row.answers), file: "", row: position,
                             scoredAnswers: scored.map { row.answers[$0] })
        }
    }

    /// Everything the statistics say, as text (every number to its last bit).
    private func text(_ statistics: ResearchStatistics) -> String {
        String(describing: statistics)
    }

    private func finish(_ accumulator: ResearchStatisticsAccumulator) -> ResearchStatistics {
        accumulator.finish(text: { $0.text(in: "en", fallback: "en") })
    }

    func testMergingTwoPartialAccumulatorsEqualsOneOverAllRows() {
        let all = respondents(300, seed: 5)
        let group = { (position: Int) in [["north", "south", "east"][position % 3]] }
        var whole = ResearchStatisticsAccumulator(questionnaire: questionnaire)
        for (position, respondent) in all.enumerated() { whole.add(respondent, group: group(position)) }
        for cut in [0, 1, 137, 300] {
            var first = ResearchStatisticsAccumulator(questionnaire: questionnaire), second = first
            for (position, respondent) in all.enumerated() {
                if position < cut { first.add(respondent, group: group(position)) } else { second.add(respondent, group: group(position)) }
            }
            first.merge(second)
            XCTAssertEqual(first.respondentCount, 300)
            XCTAssertEqual(text(finish(first)), text(finish(whole)), "cut at \(cut)")
        }
        let statistics = finish(whole)
        XCTAssertEqual(statistics.groupLabels, ["east", "north", "south"])
        XCTAssertGreaterThan(statistics.reliability.count, 0)
        XCTAssertNotNil(statistics.reliability[0].alpha)
    }

    func testBootstrapIntervalsDoNotDependOnHowTheRowsWereSplitAndFollowTheSeed() throws {
        let all = respondents(120, seed: 11)
        func intervals(seed: UInt64, cut: Int) -> ResearchStatistics {
            let settings = ReliabilityBootstrap.Settings(replicates: 40, seed: seed)
            var first = ResearchStatisticsAccumulator(questionnaire: questionnaire, bootstrap: settings), second = first
            for (position, respondent) in all.enumerated() {
                if position < cut { first.add(respondent, group: nil) } else { second.add(respondent, group: nil) }
            }
            first.merge(second)
            return finish(first)
        }
        let whole = intervals(seed: 3, cut: 120)
        XCTAssertEqual(whole.bootstrap, .computed(.init(replicates: 40, seed: 3)))
        let first = try XCTUnwrap(whole.reliability.first?.bootstrap?.listwise[ReliabilityBootstrap.Coefficient.alpha.rawValue])
        XCTAssertLessThan(first.low, first.high)
        XCTAssertEqual(first.replicates, 40)
        for cut in [0, 57] { XCTAssertEqual(text(intervals(seed: 3, cut: cut)), text(whole), "cut at \(cut)") }
        XCTAssertNotEqual(whole.reliability.map(\.bootstrap), intervals(seed: 4, cut: 120).reliability.map(\.bootstrap), "another seed, other resamples")
    }

    func testTheBootstrapIsSkippedBeyondItsLimitAndFreesTheRows() {
        let all = respondents(30, seed: 12)
        let settings = ReliabilityBootstrap.Settings(replicates: 20, seed: 1)
        var small = ResearchStatisticsAccumulator(questionnaire: questionnaire, bootstrap: settings, bootstrapLimit: 500)
        var other = small
        for (position, respondent) in all.enumerated() {
            if position < 5 { small.add(respondent, group: nil) } else { other.add(respondent, group: nil) }
        }
        small.merge(other)
        let perRespondent = questionnaire.dimensions.reduce(0) { total, dimension in
            let items = questionnaire.scoredQuestionIndices.filter { questionnaire.questions[$0].dimensionID == dimension.id }.count
            return total + (items >= 2 ? items : 0)
        }
        let statistics = finish(small)
        XCTAssertEqual(statistics.bootstrap, .skipped(scoresNeeded: 30 * perRespondent, limit: 500))
        XCTAssertTrue(statistics.reliability.allSatisfy { $0.bootstrap == nil })
        XCTAssertNotNil(statistics.reliability.first?.confidenceInterval, "Feldt's interval is still there")
        var sample = ReliabilitySample(widths: [2, 0, 3], limit: 10)
        sample.add { dimension, slot in Int64(dimension * 10 + slot) }
        XCTAssertEqual(sample.rows, [[0, 1], [], [20, 21, 22]])
        sample.add { _, _ in nil }
        XCTAssertEqual(sample.rows.map(\.count), [4, 0, 6], "a second respondent fits: 10 scores")
        sample.add { _, _ in 1 }
        XCTAssertTrue(sample.overflowed)
        XCTAssertEqual(sample.rows, [[], [], []], "the rows are dropped")
        XCTAssertEqual(sample.scoresNeeded, 15)
        XCTAssertEqual(finish(ResearchStatisticsAccumulator(questionnaire: questionnaire, bootstrap: .init(replicates: 0))).bootstrap, .notRequested)
    }

    func testEachGroupCountsOnlyItsMembersAndTheCohortCountsAll() {
        let all = respondents(40, seed: 8)
        var grouped = ResearchStatisticsAccumulator(questionnaire: questionnaire)
        var ungrouped = grouped, urban = grouped, rural = grouped
        for (position, respondent) in all.enumerated() {
            let isUrban = position % 4 == 0
            grouped.add(respondent, group: [isUrban ? "urban" : "rural"])
            ungrouped.add(respondent, group: nil)
            if isUrban { urban.add(respondent, group: nil) } else { rural.add(respondent, group: nil) }
        }
        let statistics = finish(grouped), cohort = finish(ungrouped)
        let alone = [finish(rural), finish(urban)]
        XCTAssertEqual(statistics.groupLabels, ["rural", "urban"])
        XCTAssertEqual(statistics.types.map { $0.counts.reduce(0, +) + $0.withoutType }, [40, 30, 10])
        for (position, measure) in statistics.measures.enumerated() {
            // Per measure: the cohort, then each group.
            let slot = position % 3, index = position / 3
            let expected = slot == 0 ? cohort.measures[index].summary : alone[slot - 1].measures[index].summary
            XCTAssertEqual(measure.group, slot == 0 ? nil : slot - 1)
            XCTAssertEqual(measure.summary, expected, "measure \(measure.measure), group \(String(describing: measure.group))")
        }
        XCTAssertEqual(statistics.types[1].counts, alone[0].types[0].counts)
        XCTAssertEqual(statistics.types[2].counts, alone[1].types[0].counts)
        XCTAssertEqual(statistics.pearson, cohort.pearson, "correlations are over the whole cohort")
    }

    /// Spearman's rho pairs only the respondents scored on both dimensions: their ranks are
    /// ranks among those respondents, as ranking the pairs' values alone gives.
    func testCorrelationsRankOnlyTheRespondentsScoredOnBothDimensions() throws {
        let x: [Double] = [3, .nan, 1, 4, 1, 5, 9, 2, 6, 5]
        let y: [Double] = [2, 7, 1, .nan, 8, 2, 8, 1, 8, 2]
        let (pearson, spearman) = Self.correlations([x, y])
        let pairs = x.indices.filter { !x[$0].isNaN && !y[$0].isNaN }
        let (px, py) = (pairs.map { x[$0] }, pairs.map { y[$0] })
        XCTAssertEqual(pairs.count, 8)
        XCTAssertEqual(pearson[0][1].n, 8)
        XCTAssertEqual(pearson[0][1].r, Self.pearson(px, py))
        XCTAssertEqual(pearson[1][0], pearson[0][1])
        let expected = try XCTUnwrap(Self.pearson(Self.averageRanks(px), Self.averageRanks(py)))
        XCTAssertEqual(spearman[0][1].r, expected)
        XCTAssertEqual(spearman[0][0].n, 9, "x has 9 scores")
        XCTAssertEqual(try XCTUnwrap(spearman[0][0].r), 1, accuracy: 1e-15)
    }

    func testCoMomentsMergedEqualCoMomentsCountedTogether() {
        let rows: [[Int64]] = [[2, 3, 3], [4, 4, 5], [3, 2, 3], [5, 5, 4], [1, 2, 2], [4, 1, 5]]
        var together = CoMoments(size: 3), first = CoMoments(size: 3), second = CoMoments(size: 3)
        for (position, row) in rows.enumerated() {
            together.add(row)
            if position < 2 { first.add(row) } else { second.add(row) }
        }
        first.merge(second)
        XCTAssertEqual(first.count, 6)
        for i in 0..<3 { for j in 0..<3 { XCTAssertEqual(first.covariance(i, j), together.covariance(i, j)) } }
        let merged = first.reliability(dimension: 0, items: [1, 2, 3]), expected = together.reliability(dimension: 0, items: [1, 2, 3])
        XCTAssertEqual(merged.alpha, expected.alpha)
        XCTAssertEqual(merged.isLow, expected.isLow)
        XCTAssertEqual(merged.negativeItems, expected.negativeItems)
    }

    /// Item scores near 2^62 units: the exact sums of products would pass 126 bits merged, so
    /// the merged sums continue in binary, as adding the rows one by one does.
    func testCoMomentsMergedBeyondTheExactBoundContinueInBinary() throws {
        let large = Int64(1) << 62
        var first = CoMoments(size: 2), second = CoMoments(size: 2)
        first.add([large, large / 2])
        first.add([large / 2, large / 4])
        second.add([large / 4, large])
        first.merge(second)
        XCTAssertEqual(first.count, 3)
        let values = [[1.0, 0.5], [0.5, 0.25], [0.25, 1.0]].map { $0.map { $0 * Double(large) } }
        let mean = (0..<2).map { i in values.reduce(0) { $0 + $1[i] } / 3 }
        let covariance = values.reduce(0) { $0 + ($1[0] - mean[0]) * ($1[1] - mean[1]) } / 2
        XCTAssertEqual(first.covariance(0, 1), covariance, accuracy: abs(covariance) * 1e-9)
    }

    /// A file of several blocks, with rows repeating an earlier id in later pieces: `stats`
    /// counted in parallel pieces equals counting the spilled respondents one by one.
    func testStatisticsCountedInParallelPiecesEqualCountingOneByOne() throws {
        var generator = ResponseGenerator(questionnaire: questionnaire, seed: 11)
        var lines = [generator.header()], repeated: [String] = []
        for number in 1...4_000 {
            let line = generator.nextRow()
            if number % 1_333 == 0 { repeated.append(line) }
            lines.append(line)
            if number == 3_000 { lines += repeated }
        }
        let path = Fixtures.write(lines.map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }.joined(), name: "stats-pieces.csv")
        let grouping = PeerGrouping(column: "province")
        var settings = StatisticsRun.Settings()
        settings.grouping = grouping
        settings.scoring.blockSize = 160 << 10
        let file = SourceFile(path: "q", sha256: "")
        let analysed = try XCTUnwrap(StatisticsRun.analyse(questionnaire: questionnaire, questionnaireFile: file, responsePaths: [path], language: "en",
                                                           options: ReadingOptions(), settings: settings) { _ in }.value)

        var scoring = ScoringRun.Settings()
        scoring.keepsAnswers = true
        let run = ScoringRun(questionnaire: questionnaire, questionnaireFile: file, responsePaths: [path],
            language: "en", options: ReadingOptions(), settings: scoring)
            .score { _ in }
        XCTAssertEqual(run.summary.excluded.count, 2, "the repeated ids are left out")
        var serial = ResearchStatisticsAccumulator(questionnaire: questionnaire)
        try run.forEachRespondent(namingFiles: false) { ranked in
            guard ranked.respondent.incomplete == nil else { return }
            serial.add(ranked.respondent, group: grouping.parts(of: ranked.respondent.metadata, metadataNames: run.summary.metadataNames))
        }
        let expected = serial.finish(text: run.summary.text, order: grouping.precedes)
        XCTAssertGreaterThan(run.summary.incompleteCount, 20, "the file has incomplete respondents")
        XCTAssertEqual(analysed.statistics.respondentCount, run.summary.respondentCount - run.summary.incompleteCount)
        XCTAssertGreaterThan(analysed.statistics.groupLabels.count, 1, "several groups")
        XCTAssertEqual(text(analysed.statistics), text(expected))
        XCTAssertEqual(analysed.leftOut.count, run.summary.excluded.count + run.summary.incompleteCount, "every row left out is listed")
        XCTAssertEqual(analysed.leftOut.map(\.row), analysed.leftOut.map(\.row).sorted(), "in input order")
    }

    func testAnObserverOfTheIncompleteRespondentsIsHandedThemAndNoOther() {
        var generator = ResponseGenerator(questionnaire: questionnaire, seed: 7)
        var text = generator.header()
        for _ in 0..<2_000 { text += generator.nextRow() }
        let path = Fixtures.write(text, name: "observed-incomplete.csv")
        /// The ids the observer is handed, and the incomplete ones among them.
        func observed(_ which: ScoringRun.Settings.Observed) -> (ids: [String], incomplete: [String]) {
            var settings = ScoringRun.Settings()
            settings.blockSize = 64 << 10
            settings.observed = which
            var ids: [String] = [], incomplete: [String] = []
            _ = ScoringRun(questionnaire: questionnaire, questionnaireFile: SourceFile(path: "q", sha256: ""), responsePaths: [path],
                language: "en", options: ReadingOptions(), settings: settings)
                .score(observe: { respondent, _ in
                    ids.append(respondent.id)
                    if respondent.incomplete != nil { incomplete.append(respondent.id) }
                }) { _ in }
            return (ids, incomplete)
        }
        let every = observed(.every), onlyIncomplete = observed(.incomplete)
        XCTAssertEqual(every.ids.count, 2_000)
        XCTAssertGreaterThan(every.incomplete.count, 20, "the file has incomplete respondents")
        XCTAssertEqual(onlyIncomplete.ids, every.incomplete, "the incomplete ones, in input order")
        XCTAssertEqual(onlyIncomplete.incomplete, every.incomplete)
    }

    func testARunWithoutASecondPassSpillsNothing() {
        var generator = ResponseGenerator(questionnaire: questionnaire, seed: 3)
        var text = generator.header()
        for _ in 0..<200 { text += generator.nextRow() }
        let path = Fixtures.write(text, name: "unspilled.csv")
        var settings = ScoringRun.Settings()
        settings.spills = false
        let run = ScoringRun(questionnaire: questionnaire, questionnaireFile: SourceFile(path: "q", sha256: ""), responsePaths: [path],
            language: "en", options: ReadingOptions(), settings: settings)
            .score { _ in }
        XCTAssertEqual(run.summary.respondentCount, 200)
        XCTAssertNil(run.spill, "no spill is made for a run without a second pass")
    }

    /// The cohort's summary is read from its groups' counters side by side: it is the summary of
    /// the counters merged into one, to the bit - counters of few values (a dictionary) and of
    /// many (a list), sharing values, one empty.
    func testCountersReadTogetherSummariseAsTheirMerge() throws {
        let few: [Fraction] = (0..<3_000).map { Fraction(Int128($0 % 7) * 100, 6) }
        let many: [Fraction] = (0..<9_000).map { Fraction(Int128($0 * 37 % 8_999), 90) }
        let more: [Fraction] = (0..<7_000).map { Fraction(Int128($0 * 11 % 6_997), 70) } + [Fraction(100), Fraction(0)]
        let counters = [few, [], many, more].map { values in
            var counter = ValueCounts()
            for value in values { counter.add(value) }
            counter.compact()
            return counter
        }
        var merged = counters[0]
        for counter in counters.dropFirst() { merged.merge(counter) }
        merged.compact()
        let together = try XCTUnwrap(ResearchStatisticsAccumulator.summary(counters))
        XCTAssertEqual(together, ResearchStatisticsAccumulator.summary([merged]))
        XCTAssertEqual(together.descriptive.count, few.count + many.count + more.count)
        XCTAssertEqual(Array(MergedAscending(lists: counters.map(\.ascending))).map(\.value), Array(merged.ascending).map(\.value))
        XCTAssertNil(ResearchStatisticsAccumulator.summary([ValueCounts()]))
    }

    /// Counts kept in the small table, as it grows from 16 slots to thousands, and once past its
    /// limit in a list: every value's count, equal values written differently counted together.
    func testValueCountsCountEveryValueAsTheTableGrowsAndOnceItIsAList() {
        for distinct in [3, 1_000, ValueCounts.dictionaryLimit, ValueCounts.dictionaryLimit + 500] {
            var counts = ValueCounts()
            for round in 1...3 {
                for value in 0..<distinct { counts.add(Fraction(Int128(value) * Int128(round), 7 * Int128(round)), times: value % 3 + 1) }
            }
            counts.compact()
            XCTAssertEqual(counts.total, 3 * (0..<distinct).reduce(0) { $0 + $1 % 3 + 1 })
            for value in [0, 1, distinct / 2, distinct - 1] {
                XCTAssertEqual(counts.count(of: Fraction(Int128(value), 7)), 3 * (value % 3 + 1), "\(value)/7 of \(distinct)")
            }
            XCTAssertEqual(counts.count(of: Fraction(1, 11)), 0)
            XCTAssertEqual(counts.ascending.count, distinct)
        }
    }

    /// Distinct doubles keep the order first added, are found again after the table grew many
    /// times, take 0 and -0 for one value, and find nothing they were not given.
    func testDistinctDoublesAreFoundAtThePositionFirstAddedAfterGrowing() {
        var doubles = DistinctDoubles()
        let values = (0..<5_000).map { Double($0 * 7919 % 5_000) / 8 - 100 }
        for value in values where doubles.position(of: value) == nil { doubles.add(value) }
        XCTAssertEqual(doubles.values, values)
        for (position, value) in values.enumerated() { XCTAssertEqual(doubles.position(of: value), position) }
        XCTAssertEqual(doubles.position(of: -0.0), doubles.position(of: 0), "0 and -0 are one value")
        XCTAssertNotNil(doubles.position(of: -0.0))
        XCTAssertNil(doubles.position(of: 0.0625))
        XCTAssertNil(doubles.position(of: .infinity))
    }

    /// A dimension whose scores take more distinct values than can be coded keeps the scores
    /// themselves: its column, appended in parts or at once, gives the same scores, and its
    /// correlations are those of the textbook computation on the values.
    func testScoresBeyondTheCodeLimitAreKeptAndCorrelateAsTheValues() throws {
        let count = CodedScores.codeLimit + 5_000
        let x: [Double] = (0..<count).map { $0 % 97 == 0 ? .nan : Double($0 * 7919 % count) / 8 }
        let y: [Double] = (0..<count).map { $0 % 89 == 0 ? .nan : Double($0 % 50) }
        var parts = CodedScores(x.prefix(40_000).map { $0.isNaN ? nil : $0 })
        parts.append(CodedScores(x.dropFirst(40_000).map { $0.isNaN ? nil : $0 }))
        var appended: [Double] = []
        parts.forEachScore { appended.append($0) }
        XCTAssertEqual(appended.map(\.bitPattern), x.map(\.bitPattern))
        guard case .wide = parts.ranked() else { return XCTFail("beyond the code limit the codes take 4 bytes") }
        let (pearson, spearman) = Self.correlations([x, y])
        let pairs = x.indices.filter { !x[$0].isNaN && !y[$0].isNaN }
        let (px, py) = (pairs.map { x[$0] }, pairs.map { y[$0] })
        XCTAssertEqual(pearson[0][1].n, pairs.count)
        XCTAssertEqual(pearson[0][1].r, Self.pearson(px, py))
        XCTAssertEqual(spearman[0][1].r, Self.pearson(Self.averageRanks(px), Self.averageRanks(py)))
        XCTAssertEqual(spearman[1][1].r, 1)
    }

    /// The correlations of columns of scores (NaN: not scored).
    private static func correlations(_ columns: [[Double]]) -> (pearson: [[ResearchStatistics.Correlation]], spearman: [[ResearchStatistics.Correlation]]) {
        DimensionCorrelations.matrices(columns.map { column in CodedScores(column.map { $0.isNaN ? nil : $0 }).ranked() })
    }

    /// Pearson's r the textbook way, on two lists of values: what the correlations must give to the bit.
    private static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count >= 2, x.contains(where: { $0 != x[0] }), y.contains(where: { $0 != y[0] }) else { return nil }
        let n = Double(x.count)
        let meanX = x.reduce(0, +) / n, meanY = y.reduce(0, +) / n
        var sxx = 0.0, syy = 0.0, sxy = 0.0
        for (a, b) in zip(x, y) {
            sxx += (a - meanX) * (a - meanX)
            syy += (b - meanY) * (b - meanY)
            sxy += (a - meanX) * (b - meanY)
        }
        guard sxx > 0, syy > 0 else { return nil }
        return max(-1, min(1, sxy / (sxx * syy).squareRoot()))
    }

    /// Ranks 1...n by sorting, ties sharing the mean of their ranks.
    private static func averageRanks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count), start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
            for position in start...end { ranks[order[position]] = Double(start + end) / 2 + 1 }
            start = end + 1
        }
        return ranks
    }
}
