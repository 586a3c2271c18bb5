import Foundation
import XCTest
@testable import SmartCityKit

/// The bootstrap intervals of the reliability coefficients: each resample's coefficients are
/// computed as the data's are, the percentiles are R's type 7, on the reference data every
/// interval is the one `Fixtures/stats-reference/bootstrap.py` recomputes with numpy, pandas and
/// scipy from the same resamples (to 1e-9), and that of listwise alpha lies close to Feldt's.
final class ReliabilityBootstrapTests: XCTestCase {
    /// A covariance matrix of five items that fit one factor only roughly (loadings 0.8 to 0.5,
    /// perturbed), the items on different scales.
    private static let covariances: [[Double]] = {
        let loadings = [0.8, 0.7, 0.6, 0.75, 0.5], scales = [1.0, 2, 0.5, 3, 1.5]
        return (0..<5).map { i in
            (0..<5).map { j in (i == j ? 1 : loadings[i] * loadings[j] + 0.04 * sin(Double(i + j))) * scales[i] * scales[j] }
        }
    }()

    func testAResampleIsEstimatedAsTheDataAre() throws {
        let coefficients = ReliabilityCoefficients(covariances: Self.covariances)
        let omega = try XCTUnwrap(coefficients.omegaTotal)
        for start in [[], coefficients.loadings, [0.5, 0.5, 0.5, 0.5, 0.5]] {
            let estimates = ReliabilityBootstrap.estimates(Self.covariances, start: start)
            XCTAssertEqual(estimates[ReliabilityBootstrap.Coefficient.alpha.rawValue], try XCTUnwrap(coefficients.alpha), accuracy: 1e-14)
            XCTAssertEqual(estimates[ReliabilityBootstrap.Coefficient.standardisedAlpha.rawValue], try XCTUnwrap(coefficients.standardisedAlpha), accuracy: 1e-14)
            XCTAssertEqual(estimates[ReliabilityBootstrap.Coefficient.lambda6.rawValue], try XCTUnwrap(coefficients.lambda6), accuracy: 1e-14)
            XCTAssertEqual(estimates[ReliabilityBootstrap.Coefficient.omegaTotal.rawValue], omega, accuracy: 1e-10, "from \(start)")
        }
        let model = try XCTUnwrap(OneFactorModel(correlations: try XCTUnwrap(ReliabilityCoefficients.correlations(Self.covariances)),
                                                 startingFrom: [0.9, 0.1, 0.5, 0.5, 0.3]))
        for (ours, theirs) in zip(model.loadings, coefficients.loadings) { XCTAssertEqual(ours, theirs, accuracy: 1e-10) }
        let two = ReliabilityBootstrap.estimates([[4, 1], [1, 9]], start: [])
        XCTAssertEqual(two[0], 2 * (1 - 13.0 / 15), accuracy: 1e-15)
        XCTAssertTrue(two[ReliabilityBootstrap.Coefficient.omegaTotal.rawValue].isNaN, "two items do not identify a factor")
        XCTAssertTrue(ReliabilityBootstrap.estimates(nil, start: []).allSatisfy(\.isNaN), "fewer than two respondents in a resample")
    }

    func testThePercentilesAreRsTypeSevenOverTheDefinedReplicates() throws {
        var values = (1...101).map(Double.init) + [.nan, .nan]
        var generator = SplitMix64(seed: 9)
        values.shuffle(using: &generator)
        let interval = try XCTUnwrap(ReliabilityBootstrap.percentileInterval(values))
        // R: quantile(1:101, c(0.025, 0.975)) is 3.5 and 98.5.
        XCTAssertEqual(interval, ReliabilityBootstrap.Interval(low: 3.5, high: 98.5, replicates: 101))
        XCTAssertNil(ReliabilityBootstrap.percentileInterval([.nan]))
    }

    func testOnTheReferenceDataTheIntervalsAreNumpysAndAlphasLiesCloseToFeldts() throws {
        let folder = Fixtures.repositoryRoot.appendingPathComponent("Tests/SmartCityKitTests/Fixtures/stats-reference")
        let path = folder.appendingPathComponent("questionnaire.json").path
        let questionnaire = try XCTUnwrap(QuestionnaireLoader.load(path: path).questionnaire)
        var settings = StatisticsRun.Settings()
        let recorder = ProgressRecorder()
        settings.bootstrap = ReliabilityBootstrap.Settings(replicates: 200, seed: 5, progress: recorder.progress)
        let result = try XCTUnwrap(StatisticsRun.analyse(
            questionnaire: questionnaire, questionnaireFile: SourceFile(path: path, sha256: "0"),
            responsePaths: [folder.appendingPathComponent("responses.csv").path], language: "en",
            options: ReadingOptions(), settings: settings) { _ in }.value)
        XCTAssertEqual(result.statistics.bootstrap, .computed(ReliabilityBootstrap.Settings(replicates: 200, seed: 5)))
        XCTAssertEqual(recorder.steps.map(\.0), [.resamples])
        XCTAssertEqual(recorder.steps.map(\.1), [200], "every resample counted once, the intervals as without a progress line")
        XCTAssertEqual(result.statistics.reliability.count, 6)
        let data = try Data(contentsOf: folder.appendingPathComponent("bootstrap-reference.json"))
        let reference = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(reference["replicates"] as? Int, 200)
        XCTAssertEqual(reference["seed"] as? Int, 5)
        let rows = try XCTUnwrap(reference["reliability"] as? [[String: Any]])
        for (entry, row) in zip(result.statistics.reliability, rows) {
            let dimension = questionnaire.dimensions[entry.dimension].id
            XCTAssertEqual(dimension, row["dimension"] as? String)
            let expected = try XCTUnwrap(row["intervals"] as? [String: [String: Any]]), intervals = try XCTUnwrap(entry.bootstrap)
            for (basis, ours) in [("listwise", intervals.listwise), ("pairwise", intervals.pairwise)] {
                for (coefficient, name) in zip(ReliabilityBootstrap.Coefficient.allCases, ["alpha", "alpha_standardised", "lambda6", "omega_total"]) {
                    let label = "\(dimension) \(basis) \(name)"
                    let theirs = try XCTUnwrap(expected[basis]?[name] as? [String: Any], label), interval = try XCTUnwrap(ours[coefficient.rawValue], label)
                    XCTAssertEqual(interval.low, try XCTUnwrap(theirs["low"] as? Double), accuracy: 1e-9, label)
                    XCTAssertEqual(interval.high, try XCTUnwrap(theirs["high"] as? Double), accuracy: 1e-9, label)
                    XCTAssertEqual(interval.replicates, theirs["replicates"] as? Int, label)
                }
            }
        }
        for entry in result.statistics.reliability {
            let feldt = try XCTUnwrap(entry.confidenceInterval), intervals = try XCTUnwrap(entry.bootstrap)
            let alpha = try XCTUnwrap(intervals.listwise[ReliabilityBootstrap.Coefficient.alpha.rawValue])
            XCTAssertEqual(alpha.low, feldt.low, accuracy: 0.01)
            XCTAssertEqual(alpha.high, feldt.high, accuracy: 0.01)
            XCTAssertEqual(alpha.replicates, 200)
            for (estimates, bounds) in [([entry.pairwise?.alpha, entry.pairwise?.standardisedAlpha, entry.pairwise?.omegaTotal], intervals.pairwise)] {
                for (estimate, position) in zip(estimates, [0, 1, 3]) {
                    let interval = try XCTUnwrap(bounds[position]), value = try XCTUnwrap(estimate)
                    XCTAssertTrue(interval.low < value && value < interval.high, "\(value) in \(interval)")
                }
            }
        }
    }
}
