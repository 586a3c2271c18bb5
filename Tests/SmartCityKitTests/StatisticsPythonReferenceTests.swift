import Foundation
import XCTest
@testable import SmartCityKit

/// What `stats` adds to the descriptive statistics — p-values of the correlations with Holm and
/// Benjamini-Hochberg, Welch's ANOVA, Kruskal-Wallis, Dunn's tests, lambda 6, omega total,
/// pairwise-complete alpha, the rows left out — against `Fixtures/stats-reference/reference.json`,
/// computed by `reference.py` (scipy, pingouin, scikit-posthocs) on the same responses; every
/// figure agrees to 1e-9 relative (plus 1e-12 absolute for figures near 0).
final class StatisticsPythonReferenceTests: XCTestCase {
    static let folder = Fixtures.repositoryRoot.appendingPathComponent("Tests/SmartCityKitTests/Fixtures/stats-reference")

    private func assertClose(_ value: Double?, _ expected: Any?, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let expected = expected as? Double else {
            XCTAssertNil(value, "\(label): the reference has none", file: file, line: line)
            return
        }
        guard let value else { return XCTFail("\(label): missing, the reference has \(expected)", file: file, line: line) }
        XCTAssertLessThanOrEqual(abs(value - expected), 1e-9 * abs(expected) + 1e-12, "\(label): \(value) is not \(expected)", file: file, line: line)
    }

    /// The statistics of the fixture grouped by province, and the reference values.
    private func statisticsAndReference() throws -> (StatisticsResult, [String: Any]) {
        let result = try Self.statistics()
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("reference.json"))
        return (result, try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any]))
    }

    /// The statistics of the fixture grouped by province (also for the R references).
    static func statistics() throws -> StatisticsResult {
        let path = folder.appendingPathComponent("questionnaire.json").path
        let questionnaire = try XCTUnwrap(QuestionnaireLoader.load(path: path).questionnaire)
        var settings = StatisticsRun.Settings()
        settings.grouping = PeerGrouping(column: "province")
        return try XCTUnwrap(StatisticsRun.analyse(
            questionnaire: questionnaire, questionnaireFile: SourceFile(path: path, sha256: "0"),
            responsePaths: [folder.appendingPathComponent("responses.csv").path], language: "en",
            options: ReadingOptions(), settings: settings) { _ in }.value)
    }

    private func measureID(_ measure: ResearchStatistics.Measure, _ questionnaire: Questionnaire) -> String {
        switch measure {
        case .dimension(let index): questionnaire.dimensions[index].id
        case .total: "total"
        }
    }

    func testCorrelationPValuesAndTheirAdjustmentsMatchScipyAndPingouin() throws {
        let (result, reference) = try statisticsAndReference()
        let questionnaire = result.summary.questionnaire
        XCTAssertEqual(result.statistics.respondentCount, reference["respondents"] as? Int)
        let methods = try XCTUnwrap(reference["correlations"] as? [String: [[String: Any]]])
        for (method, matrix) in [("pearson", result.statistics.pearson), ("spearman", result.statistics.spearman)] {
            let rows = try XCTUnwrap(methods[method])
            XCTAssertEqual(rows.count, 15)
            for row in rows {
                let i = try XCTUnwrap(questionnaire.dimensions.firstIndex { $0.id == row["a"] as? String })
                let j = try XCTUnwrap(questionnaire.dimensions.firstIndex { $0.id == row["b"] as? String })
                let label = "\(method) \(row["a"]!)-\(row["b"]!)"
                XCTAssertEqual(matrix[i][j].n, row["n"] as? Int, label)
                assertClose(matrix[i][j].r, row["r"], label + " r")
                assertClose(matrix[i][j].pValue, row["p"], label + " p")
                assertClose(matrix[i][j].pHolm, row["p_holm"], label + " Holm")
                assertClose(matrix[i][j].pBenjaminiHochberg, row["p_bh"], label + " BH")
                XCTAssertEqual(matrix[j][i], matrix[i][j], "symmetric")
            }
        }
    }

    func testGroupTestsMatchPingouinScipyAndScikitPosthocs() throws {
        let (result, reference) = try statisticsAndReference()
        let statistics = result.statistics, questionnaire = result.summary.questionnaire
        let tests = try XCTUnwrap(reference["group_tests"] as? [[String: Any]])
        XCTAssertEqual(statistics.groupTests.count, tests.count)
        for (entry, expected) in zip(statistics.groupTests, tests) {
            let measure = measureID(entry.measure, questionnaire)
            XCTAssertEqual(measure, expected["measure"] as? String)
            let comparison = try XCTUnwrap(entry.comparison, measure)
            XCTAssertEqual(comparison.groups.map { statistics.groupLabels[$0] }, expected["groups"] as? [String], measure)
            XCTAssertEqual(comparison.counts, expected["counts"] as? [Int], measure)
            XCTAssertEqual(comparison.tooSmall.map { statistics.groupLabels[$0] }, ["province-9"], "\(measure): a group of one is left out")
            let welch = try XCTUnwrap(expected["welch"] as? [String: Any]), kruskal = try XCTUnwrap(expected["kruskal"] as? [String: Any])
            assertClose(comparison.welch?.statistic, welch["F"], measure + " Welch F")
            assertClose(comparison.welch?.df1, welch["df1"], measure + " Welch df1")
            assertClose(comparison.welch?.df2, welch["df2"], measure + " Welch df2")
            assertClose(comparison.welch?.pValue, welch["p"], measure + " Welch p")
            assertClose(comparison.welch?.omegaSquared, welch["omega_squared"], measure + " omega squared")
            assertClose(comparison.kruskalWallis?.statistic, kruskal["H"], measure + " H")
            XCTAssertEqual(comparison.kruskalWallis?.degreesOfFreedom, kruskal["df"] as? Int)
            assertClose(comparison.kruskalWallis?.pValue, kruskal["p"], measure + " Kruskal-Wallis p")
            assertClose(comparison.kruskalWallis?.epsilonSquared, kruskal["epsilon_squared"], measure + " epsilon squared")
            let pairs = try XCTUnwrap(expected["dunn"] as? [[String: Any]])
            XCTAssertEqual(comparison.pairs.count, pairs.count)
            for (pair, row) in zip(comparison.pairs, pairs) {
                let label = "\(measure) \(statistics.groupLabels[pair.a])-\(statistics.groupLabels[pair.b])"
                XCTAssertEqual([statistics.groupLabels[pair.a], statistics.groupLabels[pair.b]], [row["a"] as? String, row["b"] as? String])
                assertClose(pair.meanRankDifference, row["mean_rank_difference"], label + " mean rank difference")
                assertClose(pair.z, row["z"], label + " z")
                assertClose(pair.pValue, row["p"], label + " p")
                assertClose(pair.pHolm, row["p_holm"], label + " Holm")
            }
            let howell = try XCTUnwrap(expected["games_howell"] as? [[String: Any]])
            XCTAssertEqual(comparison.gamesHowell.count, howell.count)
            for (pair, row) in zip(comparison.gamesHowell, howell) {
                let label = "\(measure) \(statistics.groupLabels[pair.a])-\(statistics.groupLabels[pair.b]) Games-Howell"
                XCTAssertEqual([statistics.groupLabels[pair.a], statistics.groupLabels[pair.b]], [row["a"] as? String, row["b"] as? String])
                assertClose(pair.meanDifference, row["mean_difference"], label + " difference")
                assertClose(pair.t, row["t"], label + " t")
                assertClose(pair.degreesOfFreedom, row["df"], label + " df")
                assertClose(pair.pValue, row["p"], label + " p")
            }
        }
    }

    func testReliabilityCoefficientsMatchPingouinAndAMinresFit() throws {
        let (result, reference) = try statisticsAndReference()
        let questionnaire = result.summary.questionnaire
        let rows = try XCTUnwrap(reference["reliability"] as? [[String: Any]])
        XCTAssertEqual(result.statistics.reliability.count, rows.count)
        for (entry, row) in zip(result.statistics.reliability, rows) {
            let dimension = questionnaire.dimensions[entry.dimension].id
            XCTAssertEqual(dimension, row["dimension"] as? String)
            XCTAssertEqual(entry.items.map { questionnaire.questions[$0].id }, row["items"] as? [String])
            XCTAssertEqual(entry.respondents, row["respondents"] as? Int, dimension)
            XCTAssertEqual(entry.pairwiseSmallestCount, row["pairwise_min_n"] as? Int, dimension)
            let listwise = try XCTUnwrap(row["listwise"] as? [String: Any]), pairwise = try XCTUnwrap(row["pairwise"] as? [String: Any])
            assertClose(entry.alpha, listwise["alpha"], dimension + " alpha")
            assertClose(entry.standardisedAlpha, listwise["alpha_standardised"], dimension + " standardised alpha")
            for (name, ours, theirs) in [("listwise", entry.listwise, listwise), ("pairwise", entry.pairwise, pairwise)] {
                let label = "\(dimension) \(name)"
                let coefficients = try XCTUnwrap(ours, label)
                assertClose(coefficients.alpha, theirs["alpha"], label + " alpha")
                assertClose(coefficients.standardisedAlpha, theirs["alpha_standardised"], label + " standardised alpha")
                assertClose(coefficients.lambda6, theirs["lambda6"], label + " lambda 6")
                assertClose(coefficients.omegaTotal, theirs["omega_total"], label + " omega total")
                for (position, question) in entry.items.enumerated() {
                    let item = "\(label) \(questionnaire.questions[question].id)"
                    let loadings = try XCTUnwrap(theirs["loadings"] as? [Any])
                    assertClose(coefficients.loadings.isEmpty ? nil : coefficients.loadings[position], loadings.isEmpty ? nil : loadings[position], item + " loading")
                    assertClose(coefficients.alphaIfDeleted[position], (theirs["alpha_if_deleted"] as? [Any])?[position], item + " alpha if deleted")
                    assertClose(coefficients.itemRestCorrelations[position], (theirs["item_total"] as? [Any])?[position], item + " item-total r")
                }
            }
        }
    }

    func testTheRowsLeftOutAreInTheStatisticsFilesWithTheirReasons() throws {
        let (result, _) = try statisticsAndReference()
        XCTAssertEqual(result.leftOut.map(\.row), [302, 303, 304, 305, 306])
        XCTAssertEqual(result.leftOut.map(\.respondentID), ["gen-000002", "gen-short", "gen-blank", "gen-half", nil])
        XCTAssertEqual(result.leftOut.map(\.reason.code), ["duplicate-id", "wrong-field-count", "below-coverage", "below-coverage", "missing-id"])
        let csv = try XCTUnwrap(StatisticsCSVRenderer().render(result).first { $0.name == "left-out.csv" }?.contents)
        XCTAssertEqual(csv.split(separator: "\n").count, 6)
        XCTAssertTrue(csv.contains("responses.csv,305,gen-half,below-coverage,only 15.0 % of the questionnaire was answered\n"), csv)
        let markdown = MarkdownDocumentWriter.write(StatisticsDocument().blocks(result, strings: ReportStrings.forLanguage("nl"), words: .dutch))
        XCTAssertTrue(markdown.contains("## Weggelaten antwoorden"))
        XCTAssertTrue(markdown.contains("| responses.csv | 303 | gen-short | 10 velden in plaats van 53 |"), markdown)
    }

    func testTheNewDistributionFunctionsMatchScipy() {
        assertClose(Distributions.fSurvival(3.5, df1: 2, df2: 27), 0.04450875394640024, "F sf")
        assertClose(Distributions.fSurvival(1.09, df1: 2, df2: 197.06), 0.3382347927918729, "F sf")
        assertClose(Distributions.fSurvival(40, df1: 5, df2: 1000), 1.4965123950078176e-37, "F sf, far tail")
        assertClose(Distributions.normalSurvival(1.96), 0.024997895148220435, "normal sf")
        assertClose(Distributions.normalSurvival(8.5), 9.47953482220325e-18, "normal sf, far tail")
        assertClose(Distributions.correlationPValue(0.5, count: 10), 0.14111328125000006, "r = 0.5, n = 10")
        assertClose(Distributions.correlationPValue(0.98, count: 50), 2.5832033806759064e-35, "r = 0.98, n = 50")
        assertClose(Distributions.correlationPValue(-0.2, count: 300), 0.0004922940868811219, "r = -0.2, n = 300")
        XCTAssertNil(Distributions.correlationPValue(1, count: 2))
        XCTAssertEqual(Distributions.correlationPValue(1, count: 5), 0)
    }

    func testTheStudentizedRangeMatchesScipy() {
        // scipy.stats.studentized_range.sf(q, k, df)
        assertClose(StudentizedRange.survival(3.5, groups: 3, degreesOfFreedom: 20), 0.055891849081749934, "q 3.5, k 3, df 20")
        assertClose(StudentizedRange.survival(0.5, groups: 3, degreesOfFreedom: 197.3), 0.9334445519575879, "q 0.5, k 3, df 197.3")
        assertClose(StudentizedRange.survival(6, groups: 5, degreesOfFreedom: 10), 0.011557956341451292, "q 6, k 5, df 10")
        // R's algorithm is less accurate with very few degrees of freedom (its quadrature of the
        // chi density) and above 25,000 (where it takes the range's distribution for infinite df).
        XCTAssertEqual(StudentizedRange.survival(2, groups: 2, degreesOfFreedom: 2.5), 0.26901193537533874, accuracy: 1e-5)
        XCTAssertEqual(StudentizedRange.survival(4, groups: 10, degreesOfFreedom: 30_000), 0.1269012557253384, accuracy: 1e-4)
        XCTAssertEqual(StudentizedRange.distribution(0, groups: 3, degreesOfFreedom: 10), 0)
    }

    func testHolmAndBenjaminiHochbergMatchPingouinAndSkipMissingPValues() {
        let p: [Double?] = [0.01, 0.04, nil, 0.03, 0.005, 0.2]
        XCTAssertEqual(PValueAdjustment.holm(p), [0.04, 0.09, nil, 0.09, 0.025, 0.2])
        XCTAssertEqual(PValueAdjustment.benjaminiHochberg(p).map { $0.map { ($0 * 1e12).rounded() / 1e12 } }, [0.025, 0.05, nil, 0.05, 0.025, 0.2])
    }

    func testAnExactOneFactorMatrixGivesItsLoadingsAndOmega() throws {
        // r_ij = l_i l_j exactly: minres recovers the loadings, and omega total is (Σ l)² / ΣR.
        let l = [0.9, 0.8, 0.7, 0.6]
        let r = l.indices.map { i in l.indices.map { j in i == j ? 1 : l[i] * l[j] } }
        let coefficients = ReliabilityCoefficients(covariances: r)
        for (ours, theirs) in zip(coefficients.loadings, l) { XCTAssertEqual(ours, theirs, accuracy: 1e-12) }
        let sum = l.reduce(0, +), total = r.joined().reduce(0, +)
        XCTAssertEqual(try XCTUnwrap(coefficients.omegaTotal), sum * sum / total, accuracy: 1e-12)
        let inverse = try XCTUnwrap(SymmetricMatrix.inverse(r))
        for i in 0..<4 {
            for j in 0..<4 {
                let product = (0..<4).reduce(0.0) { $0 + r[i][$1] * inverse[$1][j] }
                XCTAssertEqual(product, i == j ? 1 : 0, accuracy: 1e-13)
            }
        }
        XCTAssertNil(SymmetricMatrix.inverse([[1, 1], [1, 1]]), "singular")
        let two = ReliabilityCoefficients(covariances: [[4, 1], [1, 9]])
        XCTAssertNil(two.omegaTotal, "two items do not identify a factor")
        XCTAssertEqual(two.loadings, [])
        XCTAssertEqual(try XCTUnwrap(two.alpha), 2 * (1 - 13.0 / 15), accuracy: 1e-15)
    }

    func testGroupsWithFewerThanTwoRespondentsAreNotTested() {
        XCTAssertNil(GroupComparison(scores: CodedScores([1, 2, 3]).ranked(), groups: [0, 0, 1], groupCount: 2))
        let constant = GroupComparison(scores: CodedScores([5, 5, 5, 5]).ranked(), groups: [0, 0, 1, 1], groupCount: 2)
        XCTAssertNil(constant?.welch)
        XCTAssertNil(constant?.kruskalWallis)
        XCTAssertEqual(constant?.pairs.count, 0)
    }
}
