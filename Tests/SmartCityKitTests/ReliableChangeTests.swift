import XCTest
@testable import SmartCityKit

/// Jacobson and Truax's reliable change index between waves: the formula on hand-computed
/// values, the verdicts at ±1.96, and its basis taken from the earlier wave as `stats` reports it.
final class ReliableChangeTests: XCTestCase {
    private func municipality(_ id: String, total: Int) -> ComparedRespondent {
        ComparedRespondent(id: id, name: id, metadata: [], dimensionScores: [Fraction(total)], total: Fraction(total), bandID: nil)
    }

    private static let file = SourceFile(path: "q", sha256: "0")

    func testTheIndexIsTheChangeOverTheErrorOfADifferenceOfTheWaveComparedWith() throws {
        // 2023: SD 10, alpha 0.84 -> S_diff = 10 × √2 × 0.4 = 5.656854...; 2022: SD 5, alpha 0.5 -> S_diff = 5.
        let basis2023 = ReliableChange.Basis(standardDeviation: 10, alpha: 0.84)
        let basis2022 = ReliableChange.Basis(standardDeviation: 5, alpha: 0.5)
        let waves = WaveComparison(waves: [
            .init(label: "2022", respondents: [municipality("c", total: 50)], files: [], questionnaire: "q 1", questionnaireFile: Self.file,
                  reliability: [basis2022, basis2022]),
            .init(label: "2023", respondents: [municipality("a", total: 40), municipality("b", total: 70), municipality("d", total: 60)],
                  files: [], questionnaire: "q 1", questionnaireFile: Self.file, reliability: [basis2023, ReliableChange.Basis(standardDeviation: 0, alpha: 0.8)]),
            .init(label: "2024", respondents: [municipality("a", total: 55), municipality("b", total: 65), municipality("c", total: 40), municipality("d", total: 48)],
                  files: [], questionnaire: "q 1", questionnaireFile: Self.file),
        ], measures: [.total, .dimension(0)], bandIDs: [])
        let byID = Dictionary(uniqueKeysWithValues: waves.changes.map { ($0.id, $0) })
        // a: +15 / 5.656854 = 2.651650; b: -5 / 5.656854 = -0.883883; d: -12 / 5.656854 = -2.121320; c (since 2022): -10 / 5 = -2.
        XCTAssertEqual(try XCTUnwrap(byID["a"]?.reliableChangeIndex[0]), 2.651650429449553, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(byID["b"]?.reliableChangeIndex[0]), -0.8838834764831844, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(byID["d"]?.reliableChangeIndex[0]), -2.1213203435596424, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(byID["c"]?.reliableChangeIndex[0]), -2, accuracy: 1e-12)
        XCTAssertEqual(waves.changes.map { $0.reliableChange[0] }, [.improved, .noReliableChange, .declined, .declined])
        // A constant earlier dimension (SD 0) has no error of a difference, so no index.
        XCTAssertNil(byID["a"]?.reliableChangeIndex[1])
        XCTAssertNil(byID["a"]?.reliableChange[1])
        XCTAssertEqual(byID["c"]?.reliableChange[1], .declined, "c is measured against 2022's basis on every measure")
    }

    func testTheVerdictsAtTheBoundsOf196() {
        XCTAssertEqual(ReliableChange(index: 1.96), .noReliableChange)
        XCTAssertEqual(ReliableChange(index: 1.9600001), .improved)
        XCTAssertEqual(ReliableChange(index: -1.96), .noReliableChange)
        XCTAssertEqual(ReliableChange(index: -1.9600001), .declined)
        XCTAssertEqual(ReliableChange.allCases.map(\.rawValue), ["improved", "declined", "no-reliable-change"])
    }

    func testNoErrorOfADifferenceWithoutSpreadOrWithAlphaOfOne() {
        XCTAssertNil(ReliableChange.Basis(standardDeviation: nil, alpha: 0.8).differenceError)
        XCTAssertNil(ReliableChange.Basis(standardDeviation: 4, alpha: nil).differenceError)
        XCTAssertNil(ReliableChange.Basis(standardDeviation: 4, alpha: 1).differenceError)
        // A negative alpha widens the error: 4 × √2 × √1.5 = 6.928203...
        XCTAssertEqual(try XCTUnwrap(ReliableChange.Basis(standardDeviation: 4, alpha: -0.5).differenceError), 6.928203230275509, accuracy: 1e-12)
    }

    func testTheAlphaOfAllItemsByHand() throws {
        // Items (1, 2, 3), (2, 2, 4), (3, 4, 4): variances 1, 4/3, 1/3; totals 6, 8, 11 with variance 19/3;
        // alpha = 3/2 × (1 − (8/3) / (19/3)) = 33/38.
        var moments = CoMoments(size: 3)
        moments.add([1, 2, 3])
        moments.add([2, 2, 4])
        moments.add([3, 4, 4])
        XCTAssertEqual(try XCTUnwrap(moments.alpha), 33.0 / 38, accuracy: 1e-15)
    }

    func testTheSampleWavesRestOnTheEarlierWavesStatistics() throws {
        var settings = ComparisonRun.Settings()
        settings.earlierWaves = [WaveSource(label: "2023", paths: [Fixtures.iMonitorFile("sample-responses.csv")])]
        settings.currentWave = "2024"
        let compared = ComparisonRun.compare(
            questionnaire: Fixtures.iMonitor, questionnaireFile: SourceFile(path: "q", sha256: ""),
            responsePaths: [Fixtures.iMonitorFile("sample-responses-2024.csv")], language: "en",
            options: ReadingOptions(), settings: settings) { _ in }
        let waves = try XCTUnwrap(compared.value?.waves)
        let earlier = try XCTUnwrap(StatisticsRun.analyse(
            questionnaire: Fixtures.iMonitor, questionnaireFile: SourceFile(path: "q", sha256: ""),
            responsePaths: [Fixtures.iMonitorFile("sample-responses.csv")], language: "en",
            options: ReadingOptions(), settings: StatisticsRun.Settings()) { _ in }.value).statistics
        let bases = waves.waves[0].reliability
        XCTAssertEqual(bases.count, 1 + Fixtures.iMonitor.dimensions.count)
        XCTAssertTrue(waves.waves[1].reliability.isEmpty, "the current wave's basis is never needed")
        for dimension in Fixtures.iMonitor.dimensions.indices {
            let stats = earlier.measures.first { $0.measure == .dimension(dimension) && $0.group == nil }?.summary?.descriptive.standardDeviation
            XCTAssertEqual(bases[dimension + 1].standardDeviation, stats)
            XCTAssertEqual(bases[dimension + 1].alpha, earlier.reliability.first { $0.dimension == dimension }?.alpha)
        }
        XCTAssertEqual(bases[0].standardDeviation, earlier.measures.first { $0.measure == .total && $0.group == nil }?.summary?.descriptive.standardDeviation)
        // pingouin.cronbach_alpha of all 48 scored items, listwise (Fixtures/reliable-change-reference.py).
        XCTAssertEqual(try XCTUnwrap(bases[0].alpha), 0.9745737840222711, accuracy: 1e-12)
        for change in waves.changes {
            for (position, value) in change.change.enumerated() {
                guard let value, let error = bases[position].differenceError else { continue }
                XCTAssertEqual(change.reliableChangeIndex[position], value.doubleValue / error)
                XCTAssertEqual(change.reliableChange[position], ReliableChange(index: value.doubleValue / error))
            }
        }
    }
}
