import Foundation
import XCTest
@testable import SmartCityKit

/// The reliability coefficients, the intraclass correlations and the studentized range against
/// R (`Fixtures/stats-reference/reference.R`: psych::alpha, psych::fa / psych::omega with
/// fm = "minres", psych::ICC, stats::ptukey), whose output is `reference-r.json`. What psych
/// computes in closed form agrees to 1e-9, and so does ptukey (the same algorithm); psych's minres
/// loadings stop where `optim` stops (a few 1e-6; omega total to 1e-6); its ICC of an unbalanced
/// design is another estimator, checked as such.
final class StatisticsRReferenceTests: XCTestCase {
    private func reference() throws -> [String: Any] {
        let data = try Data(contentsOf: StatisticsPythonReferenceTests.folder.appendingPathComponent("reference-r.json"))
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private func assertClose(_ value: Double?, _ expected: Any?, _ tolerance: Double, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let expected = expected as? Double else { return XCTAssertNil(value, "\(label): R has none", file: file, line: line) }
        guard let value else { return XCTFail("\(label): missing, R has \(expected)", file: file, line: line) }
        XCTAssertLessThanOrEqual(abs(value - expected), tolerance * max(1, abs(expected)), "\(label): \(value) is not R's \(expected)", file: file, line: line)
    }

    func testReliabilityCoefficientsMatchPsychAlphaAndOmega() throws {
        let result = try StatisticsPythonReferenceTests.statistics()
        let questionnaire = result.summary.questionnaire
        let rows = try XCTUnwrap(try reference()["reliability"] as? [[String: Any]])
        XCTAssertEqual(rows.count, result.statistics.reliability.count)
        for (entry, row) in zip(result.statistics.reliability, rows) {
            let dimension = questionnaire.dimensions[entry.dimension].id
            XCTAssertEqual(dimension, row["dimension"] as? String)
            XCTAssertEqual(entry.respondents, row["respondents"] as? Int)
            for (basis, ours) in [("listwise", entry.listwise), ("pairwise", entry.pairwise)] {
                let theirs = try XCTUnwrap(row[basis] as? [String: Any]), coefficients = try XCTUnwrap(ours)
                let label = "\(dimension) \(basis)"
                assertClose(coefficients.alpha, theirs["alpha"], 1e-9, label + " raw_alpha")
                assertClose(coefficients.standardisedAlpha, theirs["alpha_standardised"], 1e-9, label + " std.alpha")
                assertClose(coefficients.lambda6, theirs["lambda6"], 1e-9, label + " G6(smc)")
                let drop = try XCTUnwrap(theirs["alpha_if_deleted"] as? [Double]), rest = try XCTUnwrap(theirs["item_total"] as? [Double])
                for position in entry.items.indices {
                    assertClose(coefficients.alphaIfDeleted[position], drop[position], 1e-9, "\(label) alpha.drop \(position)")
                    assertClose(coefficients.itemRestCorrelations[position], rest[position], 1e-9, "\(label) r.drop \(position)")
                }
                // fa's minres: optim's tolerance (loadings to a few 1e-6), not an exact minimum.
                assertClose(coefficients.omegaTotal, theirs["omega_total"], 1e-6, label + " omega.tot")
                let loadings = try XCTUnwrap(theirs["loadings"] as? [Double])
                for (ours, theirs) in zip(coefficients.loadings, loadings) { assertClose(ours, theirs, 5e-6, label + " loading") }
            }
            if entry.listwise?.omegaTotal != nil {
                // psych::omega given the data correlates every pair over its own respondents: another estimator where items are missing.
                let pairwise = try XCTUnwrap(row["pairwise"] as? [String: Any])
                XCTAssertNotNil(pairwise["omega_total_psych_data"] as? Double)
            }
        }
    }

    func testTheIntraclassCorrelationsMatchPsychICCOnTheBalancedDesign() throws {
        let statistics = try XCTUnwrap(try MunicipalityStatisticsTests.analysed("balanced.csv").statistics.municipalities)
        let icc = try XCTUnwrap(try reference()["icc"] as? [String: [String: [String: Any]]])
        for (id, measure) in [("alpha", ResearchStatistics.Measure.dimension(0)), ("beta", .dimension(1)), ("total", .total)] {
            let entry = try XCTUnwrap(statistics.agreement.first { $0.measure == measure })
            let aov = try XCTUnwrap(icc["balanced"]?[id]?["aov"] as? [String: [String: Any]])
            let one = try XCTUnwrap(aov["icc1"]), average = try XCTUnwrap(aov["icc1k"])
            assertClose(entry.icc1, one["icc"], 1e-9, id + " ICC1")
            assertClose(entry.icc1k, average["icc"], 1e-9, id + " ICC1k")
            assertClose(entry.f, one["f"], 1e-9, id + " F")
            assertClose(entry.pValue, one["p"], 1e-9, id + " p")
            XCTAssertEqual([entry.degreesOfFreedom.between, entry.degreesOfFreedom.within], [one["df1"] as? Int, one["df2"] as? Int])
            let bounds = try XCTUnwrap(one["bounds"] as? [Double]), averageBounds = try XCTUnwrap(average["bounds"] as? [Double])
            assertClose(entry.icc1Interval?.low, bounds[0], 1e-9, id + " ICC1 lower bound")
            assertClose(entry.icc1Interval?.high, bounds[1], 1e-9, id + " ICC1 upper bound")
            assertClose(entry.icc1kInterval?.low, averageBounds[0], 1e-9, id + " ICC1k lower bound")
            assertClose(entry.icc1kInterval?.high, averageBounds[1], 1e-9, id + " ICC1k upper bound")
        }
    }

    /// On municipalities of 2, 2, 3, 4, 3 and 1 respondents the mean squares are psych's, but
    /// psych::ICC (aov) takes k as its number of columns (4, the largest municipality) and
    /// df2 = g (k − 1), where smartcity takes the adjusted mean group size n0 and df2 = N − g of
    /// the unbalanced one-way ANOVA: psych's ICC follows from our mean squares with its k.
    func testOnTheUnbalancedDesignPsychICCIsItsOwnEstimatorFromTheSameMeanSquares() throws {
        let statistics = try XCTUnwrap(try MunicipalityStatisticsTests.analysed("unbalanced.csv").statistics.municipalities)
        let icc = try XCTUnwrap(try reference()["icc"] as? [String: [String: [String: Any]]])
        for (id, measure) in [("alpha", ResearchStatistics.Measure.dimension(0)), ("beta", .dimension(1)), ("total", .total)] {
            let entry = try XCTUnwrap(statistics.agreement.first { $0.measure == measure })
            let expected = try XCTUnwrap(icc["unbalanced"]?[id])
            XCTAssertFalse(entry.isBalanced)
            assertClose(entry.meanSquareBetween, expected["msBetween"], 1e-9, id + " MSB")
            assertClose(entry.meanSquareWithin, expected["msWithin"], 1e-9, id + " MSW")
            let msb = try XCTUnwrap(entry.meanSquareBetween), msw = try XCTUnwrap(entry.meanSquareWithin)
            let one = try XCTUnwrap((expected["aov"] as? [String: [String: Any]])?["icc1"])
            let columns = 4.0
            assertClose((msb - msw) / (msb + (columns - 1) * msw), one["icc"], 1e-9, id + " psych's ICC1 with k = 4")
            XCTAssertEqual(one["df2"] as? Int, 6 * 3, "psych: g (k - 1)")
            XCTAssertEqual(entry.degreesOfFreedom.within, 15 - 6, "smartcity: N - g")
            XCTAssertNotEqual(try XCTUnwrap(entry.groupSize), columns)
        }
    }

    func testTheStudentizedRangeMatchesRsPtukey() throws {
        let cases = try XCTUnwrap(try reference()["ptukey"] as? [[String: Double]])
        XCTAssertEqual(cases.count, 12)
        for values in cases {
            let q = try XCTUnwrap(values["q"]), k = try XCTUnwrap(values["k"]), df = try XCTUnwrap(values["df"])
            assertClose(StudentizedRange.survival(q, groups: Int(k), degreesOfFreedom: df), values["sf"], 1e-9, "q \(q), k \(k), df \(df)")
        }
    }
}
