import XCTest
@testable import SmartCityKit

/// The distribution functions against published table values (as scipy.stats prints them).
final class DistributionTests: XCTestCase {
    private func assertRelative(_ value: Double, _ expected: Double, _ tolerance: Double = 1e-10, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertLessThanOrEqual(abs(value - expected), tolerance * abs(expected), "\(value) is not \(expected)", file: file, line: line)
    }

    func testStudentTQuantilesMatchTheTables() {
        assertRelative(Distributions.studentTQuantile(0.975, degreesOfFreedom: 1), 12.706204736174694)
        assertRelative(Distributions.studentTQuantile(0.975, degreesOfFreedom: 4), 2.7764451051977934)
        assertRelative(Distributions.studentTQuantile(0.975, degreesOfFreedom: 10), 2.228138851986274)
        assertRelative(Distributions.studentTQuantile(0.975, degreesOfFreedom: 30), 2.0422724563012378)
        assertRelative(Distributions.studentTQuantile(0.995, degreesOfFreedom: 4), 4.604094871349992)
        assertRelative(Distributions.studentTQuantile(0.025, degreesOfFreedom: 10), -2.228138851986274)
        XCTAssertEqual(Distributions.studentTQuantile(0.5, degreesOfFreedom: 3), 0)
        assertRelative(Distributions.studentTDistribution(-1.5, degreesOfFreedom: 7), 0.088649243494985)
    }

    func testChiSquareTailProbabilitiesMatchTheTables() {
        assertRelative(Distributions.chiSquareSurvival(7.814727903251178, degreesOfFreedom: 3), 0.05)
        assertRelative(Distributions.chiSquareSurvival(10.5, degreesOfFreedom: 4), 0.03279698999488366)
        assertRelative(Distributions.chiSquareSurvival(0.5, degreesOfFreedom: 1), 0.47950012218695337)
        assertRelative(Distributions.chiSquareSurvival(3, degreesOfFreedom: 10), 0.9814240637778593)
        assertRelative(Distributions.chiSquareSurvival(55, degreesOfFreedom: 30), 0.0035499270232008744)
        assertRelative(Distributions.chiSquareSurvival(200, degreesOfFreedom: 150), 0.003973185970821635)
        assertRelative(Distributions.chiSquareSurvival(25, degreesOfFreedom: 1), 5.733031437583875e-07, 1e-9)
    }

    func testFQuantilesAndTheIncompleteFunctionsMatchTheTables() {
        assertRelative(Distributions.fQuantile(0.95, df1: 5, df2: 10), 3.3258345304130104)
        assertRelative(Distributions.fQuantile(0.975, df1: 4, df2: 8), 5.052632217363513)
        assertRelative(Distributions.fQuantile(0.975, df1: 29, df2: 290), 1.6275410629826685)
        assertRelative(Distributions.fQuantile(0.025, df1: 29, df2: 290), 0.5432821136959173)
        assertRelative(Distributions.regularisedBeta(0.3, a: 2.5, b: 7.25), 0.6604822735819071)
        assertRelative(Distributions.regularisedBeta(0.0832, a: 2499.5, b: 27494.5), 0.4689996084908588, 1e-9)
        assertRelative(Distributions.regularisedGammaQ(2.2, 3.7), 0.14443974933840067)
        assertRelative(Distributions.regularisedGammaQ(50, 80), 0.0001307839765914092)
        XCTAssertEqual(Distributions.regularisedBeta(0, a: 2, b: 3), 0)
        XCTAssertEqual(Distributions.regularisedBeta(1, a: 2, b: 3), 1)
    }
}

/// Reliability, intervals, quantiles, the goodness-of-fit test and ranks on small cohorts
/// computed by hand.
final class ResearchStatisticsTests: XCTestCase {
    /// Three items (points 1-5) answered by five respondents: the item variances are 2.5, 1.7
    /// and 1.3, the covariances 1.75, 1.5 and 1.15, so the total variance is 14.3 and
    /// alpha = 3/2 (1 - 5.5/14.3) = 12/13.
    func testCronbachsAlphaOfAHandComputedCohort() throws {
        var moments = CoMoments(size: 3)
        for row in [[2, 3, 3], [4, 4, 5], [3, 2, 3], [5, 5, 4], [1, 2, 2]] { moments.add(row.map { Int64($0) * 25 }) }
        XCTAssertEqual(moments.covariance(0, 0), 2.5 * 625, accuracy: 1e-9)
        XCTAssertEqual(moments.covariance(1, 2), 1.15 * 625, accuracy: 1e-9)
        let reliability = moments.reliability(dimension: 0, items: [10, 11, 12])
        XCTAssertEqual(reliability.respondents, 5)
        XCTAssertEqual(try XCTUnwrap(reliability.alpha), 12.0 / 13, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(reliability.standardisedAlpha), 0.9310277550956623, accuracy: 1e-12)
        // Feldt: 1 - (1 - alpha) F(0.975 | 0.025; 4, 8).
        XCTAssertEqual(try XCTUnwrap(reliability.confidenceInterval?.low), 0.61133598327973, accuracy: 1e-10)
        XCTAssertEqual(try XCTUnwrap(reliability.confidenceInterval?.high), 0.9914335555373517, accuracy: 1e-10)
        // Without the first item: variances 1.7 + 1.3, total 5.3, alpha = 2 (1 - 3/5.3) = 46/53.
        XCTAssertEqual(try XCTUnwrap(reliability.alphaIfDeleted[0]), 46.0 / 53, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(reliability.itemTotalCorrelations[0]), 0.8928436656664785, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(reliability.itemTotalCorrelations[2]), 0.8375848921443435, accuracy: 1e-12)
        XCTAssertFalse(reliability.isLow)
        XCTAssertEqual(reliability.negativeItems, [])
    }

    func testAReverseItemForgottenCorrelatesNegativelyAndLowersAlpha() throws {
        var moments = CoMoments(size: 4)
        for row in [[1, 1, 2, 5], [2, 2, 2, 4], [3, 3, 4, 3], [4, 5, 4, 2], [5, 4, 5, 1]] { moments.add(row.map(Int64.init)) }
        let reliability = moments.reliability(dimension: 0, items: [7, 8, 9, 10])
        XCTAssertTrue(reliability.isLow)
        XCTAssertEqual(reliability.negativeItems, [10], "the question index of the reversed item")
        XCTAssertLessThan(try XCTUnwrap(reliability.itemTotalCorrelations[3]), 0)
    }

    func testConstantItemsHaveNoCorrelationsAndOneRespondentNoAlpha() {
        var constant = CoMoments(size: 2)
        for _ in 0..<4 { constant.add([50, 50]) }
        let flat = constant.reliability(dimension: 0, items: [0, 1])
        XCTAssertNil(flat.alpha, "no variance: alpha is undefined")
        XCTAssertNil(flat.standardisedAlpha)
        XCTAssertEqual(flat.itemTotalCorrelations, [nil, nil])
        var single = CoMoments(size: 2)
        single.add([25, 75])
        XCTAssertNil(single.reliability(dimension: 0, items: [0, 1]).alpha)
    }

    /// 3 1 4 1 5 9 2 6: mean 3.875, SD 2.7484, type-7 quartiles 1.75, 3.5, 5.25; the interval
    /// is the mean ± t(0.975; 7) SD / √8.
    func testSummaryGivesTheTIntervalAndTypeSevenQuartiles() throws {
        let summary = try XCTUnwrap(ResearchStatisticsAccumulator.summary([3, 1, 4, 1, 5, 9, 2, 6], floor: 0, ceiling: 1))
        XCTAssertEqual(summary.descriptive.mean, 3.875)
        XCTAssertEqual(summary.descriptive.firstQuartile, 1.75)
        XCTAssertEqual(summary.descriptive.median, 3.5)
        XCTAssertEqual(summary.descriptive.thirdQuartile, 5.25)
        XCTAssertEqual(try XCTUnwrap(summary.standardError), 2.748376143938713 / 8.0.squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(summary.confidenceInterval?.low), 1.5773000431592457, accuracy: 1e-10)
        XCTAssertEqual(try XCTUnwrap(summary.confidenceInterval?.high), 6.172699956840754, accuracy: 1e-10)
        XCTAssertEqual(summary.ceilingShare, 0.125)
        let one = try XCTUnwrap(ResearchStatisticsAccumulator.summary([42], floor: 0, ceiling: 0))
        XCTAssertNil(one.confidenceInterval, "one value has no interval")
        XCTAssertNil(ResearchStatisticsAccumulator.summary([], floor: 0, ceiling: 0))
    }

    /// 36 respondents and shares 4/46/43/7/0 % expect 1.44, 16.56, 15.48, 2.52 and 0: the first
    /// two make a class of 18, the third reaches 5 alone, and the rest (2.52) joins it (18).
    func testTheGoodnessOfFitMergesBandsBelowFiveExpected() throws {
        let test = try ResearchStatisticsAccumulator.goodnessOfFit([1, 2, 10, 20, 3], referenceShares: [0.04, 0.46, 0.43, 0.07, 0]).get()
        XCTAssertEqual(test.classes, [0...1, 2...4])
        XCTAssertEqual(test.observed, [3, 33])
        XCTAssertEqual(test.expected[0], 18, accuracy: 1e-12)
        XCTAssertEqual(test.statistic, 25, accuracy: 1e-12)
        XCTAssertEqual(test.degreesOfFreedom, 1)
        XCTAssertEqual(test.pValue, 5.733031437583875e-07, accuracy: 1e-15)
        XCTAssertTrue(test.merged)
    }

    func testTheGoodnessOfFitNeedsSharesAndEnoughRespondents() {
        XCTAssertEqual(ResearchStatisticsAccumulator.goodnessOfFit([3, 4], referenceShares: [0.5, nil]).failureReason, .noReferenceShares)
        XCTAssertEqual(ResearchStatisticsAccumulator.goodnessOfFit([3, 4], referenceShares: [0.5, 0.5]).failureReason, .tooFewRespondents,
                       "7 respondents expect 3.5 per class: one class of 7 cannot be tested")
        XCTAssertNil(ResearchStatisticsAccumulator.goodnessOfFit([5, 5], referenceShares: [0.5, 0.5]).failureReason)
    }

    func testSpearmanRanksShareTiesAndPearsonNeedsVariance() throws {
        guard case .narrow(let ranked) = CodedScores([10, 20, 10, 30, 20, 20]).ranked() else { return XCTFail("six scores are coded") }
        let ranks = RankedCodes<UInt16>.averageRanks(counts: ranked.counts { _ in true })
        XCTAssertEqual(ranked.codes.map { ranks[Int($0)] }, [1.5, 4, 1.5, 6, 4, 4])
        func r(_ x: [Double], _ y: [Double]) -> Double? {
            DimensionCorrelations.matrices([CodedScores(x).ranked(), CodedScores(y).ranked()]).pearson[0][1].r
        }
        XCTAssertEqual(try XCTUnwrap(r([1, 2, 3], [2, 4, 6])), 1, accuracy: 1e-15)
        XCTAssertNil(r([1, 2, 3], [5, 5, 5]))
        XCTAssertNil(r([1], [1]))
    }
}

/// `smartcity stats` on the sample municipalities: golden files for every format.
final class StatisticsRunTests: XCTestCase {
    static func sampleStatistics(grouping: PeerGrouping? = PeerGrouping(column: "area")) -> Checked<StatisticsResult> {
        var settings = StatisticsRun.Settings()
        settings.grouping = grouping
        return StatisticsRun.analyse(questionnaire: Fixtures.iMonitor, questionnaireFile: SourceFile(path: "questionnaire.json", sha256: "0"),
                                     responsePaths: [Fixtures.iMonitorFile("sample-responses.csv")], language: "en",
                                     options: ReadingOptions(), settings: settings) { _ in }
    }

    func testTheSampleStatisticsMatchTheirGoldenFiles() throws {
        let result = try XCTUnwrap(Self.sampleStatistics().value)
        let output = MemoryReportOutput()
        try StatisticsRun.write(result, formats: StatisticsFormat.allCases, strings: .english, output: output)
        XCTAssertEqual(output.files.map(\.relativePath).sorted(), ([StatisticsDocument.file, StatisticsJSONRenderer.file] + StatisticsCSVRenderer.files).sorted())
        for file in output.files where file.relativePath.hasSuffix(".json") { XCTAssertNoThrow(try JSONParser.parse(Array(file.contents.utf8)), file.relativePath) }
        try GoldenFiles.assertEqual(output.files, prefix: "stats/")
    }

    func testTheBootstrapIntervalsMatchTheirGoldenFiles() throws {
        var settings = StatisticsRun.Settings()
        settings.bootstrap = ReliabilityBootstrap.Settings(replicates: 200, seed: 1)
        let result = try XCTUnwrap(StatisticsRun.analyse(
            questionnaire: Fixtures.iMonitor, questionnaireFile: SourceFile(path: "questionnaire.json", sha256: "0"),
            responsePaths: [Fixtures.iMonitorFile("sample-responses.csv")], language: "en", options: ReadingOptions(), settings: settings) { _ in }.value)
        var files: [RenderedFile] = []
        for language in ["en", "fr"] {
            let output = MemoryReportOutput()
            try StatisticsRun.write(result, formats: language == "en" ? StatisticsFormat.allCases : [.markdown], strings: ReportStrings.forLanguage(language), output: output)
            files += output.files.filter { ["statistics.md", "statistics.json", "reliability-intervals.csv"].contains($0.relativePath) }
                .map { RenderedFile(relativePath: language == "en" ? $0.relativePath : "statistics.fr.md", contents: $0.contents) }
        }
        try GoldenFiles.assertEqual(files, prefix: "stats-bootstrap/")
    }

    func testGroupsCountTheirMembersAndAnUnknownColumnIsAnError() throws {
        let result = try XCTUnwrap(Self.sampleStatistics().value)
        XCTAssertEqual(result.statistics.groupLabels, ["rural", "urban"])
        XCTAssertEqual(result.statistics.respondentCount, 12)
        let total = result.statistics.measures.filter { $0.measure == .total }
        XCTAssertEqual(total.map { $0.summary?.descriptive.count }, [12, 7, 5])
        let unknown = Self.sampleStatistics(grouping: PeerGrouping(column: "aera"))
        XCTAssertNil(unknown.value)
        XCTAssertTrue(unknown.diagnostics.first?.message.contains("did you mean \"area\"?") ?? false, "\(unknown.diagnostics)")
    }

    func testItemCountsAddUpToTheRespondentsAndListwiseDropsTheIncomplete() throws {
        let statistics = try XCTUnwrap(Self.sampleStatistics(grouping: nil).value).statistics
        for item in statistics.items { XCTAssertEqual(item.statusCounts.reduce(0, +), 12) }
        let vossendaal = try XCTUnwrap(statistics.items.first { Fixtures.iMonitor.questions[$0.question].id == "IM02" })
        XCTAssertEqual(vossendaal.count(.dontKnow), 1)
        let information = try XCTUnwrap(statistics.reliability.first { Fixtures.iMonitor.dimensions[$0.dimension].id == "information-management" })
        XCTAssertEqual(information.respondents, 10, "two municipalities left an information-management item unanswered")
    }
}
