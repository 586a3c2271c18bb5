import Foundation
import XCTest
@testable import SmartCityKit

/// Several respondents per municipality in `stats --municipality-column`: the municipality's
/// mean scores and their spread, and the agreement between respondents (ICC(1), ICC(1,k)) against
/// pingouin on a balanced design and the documented one-way ANOVA on an unbalanced one
/// (`Fixtures/municipalities/reference.py` made `reference.json`).
final class MunicipalityStatisticsTests: XCTestCase {
    private static let folder = RenderingTests.fixtureFolder.appendingPathComponent("municipalities")

    /// The statistics of one of the fixture's responses files, by municipality.
    static func analysed(_ name: String) throws -> StatisticsResult {
        var settings = StatisticsRun.Settings()
        settings.municipalityColumn = "municipality"
        return try XCTUnwrap(StatisticsRun.analyse(
            questionnaire: Fixtures.mini, questionnaireFile: SourceFile(path: "q.json", sha256: "0"),
            responsePaths: [Self.folder.appendingPathComponent(name).path], language: "en", options: ReadingOptions(),
            settings: settings) { _ in }.value)
    }

    private func reference() throws -> [String: Any] {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("reference.json"))
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private static let measures: [(id: String, measure: ResearchStatistics.Measure)] = [("alpha", .dimension(0)), ("beta", .dimension(1)), ("total", .total)]

    private func agreement(_ statistics: MunicipalityStatistics, _ measure: ResearchStatistics.Measure) throws -> MunicipalityStatistics.Agreement {
        try XCTUnwrap(statistics.agreement.first { $0.measure == measure })
    }

    private func assertMatches(_ entry: MunicipalityStatistics.Agreement, _ expected: [String: Any], _ label: String,
                               file: StaticString = #filePath, line: UInt = #line) throws {
        func value(_ key: String) throws -> Double { try XCTUnwrap(expected[key] as? Double, "\(label) \(key)") }
        XCTAssertEqual(try XCTUnwrap(entry.icc1), try value("icc1"), accuracy: 1e-9, "\(label) ICC(1)", file: file, line: line)
        XCTAssertEqual(try XCTUnwrap(entry.icc1k), try value("icc1k"), accuracy: 1e-9, "\(label) ICC(1,k)", file: file, line: line)
        XCTAssertEqual(try XCTUnwrap(entry.f), try value("f"), accuracy: 1e-9, "\(label) F", file: file, line: line)
        XCTAssertEqual(try XCTUnwrap(entry.pValue), try value("pValue"), accuracy: 1e-9, "\(label) p", file: file, line: line)
        let df = try XCTUnwrap(expected["df"] as? [Int])
        XCTAssertEqual([entry.degreesOfFreedom.between, entry.degreesOfFreedom.within], df, label, file: file, line: line)
        for (key, interval) in [("icc1Ci", entry.icc1Interval), ("icc1kCi", entry.icc1kInterval)] {
            // pingouin's own rows carry only rounded intervals (checked apart).
            guard let bounds = expected[key] as? [Double] else { continue }
            let found = try XCTUnwrap(interval, "\(label) \(key)")
            XCTAssertEqual(found.low, bounds[0], accuracy: 1e-9, "\(label) \(key) low", file: file, line: line)
            XCTAssertEqual(found.high, bounds[1], accuracy: 1e-9, "\(label) \(key) high", file: file, line: line)
        }
        if let size = expected["groupSize"] as? Double {
            XCTAssertEqual(try XCTUnwrap(entry.groupSize), size, accuracy: 1e-12, "\(label) k", file: file, line: line)
        }
    }

    func testABalancedDesignAgreesWithPingouin() throws {
        let statistics = try XCTUnwrap(try Self.analysed("balanced.csv").statistics.municipalities)
        let balanced = try XCTUnwrap(try reference()["balanced"] as? [String: [String: [String: Any]]])
        for (id, measure) in Self.measures {
            let entry = try agreement(statistics, measure)
            let expected = try XCTUnwrap(balanced[id])
            XCTAssertTrue(entry.isBalanced)
            XCTAssertEqual(entry.groupSize, 3, "balanced: k is the group size")
            try assertMatches(entry, try XCTUnwrap(expected["pingouin"]), "\(id) against pingouin")
            try assertMatches(entry, try XCTUnwrap(expected["computed"]), "\(id) against pingouin's interval formulas unrounded")
            // pingouin prints its intervals to two decimals.
            let rounded = try XCTUnwrap(expected["pingouin"]?["icc1CiRounded"] as? [Double])
            XCTAssertEqual(try XCTUnwrap(entry.icc1Interval?.low), rounded[0], accuracy: 0.005)
            XCTAssertEqual(try XCTUnwrap(entry.icc1Interval?.high), rounded[1], accuracy: 0.005)
        }
    }

    func testAnUnbalancedDesignUsesTheAdjustedMeanGroupSize() throws {
        let statistics = try XCTUnwrap(try Self.analysed("unbalanced.csv").statistics.municipalities)
        let unbalanced = try XCTUnwrap(try reference()["unbalanced"] as? [String: [String: Any]])
        for (id, measure) in Self.measures {
            let entry = try agreement(statistics, measure)
            XCTAssertFalse(entry.isBalanced)
            // Groups of 2, 2, 3, 4, 3 and 1 (N = 15, g = 6): n0 = (15 − 43 / 15) / 5 = 2.426666...
            XCTAssertEqual(try XCTUnwrap(entry.groupSize), (15 - 43.0 / 15) / 5, accuracy: 1e-12)
            try assertMatches(entry, try XCTUnwrap(unbalanced[id]), "\(id) unbalanced")
        }
    }

    func testAMunicipalityScoresTheMeanOfItsRespondentsWithTheirSpread() throws {
        let statistics = try XCTUnwrap(try Self.analysed("balanced.csv").statistics.municipalities)
        XCTAssertEqual(statistics.municipalities.map(\.label), ["Aalst", "Beveren", "Geel", "Hasselt", "Ieper"])
        XCTAssertEqual(statistics.municipalities.map(\.respondents), [3, 3, 3, 3, 3])
        XCTAssertEqual(statistics.withoutMunicipality, 0)
        // Aalst's alpha scores: 100, 87.5 and 43.75: mean 77.083333, SD √(((22.916)² + (10.416)² + (33.3)²) / 2) = 29.5155...
        let aalst = statistics.municipalities[0].measures[0]
        XCTAssertEqual(aalst.count, 3)
        XCTAssertEqual(aalst.mean, 231.25 / 3, accuracy: 1e-12)
        let deviations = [100, 87.5, 43.75].map { $0 - 231.25 / 3 }
        XCTAssertEqual(try XCTUnwrap(aalst.standardDeviation), (deviations.reduce(0) { $0 + $1 * $1 } / 2).squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(aalst.minimum, 43.75)
        XCTAssertEqual(aalst.maximum, 100)
    }

    /// The files and sections of this feature alone (the rest of the statistics has golden files of its own).
    func testTheMunicipalityFilesAndSectionsMatchTheirGoldenFilesInEachLanguage() throws {
        let result = try Self.analysed("unbalanced.csv")
        let statistics = try XCTUnwrap(result.statistics.municipalities), questionnaire = result.summary.questionnaire
        var files = MunicipalityStatisticsCSVRenderer().render(statistics, questionnaire: questionnaire).map { RenderedFile(relativePath: $0.name, contents: $0.contents) }
        let json = MunicipalityStatisticsJSONRenderer().value(statistics, questionnaire: questionnaire).rendered() + "\n"
        XCTAssertNoThrow(try JSONParser.parse(Array(json.utf8)))
        files.append(RenderedFile(relativePath: "municipalities.json", contents: json))
        for (language, strings) in [("en", ReportStrings.english), ("nl", ReportStrings.dutch), ("fr", ReportStrings.french)] {
            let blocks = MunicipalityStatisticsDocument().blocks(statistics, result: result, strings: strings, words: .forLanguage(language))
            files.append(RenderedFile(relativePath: "municipalities.\(language).md", contents: MarkdownDocumentWriter.write(blocks)))
        }
        try GoldenFiles.assertEqual(files, prefix: "municipality-stats/")
    }

    func testMunicipalitiesCountedInPartsAndMergedEqualThoseCountedInOne() throws {
        let questionnaire = Fixtures.mini
        let read = Fixtures.readResponses(path: Self.folder.appendingPathComponent("unbalanced.csv").path, questionnaire: questionnaire)
        XCTAssertEqual(read.rows.count, 15)
        let engine = ScoringEngine(questionnaire: questionnaire)
        let scored = questionnaire.scoredQuestionIndices
        let empty = ResearchStatisticsAccumulator(questionnaire: questionnaire, municipalityColumn: "municipality")
        var whole = empty, first = empty, second = empty
        for (position, row) in read.rows.enumerated() {
            let respondent = ScoredRespondent(id: row.respondentID, metadata: row.metadata, score: engine.score(row.answers), file: "", row: position,
                                              scoredAnswers: scored.map { row.answers[$0] })
            let municipality = row.metadata.first
            whole.add(respondent, group: nil, municipality: municipality)
            // Hasselt's respondents fall in both parts (r10, r11 before, r16, r17 after).
            if position < 8 { first.add(respondent, group: nil, municipality: municipality) } else { second.add(respondent, group: nil, municipality: municipality) }
        }
        first.merge(second)
        let text: (LocalizedText) -> String = { $0.text(in: "en", fallback: "en") }
        let merged = try XCTUnwrap(first.finish(text: text).municipalities), counted = try XCTUnwrap(whole.finish(text: text).municipalities)
        XCTAssertEqual(merged.municipalities.map(\.label), counted.municipalities.map(\.label))
        XCTAssertEqual(merged.municipalities.map(\.respondents), [2, 2, 3, 4, 3, 1])
        XCTAssertEqual(merged.municipalities.map(\.respondents), counted.municipalities.map(\.respondents))
        for (left, right) in zip(merged.agreement, counted.agreement) {
            XCTAssertEqual(try XCTUnwrap(left.icc1), try XCTUnwrap(right.icc1), accuracy: 1e-12)
            XCTAssertEqual(try XCTUnwrap(left.f), try XCTUnwrap(right.f), accuracy: 1e-9)
        }
    }

    func testMomentsMergedFromPartsEqualThoseCountedOneByOne() {
        let values = [12.5, 0, 87.5, 43.75, 61.25, 100, 6.25]
        var whole = RunningMoments(), first = RunningMoments(), second = RunningMoments()
        for value in values { whole.add(value) }
        for value in values.prefix(3) { first.add(value) }
        for value in values.dropFirst(3) { second.add(value) }
        first.merge(second)
        XCTAssertEqual(first.count, whole.count)
        XCTAssertEqual(first.mean, whole.mean, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(first.standardDeviation), try XCTUnwrap(whole.standardDeviation), accuracy: 1e-12)
        XCTAssertEqual(first.minimum, 0)
        XCTAssertEqual(first.maximum, 100)
    }

    func testNoAgreementWithoutTwoMunicipalitiesOrSpreadWithin() {
        var one = RunningMoments()
        one.add(50)
        one.add(60)
        let single = MunicipalityStatistics.Agreement(measure: .total, groups: [one])
        XCTAssertNil(single.icc1)
        XCTAssertEqual(single.municipalities, 1)
        var a = RunningMoments(), b = RunningMoments()
        a.add(40)
        a.add(40)
        b.add(70)
        b.add(70)
        let constant = MunicipalityStatistics.Agreement(measure: .total, groups: [a, b, RunningMoments()])
        XCTAssertEqual(constant.municipalities, 2, "a municipality nobody was scored on is not counted")
        XCTAssertEqual(constant.meanSquareWithin, 0)
        XCTAssertNil(constant.icc1, "no spread within municipalities: F is undefined")
    }

    func testTheFDistributionsUpperTail() {
        // scipy.stats.f.sf(5.3358585858585865, 4, 10) = 0.014560969413799056; f.sf(1, 3, 3) = 0.5.
        XCTAssertEqual(Distributions.fSurvival(5.3358585858585865, df1: 4, df2: 10), 0.014560969413799056, accuracy: 1e-12)
        XCTAssertEqual(Distributions.fSurvival(1, df1: 3, df2: 3), 0.5, accuracy: 1e-12)
        XCTAssertEqual(Distributions.fSurvival(0, df1: 3, df2: 3), 1)
    }

    func testAMissingMunicipalityColumnIsAnErrorThatSuggestsTheName() throws {
        var settings = StatisticsRun.Settings()
        settings.municipalityColumn = "municipalty"
        let result = StatisticsRun.analyse(
            questionnaire: Fixtures.mini, questionnaireFile: SourceFile(path: "q.json", sha256: "0"),
            responsePaths: [Self.folder.appendingPathComponent("balanced.csv").path], language: "en", options: ReadingOptions(),
            settings: settings) { _ in }
        XCTAssertNil(result.value)
        let message = try XCTUnwrap(result.diagnostics.first { $0.severity == .error }?.message)
        XCTAssertTrue(message.contains("no metadata column \"municipalty\"") && message.contains("did you mean \"municipality\"?"), message)
    }
}
