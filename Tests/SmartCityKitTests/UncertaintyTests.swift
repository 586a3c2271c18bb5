import Foundation
import XCTest
@testable import SmartCityKit

/// `smartcity uncertainty`: the Monte Carlo draws over the analyst's choices, their counts, and
/// the sensitivity estimators.
final class UncertaintyTests: XCTestCase {
    /// The analysis of the bundled sample under `settings`.
    static func sample(_ settings: UncertaintySettings) throws -> UncertaintyRun.Result {
        try XCTUnwrap(UncertaintyRun.analyse(
            questionnaire: Fixtures.iMonitor, questionnaireFile: SourceFile(path: "questionnaire.json", sha256: "0"),
            responsePaths: [Fixtures.iMonitorFile("sample-responses.csv")], language: "en", options: ReadingOptions(), settings: settings,
            temporaryFolder: Fixtures.temporaryDirectory().path, report: { _ in }).value)
    }

    /// The model of the bundled sample (its item scores, computed once).
    static func sampleModel() -> UncertaintyModel {
        let questionnaire = Fixtures.iMonitor
        var model = UncertaintyModel(engine: ScoringEngine(questionnaire: questionnaire))
        var settings = ScoringRun.Settings()
        settings.keepsAnswers = true
        settings.temporaryFolder = Fixtures.temporaryDirectory().path
        _ = ScoringRun(questionnaire: questionnaire, questionnaireFile: SourceFile(path: "q", sha256: ""),
                       responsePaths: [Fixtures.iMonitorFile("sample-responses.csv")], language: "en", options: ReadingOptions(),
                       settings: settings).score(observe: { respondent, _ in model.add(respondent, name: respondent.id) }, report: { _ in })
        return model
    }

    static var quick: UncertaintySettings {
        var settings = UncertaintySettings()
        settings.draws = 300
        settings.sensitivitySamples = 64
        settings.bootstrapResamples = 50
        settings.thresholdNoise = 1
        return settings
    }

    func testTheTypeSharesOfEveryMunicipalitySumToOne() throws {
        let analysis = try Self.sample(Self.quick).analysis
        XCTAssertEqual(analysis.rows.count, 12)
        for row in analysis.rows {
            XCTAssertEqual(row.bandShares.reduce(0, +), 1, accuracy: 1e-12, row.id)
            XCTAssertEqual(row.bandShares.count, 5)
            XCTAssertEqual(row.unscoredDraws, 0)
        }
        XCTAssertLessThan(analysis.rows.map(\.nominalShare).min() ?? 1, 1, "some municipality changes type under these choices")
    }

    func testWithoutNoiseEveryMunicipalityKeepsItsNominalTypeAndRankInEveryDraw() throws {
        var settings = Self.quick
        settings.weightNoise = 0
        settings.thresholdNoise = 0
        settings.methods = [.weights, .boundaries]
        let result = try Self.sample(settings)
        XCTAssertEqual(result.analysis.methods, [])
        for row in result.analysis.rows {
            XCTAssertEqual(row.nominalShare, 1, row.id)
            XCTAssertEqual(row.rankP05, row.nominalRank, row.id)
            XCTAssertEqual(row.rankP95, row.nominalRank, row.id)
            XCTAssertEqual(row.totalP05, row.totalP95, row.id)
            XCTAssertEqual(try XCTUnwrap(row.totalP05), (row.nominalTotal.doubleValue * 100).rounded() / 100, accuracy: 1e-9, row.id)
        }
        XCTAssertEqual(result.stableCohortShare, 1)
        XCTAssertTrue(result.analysis.sensitivity.isEmpty, "nothing varied: no indices")
    }

    func testUnderTheQuestionnairesOwnChoicesTheModelReproducesTheEnginesTotals() {
        let model = Self.sampleModel()
        let nominal = AnalystChoices.nominal(dimensions: model.dimensionWeights.count, minimumCoverage: model.minimumCoverage)
        XCTAssertEqual(model.count, 12)
        for respondent in 0..<model.count {
            XCTAssertEqual(model.total(of: respondent, nominal) ?? -1, model.nominalTotals[respondent].doubleValue, accuracy: 1e-9)
        }
        XCTAssertEqual(UncertaintyModel.ranks((0..<model.count).map { model.total(of: $0, nominal) }), model.nominalRanks.map { $0 })
    }

    func testTheGeometricMeanIsNeverAboveTheArithmeticMean() {
        let model = Self.sampleModel()
        var arithmetic = AnalystChoices.nominal(dimensions: model.dimensionWeights.count, minimumCoverage: model.minimumCoverage)
        var geometric = arithmetic
        arithmetic.dontKnow = .lowest
        geometric.dontKnow = .lowest
        geometric.aggregation = .geometric
        for respondent in 0..<model.count {
            XCTAssertLessThanOrEqual(model.total(of: respondent, geometric) ?? 0, (model.total(of: respondent, arithmetic) ?? 0) + 1e-9)
        }
    }

    func testATotalJustAboveABoundaryKeepsItsTypeInAboutHalfTheDrawsWithOnePointOfBoundaryNoise() throws {
        // One question whose answer scores 50.01: 0.01 above the boundary between low and high.
        let questionnaire = try XCTUnwrap(Fixtures.load("""
            {"format": 1, "id": "edge", "version": "1", "title": {"en": "Edge"}, "languages": ["en"], "defaultLanguage": "en",
             "scoring": {"minimumCoverage": 0.5},
             "bands": {"boundary": "upper-inclusive", "items": [
               {"id": "low", "label": {"en": "Low"}, "lower": 0, "upper": 50},
               {"id": "high", "label": {"en": "High"}, "lower": 50, "upper": 100}]},
             "dimensions": [{"id": "d", "label": {"en": "D"}, "weight": 1}],
             "questions": [{"id": "Q1", "dimension": "d", "type": "choice", "text": {"en": "Q1?"},
               "options": [{"code": "a", "label": {"en": "A"}, "score": 50.01}, {"code": "b", "label": {"en": "B"}, "score": 10}]}]}
            """).questionnaire)
        let responses = Fixtures.write("id,Q1\nedge,a\nfar,b\n", name: "edge.csv")
        var settings = UncertaintySettings()
        settings.draws = 4000
        settings.thresholdNoise = 1
        settings.methods = [.boundaries]
        settings.sensitivitySamples = 0
        let result = try XCTUnwrap(UncertaintyRun.analyse(
            questionnaire: questionnaire, questionnaireFile: SourceFile(path: "q", sha256: ""), responsePaths: [responses], language: "en",
            options: ReadingOptions(), settings: settings, temporaryFolder: Fixtures.temporaryDirectory().path, report: { _ in }).value)
        let edge = try XCTUnwrap(result.analysis.rows.first { $0.id == "edge" })
        XCTAssertEqual(result.analysis.bandIDs[edge.nominalBand], "high")
        XCTAssertEqual(try XCTUnwrap(edge.nearestBoundaryDistance), 0.01, accuracy: 1e-12)
        // Kept when the shift is below 0.01: probability 1.01 / 2; 4,000 draws put it within ±0.025 (3 standard errors).
        XCTAssertEqual(edge.nominalShare, 0.505, accuracy: 0.025)
        XCTAssertEqual(result.analysis.rows.first { $0.id == "far" }?.nominalShare, 1)
    }

    func testTheResultsDoNotDependOnHowManyChunksRunTheDraws() {
        let model = Self.sampleModel()
        var settings = Self.quick
        settings.sensitivitySamples = 0
        let one = UncertaintyAnalysis(model: model, settings: settings, chunks: 1)
        let three = UncertaintyAnalysis(model: model, settings: settings, chunks: 3)
        XCTAssertEqual(one.rows, three.rows)
        settings.seed = 2
        XCTAssertNotEqual(UncertaintyAnalysis(model: model, settings: settings, chunks: 1).rows, one.rows, "another seed, other draws")
    }

    func testTheDrawsAndTheDesignsRowsAreCountedWithoutChangingTheResults() {
        let model = Self.sampleModel()
        let recorder = ProgressRecorder()
        let counted = UncertaintyAnalysis(model: model, settings: Self.quick, chunks: 3, progress: recorder.progress)
        let uncounted = UncertaintyAnalysis(model: model, settings: Self.quick, chunks: 3)
        XCTAssertEqual(counted.rows, uncounted.rows)
        XCTAssertEqual(counted.sensitivity, uncounted.sensitivity)
        XCTAssertEqual(recorder.steps.map(\.0), [.draws, .sensitivityRows])
        XCTAssertEqual(recorder.steps.map(\.1), [300, 64])
    }

    func testQuantilesFromTheHistogramAreThoseOfTheDraws() {
        var accumulator = UncertaintyAccumulator(respondents: 3, bands: 1)
        // Respondent 0's ranks over 20 draws: 1 (5 times), 2 (10 times), 3 (5 times).
        for draw in 0..<20 {
            let rank = draw < 5 ? 1 : draw < 15 ? 2 : 3
            let others = [1, 2, 3].filter { $0 != rank }
            accumulator.add(totals: [Double(draw), 50, 50], bands: [0, 0, 0], ranks: [rank, others[0], others[1]])
        }
        XCTAssertEqual(accumulator.rankQuantile(of: 0, 0.05), 1)
        XCTAssertEqual(accumulator.rankQuantile(of: 0, 0.25), 1, "the 5th of 20 draws")
        XCTAssertEqual(accumulator.rankQuantile(of: 0, 0.26), 2)
        XCTAssertEqual(accumulator.rankQuantile(of: 0, 0.5), 2)
        XCTAssertEqual(accumulator.rankQuantile(of: 0, 0.95), 3)
        XCTAssertEqual(accumulator.totalQuantile(of: 0, 0.05), 0)
        XCTAssertEqual(accumulator.totalQuantile(of: 0, 0.95), 18)
        XCTAssertEqual(accumulator.bandShares(of: 0), [1])
    }

    func testAPointOfTheUnitCubeMapsToTheChoicesAsDocumented() {
        var settings = UncertaintySettings()
        settings.itemWeights = true
        settings.thresholdNoise = 2
        let inputs = UncertaintyInputs(settings: settings, dimensions: 2, slots: 3, minimumCoverage: 0.5)
        XCTAssertEqual(inputs.methods, UncertaintyMethod.allCases)
        XCTAssertEqual(inputs.columnsOfMethod, [0..<5, 5..<6, 6..<7, 7..<8, 8..<9], "two dimension and three question weights, then one column each")
        let low = inputs.choices([0, 0.5, 1 - 1e-12, 0.25, 0.75, 0, 0.2, 0.5, 0.4][...])
        XCTAssertEqual(low.dimensionMultipliers, [0.75, 1])
        XCTAssertEqual(low.itemMultipliers?[0] ?? 0, 1.25, accuracy: 1e-9)
        XCTAssertEqual(low.itemMultipliers?[1] ?? 0, 0.875, accuracy: 1e-12)
        XCTAssertEqual(low.boundaryShift, -2)
        XCTAssertEqual(low.aggregation, .arithmetic)
        XCTAssertEqual(low.minimumCoverage, 0.5, "the middle third")
        XCTAssertEqual(low.dontKnow, .missing)
        let high = inputs.choices([0.5, 0.5, 0.5, 0.5, 0.5, 0.75, 0.5, 0.99, 0.5][...])
        XCTAssertEqual(high.boundaryShift, 1)
        XCTAssertEqual(high.aggregation, .geometric)
        XCTAssertEqual(high.minimumCoverage, 0.6)
        XCTAssertEqual(high.dontKnow, .lowest)
        settings.methods = [.coverage]
        let coverageOnly = UncertaintyInputs(settings: settings, dimensions: 2, slots: 3, minimumCoverage: 0.5)
        XCTAssertEqual(coverageOnly.columns, 1)
        XCTAssertEqual(coverageOnly.choices([0.1][...]), AnalystChoices(dimensionMultipliers: [1, 1], itemMultipliers: nil, boundaryShift: 0,
                                                                        aggregation: .arithmetic, minimumCoverage: 0.4, dontKnow: .missing))
    }

    func testDrawStreamsDependOnlyOnTheirKey() {
        var first = SplitMix64(seed: 7, stream: 3), again = SplitMix64(seed: 7, stream: 3), other = SplitMix64(seed: 7, stream: 4)
        let values = (0..<4).map { _ in first.next() }
        XCTAssertEqual(values, (0..<4).map { _ in again.next() })
        XCTAssertNotEqual(values, (0..<4).map { _ in other.next() })
        var unit = SplitMix64(seed: 1, stream: 0)
        let mean = (0..<10_000).map { _ in unit.unit() }.reduce(0, +) / 10_000
        XCTAssertEqual(mean, 0.5, accuracy: 0.01)
    }

    func testTheSaltelliAndJansenEstimatorsFindTheIshigamiIndicesWithinTheirIntervals() {
        // Ishigami (a = 7, b = 0.1) on [-π, π]^3: S1 = 0.314, 0.442, 0; ST = 0.558, 0.442, 0.244.
        let indices = SensitivityIndices(columns: 3, groups: [0..<1, 1..<2, 2..<3], outputs: 1, samples: 8192, seed: 42, resamples: 200) { point in
            let x = point.map { -Double.pi + 2 * Double.pi * $0 }
            return [sin(x[0]) + 7 * sin(x[1]) * sin(x[1]) + 0.1 * pow(x[2], 4) * sin(x[0])]
        }.indices[0]
        let firstOrder = [0.3139, 0.4424, 0], total = [0.5576, 0.4424, 0.2437]
        for input in 0..<3 {
            let index = indices[input]!
            XCTAssertTrue(index.firstOrderInterval.contains(firstOrder[input]), "S\(input + 1) = \(index.firstOrder), \(index.firstOrderInterval)")
            XCTAssertTrue(index.totalInterval.contains(total[input]), "ST\(input + 1) = \(index.total), \(index.totalInterval)")
            XCTAssertLessThan(index.firstOrderInterval.upperBound - index.firstOrderInterval.lowerBound, 0.15, "an interval narrow enough to say something")
            XCTAssertLessThan(index.totalInterval.upperBound - index.totalInterval.lowerBound, 0.1)
        }
    }

    func testTheSampleUncertaintyReportsMatchTheirGoldenFiles() throws {
        let result = try Self.sample(Self.quick)
        for language in ["en", "nl", "fr"] {
            let output = MemoryReportOutput()
            try UncertaintyRun.write(result, formats: UncertaintyFormat.allCases, strings: try XCTUnwrap(ReportStrings.forLanguage(language)), output: output)
            XCTAssertEqual(output.files.map(\.relativePath).sorted(),
                           ["charts/ranks.svg", "charts/types.svg", "sensitivity.csv", "uncertainty.csv", "uncertainty.html", "uncertainty.json", "uncertainty.md"])
            for file in output.files where file.relativePath.hasSuffix(".json") { XCTAssertNoThrow(try JSONParser.parse(Array(file.contents.utf8))) }
            let files = language == "en" ? output.files : output.files.filter { $0.relativePath.hasSuffix(".md") }
            try GoldenFiles.assertEqual(files, prefix: "uncertainty/\(language)/")
        }
    }

    func testTheCSVHasTheIssuesColumnsAndOneSensitivityRowPerChoiceAndOutput() throws {
        let result = try Self.sample(Self.quick)
        let files = UncertaintyCSVRenderer().render(result.analysis)
        let rows = try Fixtures.csvRecords(files[0].contents)
        XCTAssertEqual(rows[0], ["id", "type", "p_type-1", "p_type-2", "p_type-3", "p_type-4", "p_type-5", "p_nominal", "rank", "rank_p05",
                                 "rank_median", "rank_p95", "total_p05", "total_p95", "nearest_boundary_distance"])
        XCTAssertEqual(rows.count, 13)
        let sensitivity = try Fixtures.csvRecords(files[1].contents)
        XCTAssertEqual(sensitivity[0], ["input", "output", "first_order", "total", "first_order_low", "first_order_high", "total_low", "total_high"])
        XCTAssertEqual(sensitivity.count, 1 + 5 * 2, "five choices varied, two outputs")
        XCTAssertEqual(Set(sensitivity.dropFirst().map { $0[0] }), ["weights", "boundaries", "aggregation", "coverage", "dont-know"])
    }
}
