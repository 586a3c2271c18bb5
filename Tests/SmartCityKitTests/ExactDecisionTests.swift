import XCTest
@testable import SmartCityKit

/// The decisions `stats` and `compare` print, on crafted data that sits exactly on the edge
/// where a floating-point computation falls on the wrong side.
final class ExactDecisionTests: XCTestCase {
    func testAShareOfExactly28Point35PercentPrintsAs28Point4() {
        XCTAssertEqual(ReportStrings.english.numbers.percent(.share(567, of: 2000)), "28.4 %", "half away from zero on 567/2000")
        XCTAssertEqual(0.2835 * 100, 28.349999999999998, "in binary the share times 100 is below the tie")
        XCTAssertEqual(ReportStrings.english.numbers.percent(0.2835), "28.4 %", "a share given as a decimal is read as written")
        XCTAssertEqual(ReportStrings.english.numbers.percent(0.285, digits: 0), "29 %", "a reference share of 0.285 is 28.5 %")
        XCTAssertEqual(ReportStrings.dutch.numbers.percent(.share(567, of: 2000)), "28,4\u{202F}%")
    }

    /// 2,000 respondents of the mini questionnaire, 567 of them in the high band: the types
    /// table of `statistics.md` shows 28.4 %.
    func testTheStatisticsReportPrintsTheExactShareOfAType() throws {
        var lines = ["id,A1,A2,A3,B1,B2,B3,B4"]
        for index in 0..<2000 {
            lines.append(index < 567 ? "m\(index),5,1,yes,z,p;q,3,2" : "m\(index),1,5,no,x,,0,0")
        }
        let path = Fixtures.write(lines.joined(separator: "\n") + "\n", name: "shares.csv")
        let result = try XCTUnwrap(StatisticsRun.analyse(questionnaire: Fixtures.mini, questionnaireFile: SourceFile(path: "q.json", sha256: "0"),
                                                         responsePaths: [path], language: "en", options: ReadingOptions(),
                                                         settings: StatisticsRun.Settings()) { _ in }.value)
        XCTAssertEqual(result.statistics.types.first?.counts, [1433, 567])
        let output = MemoryReportOutput()
        try StatisticsRun.write(result, formats: [.markdown], strings: .english, output: output)
        let markdown = try XCTUnwrap(output.files.first { $0.relativePath == StatisticsDocument.file }?.contents)
        XCTAssertTrue(markdown.contains("567 (28.4 %)"), markdown)
        XCTAssertTrue(markdown.contains("1433 (71.7 %)"), "71.65 % rounds up too")
    }

    /// Shares 0.1 + 0.2 + 0.15 + 0.45 + 0.1 add up to 1.0000000000000002 in binary, so that 50
    /// respondents would expect 4.999999999999999 in the first band; exactly they expect 5.
    func testTheTypeTestDoesNotMergeABandThatExpectsExactlyFive() throws {
        XCTAssertEqual(0.1 + 0.2 + 0.15 + 0.45 + 0.1, 1.0000000000000002)
        let test = try ResearchStatisticsAccumulator.goodnessOfFit([6, 9, 8, 22, 5], referenceShares: [0.1, 0.2, 0.15, 0.45, 0.1]).get()
        XCTAssertEqual(test.classes, [0...0, 1...1, 2...2, 3...3, 4...4])
        XCTAssertEqual(test.expected, [5, 10, 7.5, 22.5, 5])
        XCTAssertFalse(test.merged)
        XCTAssertEqual(test.degreesOfFreedom, 4)
        // (6-5)²/5 + (9-10)²/10 + (8-7.5)²/7.5 + (22-22.5)²/22.5 + 0 = 0.2 + 0.1 + 1/30 + 1/90.
        XCTAssertEqual(test.statistic, 0.2 + 0.1 + 1.0 / 30 + 1.0 / 90, accuracy: 1e-12)
        // One respondent fewer: the first band expects 4.9 and joins the second.
        let fewer = try ResearchStatisticsAccumulator.goodnessOfFit([5, 9, 8, 22, 5], referenceShares: [0.1, 0.2, 0.15, 0.45, 0.1]).get()
        XCTAssertEqual(fewer.classes.first, 0...1)
    }

    /// Two items whose variances are 13/7 of their covariance: alpha = 2 (1 − 26/40) = 0.7
    /// exactly, which Welford's method in binary computes as 0.6999999999999998.
    func testAnAlphaOfExactlySevenTenthsIsNotLow() throws {
        var moments = CoMoments(size: 3)
        for row in [[50, 75, 50], [75, 0, 25], [75, 50, 75], [0, 25, 0]] { moments.add(row.map { Int64($0) }) }
        let reliability = moments.reliability(dimension: 0, items: [4, 5, 6])
        XCTAssertEqual(reliability.alpha, 0.7)
        XCTAssertFalse(reliability.isLow)
        var low = CoMoments(size: 3)
        for row in [[50, 75, 50], [75, 0, 25], [75, 50, 75], [0, 25, 25]] { low.add(row.map { Int64($0) }) }
        XCTAssertTrue(low.reliability(dimension: 0, items: [4, 5, 6]).isLow, "a little less consistent: below 0.7")
    }

    /// The first item's covariance with the sum of the other two is exactly 0 (binary: −1.1e-16);
    /// the other two covary with the rest by −2500 / 12 each.
    func testAnItemUncorrelatedWithTheRestIsNotNegative() throws {
        var moments = CoMoments(size: 3)
        for row in [[50, 75, 50], [25, 50, 75], [50, 25, 75], [50, 50, 100]] { moments.add(row.map { Int64($0) }) }
        let reliability = moments.reliability(dimension: 0, items: [4, 5, 6])
        XCTAssertEqual(reliability.itemTotalCorrelations[0], 0)
        XCTAssertEqual(reliability.negativeItems, [5, 6], "the other two do correlate negatively with the rest; the first does not")
    }

    func testAlphaIsDecidedOnTheExactSumsInAnyScoreUnit() throws {
        // The same respondents in units of 1/12 point: the same exact alpha.
        var moments = CoMoments(size: 3, scoreUnit: 12)
        for row in [[50, 75, 50], [75, 0, 25], [75, 50, 75], [0, 25, 0]] { moments.add(row.map { Int64($0) * 12 }) }
        let reliability = moments.reliability(dimension: 0, items: [4, 5, 6])
        XCTAssertEqual(reliability.alpha, 0.7)
        XCTAssertFalse(reliability.isLow)
        XCTAssertEqual(moments.covariance(0, 0), 1250, "in item-score points²: 3750 / 3")
    }

    func testSumsBeyond128BitsContinueInBinaryWithoutTrapping() throws {
        var moments = CoMoments(size: 2)
        let huge = Int64.max
        for row in [[huge, huge], [0, huge / 2], [huge / 3, 0]] { moments.add(row) }
        let reliability = moments.reliability(dimension: 0, items: [0, 1])
        XCTAssertEqual(reliability.respondents, 3)
        XCTAssertNotNil(reliability.alpha, "computed in binary")
    }

    func testMediansAndQuartilesAreTheExactValuesRoundedOnce() throws {
        let values: [(value: Fraction, count: Int)] = [(Fraction(100, 7), 1), (Fraction(200, 7), 1), (Fraction(1, 3), 0)].filter { $0.count > 0 }
        let statistics = try XCTUnwrap(Descriptive(exactCounts: values))
        XCTAssertEqual(statistics.median, Fraction(150, 7).doubleValue)
        XCTAssertEqual(statistics.firstQuartile, Fraction(125, 7).doubleValue)
        XCTAssertEqual(statistics.thirdQuartile, Fraction(175, 7).doubleValue)
        XCTAssertEqual(statistics.mean, Fraction(150, 7).doubleValue)
        // Ten times one tenth: the mean is exactly 0.1 and the deviation exactly 0.
        let constant = try XCTUnwrap(Descriptive(exactCounts: [(Fraction(1, 10), 10)]))
        XCTAssertEqual(constant.mean, 0.1)
        XCTAssertEqual(constant.standardDeviation, 0)
    }

    func testAConstantVariableHasNoCorrelation() {
        let tenths = Array(repeating: 0.1, count: 10)
        XCTAssertNotEqual(tenths.reduce(0, +) / 10, 0.1, "in binary the mean of ten tenths is not a tenth")
        let columns = [CodedScores(tenths).ranked(), CodedScores((1...10).map(Double.init)).ranked()]
        XCTAssertNil(DimensionCorrelations.matrices(columns).pearson[0][1].r)
    }

    /// Changes of +0.1, +0.2 and −0.3 points: a mean change of exactly 0 (in binary 1.9e-17,
    /// which the report would print as "+0.00").
    func testAMeanChangeOfExactlyZeroHasNoSign() throws {
        XCTAssertNotEqual(0.1 + 0.2 - 0.3, 0, "in binary the sum is 5.5e-17")
        func municipality(_ id: String, _ total: Fraction) -> ComparedRespondent {
            ComparedRespondent(id: id, name: id, metadata: [], dimensionScores: [total], total: total, bandID: "low")
        }
        let file = SourceFile(path: "q", sha256: "0")
        let waves = WaveComparison(waves: [
            .init(label: "2023", respondents: [municipality("a", 0), municipality("b", 0), municipality("c", Fraction(3, 10))],
                  files: [], questionnaire: "q 1", questionnaireFile: file),
            .init(label: "2024", respondents: [municipality("a", Fraction(1, 10)), municipality("b", Fraction(2, 10)), municipality("c", 0)],
                  files: [], questionnaire: "q 1", questionnaireFile: file),
        ], measures: [.total, .dimension(0)], bandIDs: ["low", "high"])
        XCTAssertEqual(waves.meanChanges[0].mean, 0)
        XCTAssertNil(Fraction.mean([]))
    }

    /// Ten municipalities scoring exactly 0.1: the cohort mean is 0.1 (in binary ten tenths add
    /// up to 0.9999999999999999), the deviation 0, and no one has a z-score.
    func testAConstantCohortHasItsExactMeanAndNoZScores() throws {
        let respondents = (0..<10).map { index in
            ComparedRespondent(id: "m\(index)", name: "M\(index)", metadata: [], dimensionScores: [Fraction(1, 10), Fraction(1, 10)],
                               total: Fraction(1, 10), bandID: "low")
        }
        let comparison = Comparison(summary: RenderingTests.report().0.summary, respondents: respondents)
        XCTAssertEqual(comparison.measureSummaries[0].mean, 0.1)
        XCTAssertEqual(comparison.measureSummaries[0].standardDeviation, 0)
        XCTAssertTrue(comparison.standings.allSatisfy { $0[0].zScore == nil })
    }
}
