import XCTest
@testable import SmartCityKit

/// `compare --municipality-column`: municipalities compared on the exact means of their
/// respondents' scores, their type the band of the mean total, matched across waves by name.
final class MunicipalityMeansTests: XCTestCase {
    private static let folder = RenderingTests.fixtureFolder.appendingPathComponent("municipalities")

    private func compare(_ name: String, earlier: String? = nil, column: String = "municipality") -> Checked<Comparison> {
        var settings = ComparisonRun.Settings()
        settings.municipalityColumn = column
        if let earlier {
            settings.earlierWaves = [WaveSource(label: "2023", paths: [Self.folder.appendingPathComponent(earlier).path])]
            settings.currentWave = "2024"
        }
        return ComparisonRun.compare(
            questionnaire: Fixtures.mini, questionnaireFile: SourceFile(path: "q.json", sha256: "0"),
            responsePaths: [Self.folder.appendingPathComponent(name).path], language: "en", options: ReadingOptions(), settings: settings) { _ in }
    }

    func testAMunicipalityIsTheExactMeanOfItsRespondentsAndItsTypeTheBandOfThatMean() throws {
        let comparison = try XCTUnwrap(compare("unbalanced.csv").value)
        XCTAssertEqual(comparison.respondents.map(\.id), ["Aalst", "Beveren", "Geel", "Hasselt", "Ieper", "Kortrijk"])
        let means = try XCTUnwrap(comparison.municipalityMeans)
        XCTAssertEqual(means.respondentCounts, [2, 2, 3, 4, 3, 1])
        XCTAssertEqual(means.respondents, 15)
        // Aalst: totals 100 and 84.375 -> 92.1875; alpha 100 and 87.5 -> 93.75. Beveren: totals 9.375 and 22.8125 -> 16.09375, low.
        let aalst = comparison.respondents[0], beveren = comparison.respondents[1]
        XCTAssertEqual(aalst.total, Fraction(1475, 16))
        XCTAssertEqual(aalst.dimensionScores[0], Fraction(375, 4))
        XCTAssertEqual(aalst.bandID, "high")
        XCTAssertEqual(beveren.total, Fraction(515, 32))
        XCTAssertEqual(beveren.bandID, "low")
        // Geel's three totals 71.25, 35.3125, 79.6875: mean 62.083333... exactly 745/12.
        XCTAssertEqual(comparison.respondents[2].total, Fraction(745, 12))
        XCTAssertEqual(try XCTUnwrap(means.spreads[0][0].standardDeviation), (2 * 7.8125 * 7.8125).squareRoot(), accuracy: 1e-12)
    }

    func testWavesMatchMunicipalitiesByTheirColumnValue() throws {
        let comparison = try XCTUnwrap(compare("unbalanced.csv", earlier: "balanced.csv").value)
        let waves = try XCTUnwrap(comparison.waves)
        XCTAssertEqual(waves.changes.map(\.id), ["Aalst", "Beveren", "Geel", "Hasselt", "Ieper"])
        XCTAssertEqual(waves.onlyIn.map(\.ids), [[], ["Kortrijk"]])
        // Aalst in 2023: totals 100, 84.375, 50.9375 -> 78.4375; in 2024 92.1875: +13.75.
        XCTAssertEqual(waves.changes[0].change[0], Fraction(55, 4))
    }

    func testAMissingColumnIsAnErrorThatSuggestsTheName() throws {
        let compared = compare("balanced.csv", column: "Municipalty")
        XCTAssertNil(compared.value)
        let message = try XCTUnwrap(compared.diagnostics.first { $0.severity == .error }?.message)
        XCTAssertTrue(message.contains("no metadata column \"Municipalty\" names the municipalities given to --municipality-column; did you mean \"municipality\"?"), message)
    }
}
