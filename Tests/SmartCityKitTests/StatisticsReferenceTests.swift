import XCTest
@testable import SmartCityKit

/// What `stats` decides and prints, against a reference computed in plain exact fractions from
/// the reference scorer's item scores and scores (no integer units, no shared code with the
/// statistics): Cronbach's alpha and its flag, the sign of each item-total correlation, the
/// type test's classes and expected counts, the shares of the types as printed, and the
/// median, quartiles and mean of every measure.
final class StatisticsReferenceTests: XCTestCase {
    typealias Reference = ReferenceScorerTests

    /// The statistics of 400 generated respondents of a bundled questionnaire, with the
    /// questionnaire and the respondents' answers.
    private func generatedStatistics(_ id: String) throws -> (Questionnaire, [[Answer]], ResearchStatistics) {
        let path = Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/\(id)/questionnaire.json").path
        let questionnaire = try XCTUnwrap(QuestionnaireLoader.load(path: path).questionnaire)
        var generator = ResponseGenerator(questionnaire: questionnaire, seed: 2026)
        var text = generator.header()
        for _ in 0..<400 { text += generator.nextRow() }
        let read = Fixtures.readResponses(path: Fixtures.write(text, name: "\(id)-stats.csv"), questionnaire: questionnaire)
        let engine = ScoringEngine(questionnaire: questionnaire)
        var accumulator = ResearchStatisticsAccumulator(questionnaire: questionnaire)
        let scored = questionnaire.scoredQuestionIndices
        for (position, row) in read.rows.enumerated() {
            let respondent = ScoredRespondent(id: row.respondentID, metadata: [], score: engine.score(row.answers), file: "", row: position,
                                              scoredAnswers: scored.map { row.answers[$0] })
            accumulator.add(respondent, group: nil)
        }
        return (questionnaire, read.rows.map(\.answers), accumulator.finish(text: { $0.text(in: "en", fallback: "en") }))
    }

    /// The exact alpha of rows of item scores: k / (k − 1) (1 − Σ var / var of the sum), and
    /// per item its covariance with the sum of the others (times n (n − 1)), from the sums
    /// n Σ x_i x_j − Σ x_i Σ x_j.
    private func exactReliability(_ rows: [[Fraction]]) -> (alpha: Fraction?, withRest: [Fraction]) {
        let k = rows[0].count, n = Fraction(rows.count)
        let sums = (0..<k).map { i in Reference.sum(rows.map { $0[i] }) }
        let c = (0..<k).map { i in
            (0..<k).map { j in
                Reference.times(n, Reference.sum(rows.map { Reference.times($0[i], $0[j]) })).subtracting(Reference.times(sums[i], sums[j]))!
            }
        }
        let variances = Reference.sum((0..<k).map { c[$0][$0] }), total = Reference.sum(c.flatMap { $0 })
        let withRest = (0..<k).map { i in Reference.sum(c[i]).subtracting(c[i][i])! }
        guard total > .zero else { return (nil, withRest) }
        return (Reference.times(Fraction(Int128(k), Int128(k - 1)), Fraction(1).subtracting(Reference.over(variances, total))!), withRest)
    }

    func testReliabilityDecisionsAgreeWithTheExactReference() throws {
        for id in Reference.bundled {
            let (questionnaire, answers, statistics) = try generatedStatistics(id)
            XCTAssertFalse(statistics.reliability.isEmpty, id)
            for entry in statistics.reliability {
                let rows = answers.compactMap { answers -> [Fraction]? in
                    let scores = entry.items.map { Reference.itemScore(answers[$0], questionnaire.questions[$0]) }
                    return scores.contains { $0 == nil } ? nil : scores.map { $0! }
                }
                XCTAssertEqual(entry.respondents, rows.count, "\(id) \(entry.dimension): listwise")
                let reference = exactReliability(rows)
                XCTAssertEqual(entry.alpha, reference.alpha?.doubleValue, "\(id) \(entry.dimension): alpha, rounded once")
                XCTAssertEqual(entry.isLow, reference.alpha.map { $0 < Fraction(7, 10) } ?? false, "\(id) \(entry.dimension)")
                XCTAssertEqual(entry.negativeItems, entry.items.indices.filter { reference.withRest[$0] < .zero }.map { entry.items[$0] })
                for (position, covariance) in reference.withRest.enumerated() {
                    guard let correlation = entry.itemTotalCorrelations[position] else { continue }
                    XCTAssertEqual(correlation.sign == .minus && correlation != 0, covariance < .zero)
                    XCTAssertEqual(correlation == 0, covariance == .zero)
                }
            }
        }
    }

    /// Type 7 on exact sorted values: x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]), h = (n − 1) p.
    private func quantile(_ sorted: [Fraction], _ p: Fraction) -> Fraction {
        let h = Reference.times(Fraction(sorted.count - 1), p)
        let lower = Int(h.numerator / h.denominator), fraction = h.subtracting(Fraction(lower))!
        let next = sorted[min(lower + 1, sorted.count - 1)]
        return sorted[lower].adding(Reference.times(fraction, next.subtracting(sorted[lower])!))!
    }

    func testMeasuresTypesAndTheTypeTestAgreeWithTheExactReference() throws {
        var testedTypes = 0
        for id in Reference.bundled {
            let (questionnaire, answers, statistics) = try generatedStatistics(id)
            let scores = answers.map { Reference.score($0, questionnaire) }
            var exactMeans = 0
            for entry in statistics.measures {
                let values: [Fraction]
                switch entry.measure {
                case .dimension(let index): values = scores.compactMap { $0.dimensionScores[index] }.sorted()
                case .total: values = scores.compactMap(\.total).sorted()
                }
                let summary = try XCTUnwrap(entry.summary, id)
                XCTAssertEqual(summary.descriptive.median, quantile(values, Fraction(1, 2)).doubleValue, "\(id) \(entry.measure)")
                XCTAssertEqual(summary.descriptive.firstQuartile, quantile(values, Fraction(1, 4)).doubleValue, "\(id) \(entry.measure)")
                XCTAssertEqual(summary.descriptive.thirdQuartile, quantile(values, Fraction(3, 4)).doubleValue, "\(id) \(entry.measure)")
                // The exact sum of many totals can need more than 128 bits (the denominators
                // of renormalised totals differ); the mean is then computed in binary.
                if let mean = Fraction.mean(values) {
                    XCTAssertEqual(summary.descriptive.mean, mean.doubleValue, "\(id) \(entry.measure)")
                    exactMeans += 1
                } else {
                    print("\(id) \(entry.measure): the exact mean needs more than 128 bits")
                }
            }
            XCTAssertGreaterThanOrEqual(exactMeans, questionnaire.dimensions.count, "\(id): every dimension's mean is exact")
            let bands = questionnaire.bands.bands
            let counts = bands.map { band in scores.filter { $0.band == band.id }.count }
            let distribution = try XCTUnwrap(statistics.types.first)
            XCTAssertEqual(distribution.counts, counts, id)
            let scored = counts.reduce(0, +)
            for count in counts {
                let share = Reference.over(Fraction(count), Fraction(scored))
                XCTAssertEqual(ReportStrings.english.numbers.percent(.share(count, of: scored)), Reference.printed(Reference.times(share, 100), digits: 1) + " %")
            }
            guard bands.allSatisfy({ $0.referenceShare != nil }) else { continue }
            // The reference merge: exact expected counts, lowest first, until each reaches 5.
            let shares = bands.map { Reference.exact($0.referenceShare!) }
            let expected = shares.map { Reference.over(Reference.times(Fraction(scored), $0), Reference.sum(shares)) }
            var classes: [ClosedRange<Int>] = [], start = 0
            for index in expected.indices where Reference.sum(Array(expected[start...index])) >= Fraction(5) {
                classes.append(start...index)
                start = index + 1
            }
            if start < expected.count, let last = classes.popLast() { classes.append(last.lowerBound...(expected.count - 1)) }
            let test = try XCTUnwrap(distribution.test, id)
            XCTAssertEqual(test.classes, classes, id)
            XCTAssertEqual(test.expected, classes.map { Reference.sum(Array(expected[$0])).doubleValue }, id)
            testedTypes += 1
        }
        XCTAssertEqual(testedTypes, 1, "the i-monitor gives reference shares")
    }
}
