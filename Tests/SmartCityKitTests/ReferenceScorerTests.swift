import Foundation
import XCTest
@testable import SmartCityKit

/// An independent scorer written from the README's rules in plain exact fractions (no integer
/// units, no shared code with the engine), checked against the engine on thousands of generated
/// respondents of every bundled questionnaire and on probes that sit on thresholds.
final class ReferenceScorerTests: XCTestCase {
    // MARK: - The reference

    /// What the reference computes for one respondent.
    struct Reference: Equatable {
        var dimensionScores: [Fraction?]
        var dimensionCoverages: [Fraction]
        var dimensionBands: [String?]
        var total: Fraction?
        var totalCoverage: Fraction
        var band: String?
    }

    static func exact(_ value: Double) -> Fraction { Fraction(decimal: value)! }
    static func sum(_ values: [Fraction]) -> Fraction { values.reduce(Fraction.zero) { $0.adding($1)! } }
    static func times(_ a: Fraction, _ b: Fraction) -> Fraction { a.multiplied(by: b)! }
    static func over(_ a: Fraction, _ b: Fraction) -> Fraction { a.divided(by: b)! }

    /// The item score (0-100) of an answer, or nil when it is not a scored answer.
    static func itemScore(_ answer: Answer, _ question: Question) -> Fraction? {
        switch (answer, question.kind) {
        case (.number(let value), .likert(let scale, _)), (.number(let value), .level(let scale)):
            guard scale.maximum > scale.minimum else { return nil }
            let reverse = if case .likert(_, true) = question.kind { true } else { false }
            let share = over(exact(value).adding(exact(-scale.minimum))!, exact(scale.maximum).adding(exact(-scale.minimum))!)
            let score = times(share, 100)
            return reverse ? Fraction(100).adding(Fraction(0 - score.numerator, score.denominator))! : score
        case (.number(let value), .number(let scoring)):
            return scoring.thresholds.last { exact(value) >= exact($0.atLeast) }.map { exact($0.score) }
        case (.choice(let index), .choice(let options)):
            return exact(options[index].score)
        case (.yesNo(let yes), .yesNo(let reverse)):
            return yes != reverse ? 100 : 0
        case (.choices(let chosen), .multi(let options, .sumCapped(let maximum))):
            let points = sum(chosen.map { exact(options[$0].score) })
            return times(over(min(points, exact(maximum)), exact(maximum)), 100)
        case (.choices(let chosen), .multi(let options, .share)):
            let counting = options.indices.filter { options[$0].score > 0 }
            return times(over(Fraction(chosen.filter { counting.contains($0) }.count), Fraction(counting.count)), 100)
        default:
            return nil
        }
    }

    /// The band of an exact score by the README's boundary rules.
    static func band(_ score: Fraction, _ bands: BandSet) -> String? {
        let ordered = bands.bands.sorted { $0.lower < $1.lower }
        for (position, band) in ordered.enumerated() {
            let lower = exact(band.lower), upper = exact(band.upper)
            switch bands.rule {
            case .upperInclusive:
                if (position == 0 ? score >= lower : score > lower) && score <= upper { return band.id }
            case .lowerInclusive:
                if score >= lower && (position == ordered.count - 1 ? score <= upper : score < upper) { return band.id }
            }
        }
        return nil
    }

    static func score(_ answers: [Answer], _ questionnaire: Questionnaire) -> Reference {
        var result = Reference(dimensionScores: [], dimensionCoverages: [], dimensionBands: [], total: nil, totalCoverage: 0, band: nil)
        var weightedScores: [Fraction] = [], scoredWeights: [Fraction] = [], weightedCoverages: [Fraction] = []
        for dimension in questionnaire.dimensions {
            let questions = questionnaire.questions.indices.filter { questionnaire.questions[$0].dimensionID == dimension.id && questionnaire.questions[$0].isScored }
            // A question's weight in its dimension: its share of its factor times the factor's share.
            func weight(_ index: Int) -> Fraction {
                let question = questionnaire.questions[index]
                guard !dimension.factors.isEmpty, let factorID = question.factorID,
                      let factor = dimension.factors.first(where: { $0.id == factorID }) else {
                    return over(exact(question.weight), sum(questions.map { exact(questionnaire.questions[$0].weight) }))
                }
                let siblings = questions.filter { questionnaire.questions[$0].factorID == factorID }
                let usedFactors = dimension.factors.filter { factor in questions.contains { questionnaire.questions[$0].factorID == factor.id } }
                return times(over(exact(question.weight), sum(siblings.map { exact(questionnaire.questions[$0].weight) })),
                             over(exact(factor.weight), sum(usedFactors.map { exact($0.weight) })))
            }
            var applicable: [Fraction] = [], answered: [Fraction] = [], weighted: [Fraction] = []
            for index in questions {
                switch answers[index] {
                case .nonAnswer(.notApplicable), .notShown: continue
                default: applicable.append(weight(index))
                }
                if let item = itemScore(answers[index], questionnaire.questions[index]) {
                    answered.append(weight(index))
                    weighted.append(times(weight(index), item))
                }
            }
            let coverage = applicable.isEmpty ? Fraction.zero : over(sum(answered), sum(applicable))
            let scored = !answered.isEmpty && coverage >= exact(questionnaire.minimumCoverage)
            let score = scored ? over(sum(weighted), sum(answered)) : nil
            result.dimensionScores.append(score)
            result.dimensionCoverages.append(coverage)
            result.dimensionBands.append(score.flatMap { band($0, questionnaire.bands(for: dimension)) })
            weightedCoverages.append(times(exact(dimension.weight), coverage))
            if let score {
                weightedScores.append(times(exact(dimension.weight), score))
                scoredWeights.append(exact(dimension.weight))
            }
        }
        let allWeight = sum(questionnaire.dimensions.map { exact($0.weight) })
        result.totalCoverage = over(sum(weightedCoverages), allWeight)
        result.total = scoredWeights.isEmpty ? nil : over(sum(weightedScores), sum(scoredWeights))
        result.band = result.total.flatMap { band($0, questionnaire.bands) }
        return result
    }

    /// Competition ranks of exact totals: one more than the number of higher totals.
    static func ranks(_ totals: [Fraction?]) -> [Int?] {
        totals.map { total in total.map { own in totals.filter { $0.map { $0 > own } ?? false }.count + 1 } }
    }

    /// An exact value printed with `digits` decimals, rounded half away from zero, by long division.
    static func printed(_ value: Fraction, digits: Int) -> String {
        var scale: Int128 = 1
        for _ in 0..<digits { scale *= 10 }
        let magnitude = value.numerator.magnitude, denominator = UInt128(value.denominator)
        let scaled = magnitude * UInt128(scale)
        var quotient = scaled / denominator
        if (scaled % denominator) * 2 >= denominator { quotient += 1 }
        let whole = quotient / UInt128(scale), fraction = quotient % UInt128(scale)
        var decimals = String(fraction)
        while decimals.count < digits { decimals = "0" + decimals }
        return (value.numerator < 0 && quotient != 0 ? "-" : "") + "\(whole)" + (digits > 0 ? "." + decimals : "")
    }

    // MARK: - The properties

    static let bundled = ["i-monitor", "smart-city-dimensions", "smart-city-barometer"]

    func testEngineAgreesWithTheReferenceOnGeneratedCohorts() throws {
        for id in Self.bundled {
            let path = Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/\(id)/questionnaire.json").path
            let questionnaire = try XCTUnwrap(QuestionnaireLoader.load(path: path).questionnaire)
            var generator = ResponseGenerator(questionnaire: questionnaire, seed: 2026)
            var text = generator.header()
            for _ in 0..<1000 { text += generator.nextRow() }
            let file = Fixtures.write(text, name: "\(id).csv")
            let read = Fixtures.readResponses(path: file, questionnaire: questionnaire)
            XCTAssertEqual(read.rows.count, 1000)
            let engine = ScoringEngine(questionnaire: questionnaire)
            var references: [Reference] = []
            for row in read.rows {
                let score = engine.score(row.answers)
                let reference = Self.score(row.answers, questionnaire)
                references.append(reference)
                let actual = Reference(
                    dimensionScores: score.dimensions.map(\.exactScore), dimensionCoverages: score.dimensions.map(\.exactCoverage),
                    dimensionBands: score.dimensions.map(\.bandID), total: score.exactTotal, totalCoverage: score.exactCoverage, band: score.bandID)
                XCTAssertEqual(actual, reference, "\(id) \(row.respondentID)")
                for value in (reference.dimensionScores + [reference.total]).compactMap({ $0 }) {
                    XCTAssertEqual(ReportNumbers.plain.score(value), Self.printed(value, digits: 2))
                    XCTAssertEqual(value.fixed(digits: 4), Self.printed(value, digits: 4))
                }
            }
            // Ranks from the scoring run against competition ranks of the reference totals.
            let run = ScoringRun(questionnaire: questionnaire, questionnaireFile: SourceFile(path: path, sha256: ""), responsePaths: [file],
                language: "en", options: ReadingOptions())
                .score { _ in }
            var ranks: [Int?] = []
            try run.forEachRespondent(namingFiles: false) { ranks.append($0.rank) }
            XCTAssertEqual(ranks, Self.ranks(references.map(\.total)), id)
            XCTAssertGreaterThan(Set(references.compactMap(\.total?.doubleValue)).count, 50, "\(id): the cohort has many distinct totals")
            XCTAssertTrue(references.contains { $0.dimensionCoverages.contains { $0 < 1 } }, "\(id): some answers are missing")
        }
    }

    func testProbesOnThresholds() throws {
        // Every band edge of every bundled questionnaire, exactly, and just beside it.
        for id in Self.bundled {
            let path = Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/\(id)/questionnaire.json").path
            let questionnaire = try XCTUnwrap(QuestionnaireLoader.load(path: path).questionnaire)
            for bands in [questionnaire.bands] + questionnaire.dimensions.compactMap(\.bands) {
                for band in bands.bands {
                    for edge in [band.lower, band.upper] {
                        let value = Self.exact(edge)
                        for probe in [value, value.adding(Fraction(1, 1_000_000_000))!, value.adding(Fraction(-1, 1_000_000_000))!] {
                            XCTAssertEqual(bands.band(for: probe)?.id, Self.band(probe, bands), "\(id) \(probe)")
                        }
                    }
                }
            }
        }
        // Rounding ties at two and four decimals go away from zero.
        for (value, two, four) in [(Fraction(92455, 1000), "92.46", "92.4550"), (Fraction(125, 1000), "0.13", "0.1250"),
                                   (Fraction(123445, 10_000_000), "0.01", "0.0123"), (Fraction(100), "100.00", "100.0000"),
                                   (Fraction(-5, 1000), "-0.01", "-0.0050"), (Fraction(1, 3), "0.33", "0.3333")] {
            XCTAssertEqual(ReportNumbers.plain.score(value), two)
            XCTAssertEqual(Self.printed(value, digits: 2), two)
            XCTAssertEqual(value.fixed(digits: 4), four)
            XCTAssertEqual(ReportStrings.dutch.numbers.score(value), two.replacingOccurrences(of: ".", with: ","), "Dutch reports write a decimal comma")
        }
        XCTAssertEqual(ReportStrings.french.numbers.percent(Fraction(1, 1)), "100,0\u{202F}%", "a narrow no-break space before % in French and Dutch")
        XCTAssertEqual(ReportStrings.english.numbers.percent(Fraction(1, 2)), "50.0 %")
        // Equal totals reached by different answers share a rank.
        var counts = ValueCounts()
        let totals = [Fraction(60), Fraction(180, 3), Fraction(59), Fraction(120, 2)]
        for total in totals { counts.add(total) }
        let table = RankTable(counts)
        XCTAssertEqual(totals.map { table.rank(of: $0) }, Self.ranks(totals).map { $0! })
    }
}
